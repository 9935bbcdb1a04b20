import {
  CLEAN_DRAFTS,
  createWorld,
  devView,
  draftErrorKey,
  DRAFT_KEYS,
  EMPTY_DRAFTS,
  isDomainKind,
  isDraftKey,
  savedDraftText,
} from '../../../../miniprogram/console/engine/index';

describe('the development settings page view (engine/dev-settings/view.ts)', () => {
  it('edits the two IP whitelists and the four server domain lists, each starting empty and clean', () => {
    expect(DRAFT_KEYS).toEqual(['ip', 'uploadIp', 'request', 'socket', 'uploadFile', 'downloadFile']);
    expect(Object.keys(EMPTY_DRAFTS).sort()).toEqual([...DRAFT_KEYS].sort());
    expect(Object.keys(CLEAN_DRAFTS).sort()).toEqual([...DRAFT_KEYS].sort());
    expect(isDraftKey('socket')).toBe(true);
    expect(isDraftKey('secret')).toBe(false);
    expect(isDomainKind('ip')).toBe(false);
    expect(isDomainKind('downloadFile')).toBe(true);
    expect(draftErrorKey('uploadIp')).toBe('list_uploadIp');
  });

  it('shows each list as saved in the world', () => {
    const world = createWorld({ scenario: 'secret-lost' });
    const view = devView(world, 'zh');
    expect(view.domains).toHaveLength(4);
    expect(savedDraftText(view, 'ip')).toBe(view.ipText);
    expect(savedDraftText(view, 'uploadIp')).toBe(view.uploadIpText);
    for (const kind of ['request', 'socket', 'uploadFile', 'downloadFile'] as const) {
      expect(savedDraftText(view, kind)).toBe(view.domains.find((d) => d.kind === kind)?.text);
    }
  });
});
