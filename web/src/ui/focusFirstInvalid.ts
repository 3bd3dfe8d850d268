/**
 * After a failed submit the user is at the button; the first field to fix may be far above it. Once React has
 * drawn the errors, that field gets the focus and is scrolled to the middle of the screen.
 */
export function focusFirstInvalid(form: HTMLFormElement | null, selector = '[aria-invalid="true"]'): void {
  requestAnimationFrame(() => {
    const field = form?.querySelector<HTMLElement>(selector);
    field?.focus({ preventScroll: true });
    field?.scrollIntoView({ block: 'center' });
  });
}
