import { describe, expect, it } from 'vitest';
import { displayNameFor } from './display-name';
import { contentDisposition } from './disposition';

describe('display names', () => {
  it.each([
    ['../../etc/passwd.jpg', 'passwd.jpg'],
    ['C:\\Users\\anna\\Bilder\\IMG_0001.HEIC', 'IMG_0001.jpg'],
    ['kvitto\u202Egpj.exe', 'kvittogpj.jpg'],
    ['rad\nbrytning\t.jpg', 'rad brytning.jpg'],
    ['  .dold fil.png  ', 'dold fil.jpg'],
    ['fråga?"svar"<>|*:.jpg', 'fråga__svar______.jpg'],
    ['..', 'bild-1.jpg'],
    ['', 'bild-1.jpg'],
    [undefined, 'bild-1.jpg'],
  ])('%j becomes %j', (input, expected) => {
    expect(displayNameFor(input, 'jpg', 'bild-1')).toBe(expected);
  });

  it('cuts long names by characters, not bytes, and keeps the stored extension', () => {
    const name = displayNameFor(`${'å'.repeat(300)}.pdf`, 'pdf', 'dokument-1');
    expect(name).toBe(`${'å'.repeat(100)}.pdf`);
  });

  it('offers the name in a header as ASCII and as exact UTF-8', () => {
    expect(contentDisposition('Kvitto "mars" 100%.pdf', false)).toBe(
      `attachment; filename="Kvitto _mars_ 100_.pdf"; filename*=UTF-8''Kvitto%20%22mars%22%20100%25.pdf`,
    );
    expect(contentDisposition("Åsa's (1).jpg", true)).toBe(
      `inline; filename="_sa's (1).jpg"; filename*=UTF-8''%C3%85sa%27s%20%281%29.jpg`,
    );
  });
});
