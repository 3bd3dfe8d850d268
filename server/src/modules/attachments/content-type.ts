import type { StoredContentType } from '@vaksam/domain/attachments';

/** What an upload is, judged by its first bytes; the file name and the declared type are never asked. */
export type UploadKind = 'jpeg' | 'png' | 'webp' | 'heic' | 'pdf';

/** Enough of the file to read every signature below, including an ISO-BMFF brand list. */
export const SNIFF_BYTES = 64;

const HEVC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis']);
// Generic HEIF brands: the codec is confirmed from the image itself (AVIF uses them too, and is refused).
const GENERIC_HEIF_BRANDS = new Set(['mif1', 'msf1']);
const AV1_BRANDS = new Set(['avif', 'avis']);

const startsWith = (head: Buffer, bytes: number[], offset = 0) =>
  bytes.every((byte, i) => head[offset + i] === byte);
const ascii = (head: Buffer, from: number, to: number) => head.subarray(from, to).toString('latin1');

export function sniffKind(head: Buffer): UploadKind | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (ascii(head, 0, 5) === '%PDF-') return 'pdf';
  if (ascii(head, 4, 8) === 'ftyp' && isHeic(heifBrands(head))) return 'heic';
  return null;
}

function isHeic(brands: string[]): boolean {
  if (brands.some((brand) => HEVC_BRANDS.has(brand))) return true;
  const [major = ''] = brands;
  return GENERIC_HEIF_BRANDS.has(major) && !brands.some((brand) => AV1_BRANDS.has(brand));
}

/** The major and compatible brands of an `ftyp` box (size, 'ftyp', major, minor version, compatible…). */
function heifBrands(head: Buffer): string[] {
  const boxSize = Math.min(head.readUInt32BE(0), head.length);
  const brands = [ascii(head, 8, 12)];
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(ascii(head, offset, offset + 4));
  return brands;
}

/** How each kind is kept: images are re-encoded in their own format, HEIC as JPEG, PDF as it came. */
export const storedFormat: Record<UploadKind, { contentType: StoredContentType; extension: string }> = {
  jpeg: { contentType: 'image/jpeg', extension: 'jpg' },
  heic: { contentType: 'image/jpeg', extension: 'jpg' },
  png: { contentType: 'image/png', extension: 'png' },
  webp: { contentType: 'image/webp', extension: 'webp' },
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
};
