import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';

/** Test files for uploads (reports' and group posts' attachments). */

/** The smallest PDF a reader accepts. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);

const GPS_EXIF = {
  IFD0: { Make: 'Vaksam test', Model: 'Kamera 1' },
  IFD3: {
    GPSLatitudeRef: 'N',
    GPSLatitude: '59/1 19/1 4800/100',
    GPSLongitudeRef: 'E',
    GPSLongitude: '18/1 4/1 1200/100',
  },
};

/** A 64×48 picture: red with a blue corner, so orientation and content can be told apart. */
export const picture = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 40, b: 40 } } }).composite([
    {
      input: { create: { width: 32, height: 24, channels: 3, background: { r: 20, g: 40, b: 220 } } },
      left: 0,
      top: 0,
    },
  ]);

/** The picture as a phone writes it: GPS position and camera in EXIF, held on its side (orientation 6). */
export async function photoWithGps(format: 'jpeg' | 'webp'): Promise<Buffer> {
  // Composite first, then encode: sharp applies withExif to the final output only.
  const flat = await picture().png().toBuffer();
  // Orientation 6: the camera was held on its side, and the picture must be turned a quarter to stand upright.
  return sharp(flat)[format]().withExif(GPS_EXIF).withMetadata({ orientation: 6 }).toBuffer();
}

/** Whether an EXIF block (as sharp's metadata returns it) points to a GPS IFD: tag 0x8825 in IFD0. */
export function hasGpsIfd(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif;
  const little = tiff.subarray(0, 2).toString('latin1') === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd0 = u32(4);
  const entries = u16(ifd0);
  for (let i = 0; i < entries; i++) if (u16(ifd0 + 2 + i * 12) === 0x8825) return true;
  return false;
}

/** A multipart form with one file, as a browser sends it. */
export function fileForm(bytes: Uint8Array, name: string, type = 'application/octet-stream', field = 'file') {
  const body = new FormData();
  body.append(field, new Blob([bytes], { type }), name);
  return body;
}

/** Every file under an app's attachments directory, relative to it. */
export function storedFiles(dataDir: string): string[] {
  const root = path.join(dataDir, 'attachments');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** A one-page invoice whose text is the given lines under a heading, as pdfkit writes it (Varningslistan). */
export function invoicePdf(lines: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(20).text('FAKTURA', 50, 50);
    doc.fontSize(10);
    for (const line of lines) doc.text(line);
    doc.end();
  });
}
