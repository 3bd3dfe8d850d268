import { describe, expect, it } from 'vitest';
import { newEntryLink } from './links';

const GROUP = '01a20000-0000-7000-8000-000000000000';

describe('newEntryLink', () => {
  it('offers nothing to a reader who may write nothing', () => {
    expect(newEntryLink({ kind: null, groupId: null, writableScopes: [] })).toBeNull();
  });

  it('keeps the kind the list shows', () => {
    expect(newEntryLink({ kind: 'routine', groupId: null, writableScopes: ['personal'] })).toBe(
      '/library/new?kind=routine',
    );
    expect(newEntryLink({ kind: null, groupId: null, writableScopes: ['personal'] })).toBe('/library/new');
  });

  it("makes the entry the group's only for the group's admins", () => {
    expect(newEntryLink({ kind: 'contacts', groupId: GROUP, writableScopes: ['personal', 'group'] })).toBe(
      `/library/new?kind=contacts&groupId=${GROUP}`,
    );
    expect(newEntryLink({ kind: null, groupId: GROUP, writableScopes: ['personal'] })).toBe('/library/new');
  });
});
