/**
 * `Content-Disposition` with the display name: a plain-ASCII `filename` for old clients and the exact
 * name as RFC 8187 `filename*`. Images open in the browser; anything else is only ever downloaded.
 */
export function contentDisposition(displayName: string, inline: boolean): string {
  const fallback = displayName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(displayName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${inline ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** The thumbnail's name, from the file's: `foto.jpg` → `foto-miniatyr.webp`. */
export function thumbnailName(displayName: string): string {
  const dot = displayName.lastIndexOf('.');
  return `${dot > 0 ? displayName.slice(0, dot) : displayName}-miniatyr.webp`;
}
