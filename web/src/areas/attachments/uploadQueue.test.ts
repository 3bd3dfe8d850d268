import { describe, expect, it } from 'vitest';
import { ApiError, NETWORK_STATUS } from '../../api/errors';
import { UploadError } from './api';
import { sendFiles } from './uploadQueue';

const file = (name: string) => new File([new Uint8Array(10)], name, { type: 'image/jpeg' });
const refusal = (status: number) => new UploadError(new ApiError(status, 'refused', 'Nej'));

describe('sending chosen files one by one', () => {
  it('sends every file in order and reports progress', async () => {
    const files = [file('a.jpg'), file('b.jpg')];
    const sent: string[] = [];
    const progress: string[] = [];
    const outcome = await sendFiles(
      files,
      async (f) => sent.push(f.name),
      (p) => progress.push(`${p.current}/${p.total}`),
    );
    expect(sent).toEqual(['a.jpg', 'b.jpg']);
    expect(progress).toEqual(['1/2', '2/2']);
    expect(outcome).toEqual({ sent: 2, left: [], refused: [], stoppedBy: null });
  });

  it('drops a refused file with its reason and goes on with the rest', async () => {
    const [a, b, c] = [file('a.jpg'), file('b.gif'), file('c.jpg')];
    const outcome = await sendFiles([a, b, c], async (f) => {
      if (f === b) throw refusal(415);
    });
    expect(outcome.sent).toBe(2);
    expect(outcome.left).toEqual([]);
    expect(outcome.refused.map((r) => [r.file.name, r.error.status])).toEqual([['b.gif', 415]]);
  });

  it('stops without network and keeps that file and the rest for another try', async () => {
    const [a, b, c] = [file('a.jpg'), file('b.jpg'), file('c.jpg')];
    const offline = new UploadError(new ApiError(NETWORK_STATUS, 'network', ''));
    const outcome = await sendFiles([a, b, c], async (f) => {
      if (f === b) throw offline;
    });
    expect(outcome).toEqual({ sent: 1, left: [b, c], refused: [], stoppedBy: offline });
  });

  it('treats an error that is no upload failure (a bug) as a reason to stop, not to drop the file', async () => {
    const boom = new Error('boom');
    const outcome = await sendFiles([file('a.jpg')], async () => {
      throw boom;
    });
    expect(outcome.stoppedBy).toBe(boom);
    expect(outcome.left).toHaveLength(1);
  });
});
