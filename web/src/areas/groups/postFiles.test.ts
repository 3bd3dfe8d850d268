import { GROUP_POST_ATTACHMENTS_MAX } from '@vaksam/domain/groups';
import { describe, expect, it } from 'vitest';
import { POST_FILES_MAX, postFileUrls } from './postFiles';

describe('files on group posts', () => {
  it('allows as many files per post as the server', () => {
    expect(POST_FILES_MAX).toBe(GROUP_POST_ATTACHMENTS_MAX);
  });

  it('fetches a file and its thumbnail under its post', () => {
    expect(postFileUrls('g1', 'p1', 'f1')).toEqual({
      file: '/api/v1/groups/g1/posts/p1/attachments/f1',
      thumbnail: '/api/v1/groups/g1/posts/p1/attachments/f1/thumbnail',
    });
  });
});
