/** Only same-site paths are followed after login, so a crafted link cannot send users elsewhere. */
export function safeNextPath(value: string | null, fallback = '/'): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
