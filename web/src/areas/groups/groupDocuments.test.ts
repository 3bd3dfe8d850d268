import { GROUP_DOCUMENT_TITLE_MAX } from '@vaksam/domain/groups';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TITLE_MAX, documentUrls } from './groupDocuments';

describe('group documents', () => {
  it('allows titles as long as the server does', () => {
    expect(DOCUMENT_TITLE_MAX).toBe(GROUP_DOCUMENT_TITLE_MAX);
  });

  it('fetches a document and its thumbnail under its group', () => {
    expect(documentUrls('g1', 'd1')).toEqual({
      file: '/api/v1/groups/g1/documents/d1',
      thumbnail: '/api/v1/groups/g1/documents/d1/thumbnail',
    });
  });
});
