/** Yellow on light yellow is too faint for an alert's title (axe's contrast rule); the title stays dark. */
export const darkAlertTitle = { title: { color: 'var(--mantine-color-dark-8)' } };
