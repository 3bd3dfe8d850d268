import { ATTACHMENT_MAX_BYTES } from '@vaksam/domain/attachments';
import { describe, expect, it } from 'vitest';
import { checkFiles, formatSize, MAX_FILES_AT_ONCE } from './checks';

const file = (name: string, type: string, size = 1000) =>
  new File([new Uint8Array(size)], name, { type, lastModified: 1 });

describe('choosing files for a report', () => {
  it('takes images and PDF, by type or, when the browser gives none, by name', () => {
    const chosen = [
      file('a.jpg', 'image/jpeg'),
      file('b.heic', ''),
      file('c.pdf', 'application/pdf'),
      file('d.webp', 'image/webp'),
    ];
    expect(checkFiles([], chosen)).toEqual({ files: chosen, problems: [] });
  });

  it('says why it leaves a file out', () => {
    const kept = file('a.jpg', 'image/jpeg');
    const { files, problems } = checkFiles(
      [kept],
      [
        file('film.mov', 'video/quicktime'),
        file('ingen.txt', ''),
        file('tom.jpg', 'image/jpeg', 0),
        file('stor.jpg', 'image/jpeg', ATTACHMENT_MAX_BYTES + 1),
        file('a.jpg', 'image/jpeg'),
      ],
    );
    expect(files).toEqual([kept]);
    expect(problems.map((p) => [p.name, p.reason])).toEqual([
      ['film.mov', 'type'],
      ['ingen.txt', 'type'],
      ['tom.jpg', 'empty'],
      ['stor.jpg', 'size'],
      ['a.jpg', 'duplicate'],
    ]);
  });

  it(`stops at ${MAX_FILES_AT_ONCE} files`, () => {
    const many = Array.from({ length: MAX_FILES_AT_ONCE + 2 }, (_, i) => file(`${i}.jpg`, 'image/jpeg'));
    const { files, problems } = checkFiles([], many);
    expect(files).toHaveLength(MAX_FILES_AT_ONCE);
    expect(problems.map((p) => p.reason)).toEqual(['count', 'count']);
  });

  it('stops at a smaller limit where one is given (a group post takes four)', () => {
    const chosen = Array.from({ length: 3 }, (_, i) => file(`${i}.jpg`, 'image/jpeg'));
    const { files, problems } = checkFiles([file('a.pdf', 'application/pdf')], chosen, 2);
    expect(files.map((f) => f.name)).toEqual(['a.pdf', '0.jpg']);
    expect(problems.map((p) => [p.name, p.reason])).toEqual([
      ['1.jpg', 'count'],
      ['2.jpg', 'count'],
    ]);
  });

  it('writes sizes the way people read them', () => {
    expect(formatSize(2.5 * 1024 * 1024, 'sv')).toBe('2,5 MB');
    expect(formatSize(640 * 1024, 'en')).toBe('640 kB');
    expect(formatSize(10, 'sv')).toBe('1 kB');
  });
});
