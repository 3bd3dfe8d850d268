/** The shield mark; decorative because the product name always follows it. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="currentColor" />
      <path d="M12.8 10.2H51.2V32C51.2 44 43 52 32 57.6 21 52 12.8 44 12.8 32Z" fill="#fff" />
      <path
        d="M23.7 32 30 39 41 25.6"
        fill="none"
        stroke="currentColor"
        strokeWidth="5.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
