import { describe, expect, it } from 'vitest';
import { remarkAutolink } from './autolink';

const paragraph = (value: string) => ({
  type: 'root',
  children: [{ type: 'paragraph', children: [{ type: 'text', value }] }],
});

describe('remarkAutolink', () => {
  it('turns a bare address into a link and leaves the sentence around it', () => {
    const tree = paragraph('Läs mer hos IMY: https://www.imy.se.');
    remarkAutolink()(tree);
    expect(tree.children[0]?.children).toEqual([
      { type: 'text', value: 'Läs mer hos IMY: ' },
      { type: 'link', url: 'https://www.imy.se', children: [{ type: 'text', value: 'https://www.imy.se' }] },
      { type: 'text', value: '.' },
    ]);
  });

  it('keeps paths and queries', () => {
    const tree = paragraph('Se https://polisen.se/lagar/brott?x=1, sedan');
    remarkAutolink()(tree);
    expect(tree.children[0]?.children[1]).toMatchObject({ url: 'https://polisen.se/lagar/brott?x=1' });
  });

  it('does not touch text inside links', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'link',
          url: 'https://a.se',
          children: [{ type: 'text', value: 'https://a.se' }],
        },
      ],
    };
    remarkAutolink()(tree);
    expect(tree.children[0]?.children).toEqual([{ type: 'text', value: 'https://a.se' }]);
  });

  it('leaves text without addresses alone', () => {
    const tree = paragraph('Ring 112 vid fara');
    remarkAutolink()(tree);
    expect(tree.children[0]?.children).toEqual([{ type: 'text', value: 'Ring 112 vid fara' }]);
  });
});
