import { checkedRoles, ROLE_OPTIONS, roleChoices } from '../../../../miniprogram/console/engine/index';

describe('the members page view (engine/members/view.ts)', () => {
  it('offers every role in the learner language, ticking the given ones, and reads the ticks back', () => {
    const zh = roleChoices('zh', ['developer']);
    expect(zh.map((c) => c.role)).toEqual(ROLE_OPTIONS.map((o) => o.role));
    expect(zh.filter((c) => c.checked).map((c) => c.role)).toEqual(['developer']);
    expect(zh[0].title).toBe(ROLE_OPTIONS[0].title.zh);
    expect(roleChoices('en', [])[0].title).toBe(ROLE_OPTIONS[0].title.en);
    expect(checkedRoles(zh)).toEqual(['developer']);
    expect(checkedRoles(roleChoices('zh', []))).toEqual([]);
  });
});
