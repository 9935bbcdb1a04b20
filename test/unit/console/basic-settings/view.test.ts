import {
  AVATAR_SAMPLES,
  avatarSampleLabel,
  basicView,
  createWorld,
  sampleEditValue,
  subjectDetails,
} from '../../../../miniprogram/console/engine/index';
import { fillInfo, ok, activate, submitAccount, appOf, readyWorld } from '../helpers';

/*
 * The basic settings page's view (engine/basic-settings/view.ts) in both languages: the Chinese the console shows,
 * and English written as English (its own punctuation, not the Chinese brackets and colons).
 */
describe('the basic settings page view in both languages', () => {
  it('lists the service categories with the separator of the language', () => {
    const world = ok(readyWorld(), { type: 'category.add', categoryId: 'tools.notes' });
    const row = (lang: 'zh' | 'en') => basicView(world, lang).rows.find((r) => r.id === 'category');
    expect(row('zh')?.value).toBe('教育服务 > 在线教育；工具 > 备忘录');
    expect(row('en')?.value).toBe('Education > Online education; Tools > Notes');
  });

  it('shows how long a WeChat verification is valid', () => {
    const world = createWorld({ scenario: 'verification-expiring' });
    const row = (lang: 'zh' | 'en') => basicView(world, lang).rows.find((r) => r.id === 'verify');
    expect(row('zh')?.value).toMatch(/^已认证（有效期至 \d{4}-\d{2}-\d{2}）$/);
    expect(row('en')?.value).toMatch(/^Verified \(valid until \d{4}-\d{2}-\d{2}\)$/);
    expect(row('en')?.value.slice(-11, -1)).toBe(row('zh')?.value.slice(-11, -1));
  });

  it("shows the registered entity's masked details, line by line", () => {
    const filled = fillInfo(activate(submitAccount(createWorld())), 'enterprise', 1, 'payment');
    const world = ok(filled, { type: 'register.confirm', accept: true });
    const s = appOf(world).subject;
    expect(s.creditCodeMasked).toBeTruthy();
    const zh = subjectDetails(world, 'zh');
    expect(zh.title).toBe('主体信息');
    expect(zh.lines.slice(1, 4)).toEqual([
      `身份证号码：${s.idMasked}`,
      `管理员手机号：${s.phoneMasked}`,
      `统一社会信用代码：${s.creditCodeMasked}`,
    ]);
    expect(zh.lines[0]).toMatch(/^主体：.+ · 企业$/);
    const en = subjectDetails(world, 'en');
    expect(en.title).toBe('主体信息 · Registered entity');
    expect(en.lines.slice(0, 4)).toEqual([
      expect.stringMatching(/^Registered entity: .+ · Enterprise$/),
      `ID number: ${s.idMasked}`,
      `Administrator phone: ${s.phoneMasked}`,
      `Credit code: ${s.creditCodeMasked}`,
    ]);
    expect(en.lines[4]).toContain('cannot be edited');
  });

  it('labels the sample avatar files with their format and size', () => {
    expect(AVATAR_SAMPLES.map((a) => avatarSampleLabel(a, 'zh'))).toEqual([
      '书本图标（PNG，86 KB）',
      '星星图标（JPG，240 KB）',
      '手机原图（PNG，3.4 MB）',
      'WEBP 动图（WEBP，120 KB）',
    ]);
    expect(avatarSampleLabel(AVATAR_SAMPLES[0], 'en')).toBe('Book icon (PNG, 86 KB)');
    expect(avatarSampleLabel(AVATAR_SAMPLES[2], 'en')).toBe('Full-size photo (PNG, 3.4 MB)');
  });

  it('fills the edit form with simulated sample values that pass the rules', () => {
    const world = readyWorld();
    const name = sampleEditValue(world, 'name');
    expect(name).not.toBe(appOf(world).basic.name);
    const renamed = ok(world, { type: 'basic.setName', name });
    expect(sampleEditValue(renamed, 'abbreviation').length).toBeLessThan(name.length);
    ok(renamed, { type: 'basic.setAbbreviation', abbreviation: sampleEditValue(renamed, 'abbreviation') });
    expect(sampleEditValue(world, 'introduction')).toContain('模拟数据');
    ok(world, { type: 'basic.setIntroduction', introduction: sampleEditValue(world, 'introduction') });
  });
});
