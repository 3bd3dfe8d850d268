import { describe, expect, it } from 'vitest';
import { encodeQr } from './qr';

function finderAt(modules: boolean[][], left: number, top: number): boolean {
  for (let dy = 0; dy < 7; dy++) {
    for (let dx = 0; dx < 7; dx++) {
      const ring = Math.min(dx, dy, 6 - dx, 6 - dy);
      const dark = ring !== 1;
      if (modules[top + dy]?.[left + dx] !== dark) return false;
    }
  }
  return true;
}

describe('encodeQr', () => {
  it('picks the smallest version that fits', () => {
    expect(encodeQr('hi').size).toBe(21);
    const otpauth =
      'otpauth://totp/Vaksam:anna%40example.se?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Vaksam';
    expect(encodeQr(otpauth).size).toBe(41);
  });

  it('draws the three finder patterns and the dark module', () => {
    const { size, modules } = encodeQr('otpauth://totp/Vaksam:test?secret=ABCDEFGHIJKLMNOP');
    expect(finderAt(modules, 0, 0)).toBe(true);
    expect(finderAt(modules, size - 7, 0)).toBe(true);
    expect(finderAt(modules, 0, size - 7)).toBe(true);
    expect(modules[size - 8]?.[8]).toBe(true);
  });

  it('rejects text beyond version 40', () => {
    expect(() => encodeQr('x'.repeat(3000))).toThrow();
  });
});
