import { DISPLAY_NAME_MAX } from '@vaksam/domain/attachments';

// Control and format characters: C0/C1 controls, zero-width and bidirectional overrides ("gpj.exe" tricks).
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
// Reserved on Windows, and quotes that would need escaping in headers: replaced, not kept.
const RESERVED = /[<>:"|?*]/g;

/**
 * The uploader's file name as something safe to show and to offer when saving: the last path segment only,
 * no control characters, no leading dots, at most DISPLAY_NAME_MAX characters, and the extension of the
 * format actually stored (a PNG named `foto.jpg` becomes `foto.png`, a HEIC becomes `.jpg`).
 * It is never used to build a path on the server.
 */
export function displayNameFor(clientName: string | undefined, extension: string, fallbackBase: string) {
  const lastSegment = (clientName ?? '').normalize('NFC').split(/[/\\]/).at(-1) ?? '';
  const cleaned = lastSegment.replace(/\s+/g, ' ').replace(INVISIBLE, '').replace(RESERVED, '_');
  const dot = cleaned.lastIndexOf('.');
  const base = (dot >= 0 ? cleaned.slice(0, dot) : cleaned).replace(/^[\s.]+|[\s.]+$/g, '');
  const short = [...base].slice(0, DISPLAY_NAME_MAX).join('').trim();
  return `${short || fallbackBase}.${extension}`;
}
