import fs from 'node:fs/promises';
import sharp from 'sharp';
import { HttpError, unprocessable } from '../../platform/errors';
import type { UploadKind } from './content-type';
import { heicToJpeg } from './heic';

/** Beyond any phone camera's normal mode; a decompression bomb is refused before it is decoded. */
export const MAX_IMAGE_PIXELS = 60_000_000;
const THUMBNAIL_EDGE = 400;

type ImageKind = Exclude<UploadKind, 'pdf'>;
const SHARP_FORMAT: Record<ImageKind, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', heic: 'heif' };

export type CleanedImage = { width: number; height: number };

const unreadable = () =>
  unprocessable('Bilden kunde inte läsas. Filen kan vara skadad.', {
    file: 'Bilden kunde inte läsas. Filen kan vara skadad.',
  });

/**
 * The image is checked against what its first bytes claimed (sharp reads the header only), and its size
 * against the pixel cap. A file that only looks like an image answers 415; one too large to decode, 422.
 */
export async function inspectImage(inputPath: string, kind: ImageKind, unsupported: () => HttpError) {
  // Only the header is read here, so the size is learnt without decoding; the cap is applied below.
  const metadata = await sharp(inputPath, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!metadata) throw unsupported();
  if (metadata.format !== SHARP_FORMAT[kind]) throw unsupported();
  // HEIF is a container: the same brands carry AVIF, which is not among the accepted types.
  if (kind === 'heic' && metadata.compression !== 'hevc') throw unsupported();
  const { width = 0, height = 0 } = metadata;
  if (width * height > MAX_IMAGE_PIXELS) {
    const limit = MAX_IMAGE_PIXELS / 1_000_000;
    throw unprocessable(`Bilden är för stor: högst ${limit} megapixlar.`, {
      file: `Bilden är för stor (${width}×${height}); högst ${limit} megapixlar.`,
    });
  }
}

/**
 * Writes a clean copy: decoded, turned upright by its EXIF orientation, and encoded again without any
 * metadata — EXIF (GPS, camera serial numbers), XMP, IPTC and comments are gone because they are never
 * written, not because a list of tags was removed (decision 015). HEIC becomes JPEG on the way.
 */
export async function writeCleanImage(
  inputPath: string,
  kind: ImageKind,
  outputPath: string,
): Promise<CleanedImage> {
  try {
    const input = kind === 'heic' ? await heicToJpeg(await fs.readFile(inputPath)) : inputPath;
    // 'error' rather than the default 'warning': phone photos with a harmless quirk are still taken.
    const pipeline = sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' }).rotate();
    const encoded =
      kind === 'png'
        ? pipeline.png()
        : kind === 'webp'
          ? pipeline.webp({ quality: 90 })
          : pipeline.jpeg({ quality: 90, mozjpeg: true });
    const info = await encoded.toFile(outputPath);
    return { width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw unreadable();
  }
}

/** A small WebP of the clean copy for lists and galleries; metadata is not kept here either. */
export async function writeThumbnail(cleanPath: string, outputPath: string): Promise<void> {
  await sharp(cleanPath, { limitInputPixels: MAX_IMAGE_PIXELS })
    .resize({ width: THUMBNAIL_EDGE, height: THUMBNAIL_EDGE, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 75 })
    .toFile(outputPath);
}
