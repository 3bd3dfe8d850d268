import { describe, expect, it } from 'vitest';
import { sniffKind } from './content-type';

const ftyp = (major: string, ...compatible: string[]) => {
  const brands = [major, '\0\0\0\0', ...compatible].join('');
  const box = Buffer.alloc(8 + brands.length);
  box.writeUInt32BE(box.length, 0);
  box.write(`ftyp${brands}`, 4, 'latin1');
  return box;
};

describe('telling the type by content', () => {
  it.each([
    [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'jpeg'],
    [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'png'],
    [Buffer.from('RIFF\x10\0\0\0WEBPVP8 ', 'latin1'), 'webp'],
    [Buffer.from('%PDF-1.7\n'), 'pdf'],
    [ftyp('heic', 'mif1', 'heic'), 'heic'],
    [ftyp('mif1', 'heic'), 'heic'],
    // Checked again by reading the image header: the codec must be HEVC.
    [ftyp('mif1', 'miaf'), 'heic'],
  ])('%#: recognises %s', (head, kind) => {
    expect(sniffKind(head)).toBe(kind);
  });

  it.each([
    ['text', Buffer.from('hej hej, det här är text')],
    ['GIF', Buffer.from('GIF89a\x01\0\x01\0', 'latin1')],
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['AVIF', ftyp('avif', 'avif', 'mif1', 'miaf')],
    ['AVIF under a generic brand', ftyp('mif1', 'avif', 'miaf')],
    ['MP4', ftyp('isom', 'iso2', 'mp41')],
    ['PDF not at the start', Buffer.from('\n%PDF-1.4')],
    ['nothing', Buffer.alloc(0)],
    ['a few bytes', Buffer.from([0xff, 0xd8])],
  ])('refuses %s', (_name, head) => {
    expect(sniffKind(head)).toBeNull();
  });
});
