import sharp from 'sharp';

/** A small JPEG that carries the camera's GPS position in its EXIF block, as phone photos do. */
export async function photoWithGps(): Promise<Buffer> {
  const flat = await sharp({
    create: { width: 320, height: 240, channels: 3, background: { r: 180, g: 60, b: 40 } },
  })
    .png()
    .toBuffer();
  return sharp(flat)
    .jpeg()
    .withExif({
      IFD0: { Make: 'Vaksam e2e', Model: 'Telefon' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '59/1 19/1 4800/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '18/1 4/1 1200/100',
      },
    })
    .toBuffer();
}

/** Whether an image still holds any EXIF block at all (the server strips all of it). */
export async function hasExif(bytes: Buffer): Promise<boolean> {
  const metadata = await sharp(bytes).metadata();
  return Boolean(metadata.exif);
}
