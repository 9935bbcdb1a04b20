import { basicInfoView, basicView, beijing, createWorld, quotas } from '../../../../miniprogram/console/engine/index';
import { appOf, fails, ok, okAll, readyWorld, registeredWorld, renameTwice } from '../helpers';

const YEAR_END = beijing(2025, 12, 31, 23, 0);

describe('name (B-02, B-03)', () => {
  test('B-02: setting the first name is free; the current rule allows 2 changes per calendar year', () => {
    const w = ok(registeredWorld(), { type: 'basic.setName', name: '我的第一个名字' });
    expect(quotas(w)?.name.remaining).toBe(2);
    expect(quotas(w)?.name.text.zh).toContain('今年还可修改2次');
    const used = renameTwice(w);
    expect(quotas(used)?.name.remaining).toBe(0);
    const error = fails(used, { type: 'basic.setName', name: '第三个新名字' }, 'NAME_QUOTA_USED');
    expect(error.message.zh).toContain('1 月 1 日');
    expect(error.message.zh).toContain('微信认证');
  });

  test('B-02: the name quota resets on 1 January', () => {
    const used = renameTwice(ok(registeredWorld(), { type: 'basic.setName', name: '我的第一个名字' }));
    const newYear = ok(used, { type: 'clock.set', time: beijing(2026, 1, 1, 0, 1) });
    expect(quotas(newYear)?.name.remaining).toBe(2);
    expect(ok(newYear, { type: 'basic.setName', name: '新年的新名字' }).apps[0].basic.name).toBe('新年的新名字');
    const almost = ok(used, { type: 'clock.set', time: YEAR_END });
    expect(quotas(almost)?.name.remaining).toBe(0);
  });

  test('B-02: the name quota resets when WeChat verification passes', () => {
    const w = createWorld({ scenario: 'quotas-used' });
    expect(quotas(w)?.name.remaining).toBe(0);
    const applied = ok(w, { type: 'verify.apply', withFiling: false, participants: [] });
    const verified = ok(applied, { type: 'clock.advance', ms: 4 * 24 * 3600 * 1000 });
    expect(appOf(verified).verification.stage).toBe('verified');
    expect(quotas(verified)?.name.remaining).toBe(2);
  });

  test('B-02 classic: 2 changes before publishing, then 2 a year after publishing', () => {
    const w = ok(registeredWorld({ ruleSet: 'classic' }), { type: 'basic.setName', name: '经典规则名字' });
    expect(quotas(w)?.name.text.zh).toContain('小程序发布前，可修改2次名称。当前还能修改2次。');
    const used = renameTwice(w);
    const error = fails(used, { type: 'basic.setName', name: '第三个新名字' }, 'NAME_QUOTA_USED');
    expect(error.message.zh).toContain('发布前');
    const nextYear = ok(used, { type: 'clock.set', time: beijing(2026, 2, 1) });
    expect(quotas(nextYear)?.name.remaining).toBe(0);
  });

  test('B-03: names are unique on the platform and among the learner’s own mini programs', () => {
    const w = registeredWorld();
    const taken = fails(w, { type: 'basic.setName', name: '风陨' }, 'NAME_TAKEN');
    expect(taken.message.zh).toContain('风陨');
    fails(w, { type: 'basic.setName', name: '注册实训营' }, 'NAME_TAKEN');
  });

  test('B-03: forbidden keywords, brand words and length', () => {
    const w = registeredWorld();
    fails(w, { type: 'basic.setName', name: '学习小程序' }, 'NAME_FORBIDDEN_KEYWORD');
    const brand = fails(w, { type: 'basic.setName', name: '腾讯学习助手' }, 'NAME_NEEDS_BRAND_PROOF');
    expect(brand.message.zh).toContain('腾讯');
    fails(w, { type: 'basic.setName', name: 'ab' }, 'NAME_LENGTH');
    const named = ok(w, { type: 'basic.setName', name: '我的名字' });
    fails(named, { type: 'basic.setName', name: '我的名字' }, 'NAME_UNCHANGED');
  });
});

describe('abbreviation, avatar, introduction (B-04, B-05, B-06)', () => {
  test('B-04: the abbreviation changes 2 times a year', () => {
    let w = ok(registeredWorld(), { type: 'basic.setName', name: '注册实训示例营' });
    w = okAll(w, [
      { type: 'basic.setAbbreviation', abbreviation: '实训' },
      { type: 'basic.setAbbreviation', abbreviation: '实训营' },
      { type: 'basic.setAbbreviation', abbreviation: '示例营' },
    ]);
    expect(quotas(w)?.abbreviation.text.zh).toContain('今年还可修改0次');
    const error = fails(w, { type: 'basic.setAbbreviation', abbreviation: '注册' }, 'ABBR_QUOTA_USED');
    expect(error.message.zh).toContain('2 次');
    fails(w, { type: 'basic.setAbbreviation', abbreviation: '示例营' }, 'ABBR_UNCHANGED');
    fails(registeredWorld(), { type: 'basic.setAbbreviation', abbreviation: '实训' }, 'ABBR_NEEDS_NAME');
  });

  test('B-05: the avatar changes 5 times a year and is format- and size-checked', () => {
    let w = ok(registeredWorld(), { type: 'basic.setAvatar', format: 'logo.png', sizeBytes: 50000 });
    expect(appOf(w).basic.avatar).toEqual({ format: 'png', sizeBytes: 50000 });
    for (let i = 0; i < 5; i++) w = ok(w, { type: 'basic.setAvatar', format: 'jpg', sizeBytes: 1000 + i });
    expect(quotas(w)?.avatar.remaining).toBe(0);
    fails(w, { type: 'basic.setAvatar', format: 'jpg', sizeBytes: 9 }, 'AVATAR_QUOTA_USED');
    fails(w, { type: 'basic.setAvatar', format: 'webp', sizeBytes: 9 }, 'AVATAR_FORMAT');
    fails(w, { type: 'basic.setAvatar', format: 'png', sizeBytes: 3 * 1024 * 1024 }, 'AVATAR_TOO_LARGE');
  });

  test('B-06: the introduction is 4-120 characters and changes 5 times a month, resetting on the 1st', () => {
    const w = createWorld({ scenario: 'quotas-used' });
    expect(quotas(w)?.introduction.text.zh).toBe('一个月内可修改介绍5次，本月还可修改0次');
    const error = fails(w, { type: 'basic.setIntroduction', introduction: '换一个新的介绍吧' }, 'INTRO_QUOTA_USED');
    expect(error.message.zh).toContain('下月 1 日');
    fails(w, { type: 'basic.setIntroduction', introduction: '短' }, 'INTRO_LENGTH');
    const nextMonth = ok(w, { type: 'clock.set', time: beijing(2025, 4, 1, 8) });
    expect(quotas(nextMonth)?.introduction.remaining).toBe(5);
    fails(
      nextMonth,
      { type: 'basic.setIntroduction', introduction: appOf(w).basic.introduction as string },
      'INTRO_UNCHANGED',
    );
  });

  test('B-01, B-08: basic info lists the masked subject with its type and the quota texts', () => {
    const view = basicInfoView(readyWorld());
    expect(view?.subject.text.zh).toMatch(/^.\* · 个人$/);
    expect(view?.categories[0]).toMatchObject({ id: 'education.online', status: 'approved', main: true });
    expect(view?.quotas.avatar.text.zh).toContain('还可修改');
  });
});

describe('service categories (B-07)', () => {
  test('B-07: at most 5 categories', () => {
    let w = registeredWorld();
    for (const id of ['education.online', 'tools.notes', 'tools.calculator', 'tools.query', 'food.recipes']) {
      w = ok(w, { type: 'category.add', categoryId: id });
    }
    const error = fails(w, { type: 'category.add', categoryId: 'travel.guides' }, 'CATEGORY_LIMIT');
    expect(error.message.zh).toContain('当前帐号的类目上限为 5 个');
    expect(error.message.en).toContain('at most 5 service categories');
    fails(w, { type: 'category.add', categoryId: 'tools.notes' }, 'CATEGORY_ALREADY_ADDED');
    fails(w, { type: 'category.add', categoryId: 'no.such' }, 'CATEGORY_UNKNOWN');
  });

  test('B-07: 5 additions per month, even after removals', () => {
    let w = registeredWorld();
    const ids = ['education.online', 'tools.notes', 'tools.calculator', 'tools.query', 'food.recipes'];
    for (const id of ids) w = ok(w, { type: 'category.add', categoryId: id });
    w = ok(w, { type: 'category.remove', categoryId: 'food.recipes' });
    expect(quotas(w)?.categoryAdditions.text.zh).toContain('本月还可添加0次');
    fails(w, { type: 'category.add', categoryId: 'travel.guides' }, 'CATEGORY_ADD_QUOTA_USED');
    const next = ok(w, { type: 'clock.set', time: beijing(2025, 4, 1) });
    expect(ok(next, { type: 'category.add', categoryId: 'travel.guides' }).apps[0].categories).toHaveLength(5);
    fails(w, { type: 'category.remove', categoryId: 'food.recipes' }, 'CATEGORY_NOT_ADDED');
  });

  test('B-12, I-03: individuals choose from a narrower list, even with a qualification', () => {
    const error = fails(
      registeredWorld(),
      { type: 'category.add', categoryId: 'medical.hospital', qualification: true },
      'CATEGORY_NOT_FOR_INDIVIDUAL',
    );
    expect(error.message.zh).toContain('医疗服务');
    expect(error.factIds).toContain('B-12');
    const options = basicView(registeredWorld(), 'zh').options;
    const open = options.filter((o) => o.note !== '个人主体不可选').length;
    expect(open).toBeLessThan(options.length);
    expect(options.find((o) => o.id === 'medical.hospital')).toMatchObject({
      note: '个人主体不可选',
      qualification: false,
    });
  });

  test('B-12: a category that needs qualifications is added only with its document, and the console says which', () => {
    const org = createWorld({ scenario: 'ready-to-release' });
    org.apps[0].subject.type = 'enterprise';
    const error = fails(org, { type: 'category.add', categoryId: 'medical.hospital' }, 'CATEGORY_NEEDS_QUALIFICATION');
    expect(error.message.zh).toContain('《医疗机构执业许可证》');
    expect(error.message.zh).toContain('约 3 天');
    expect(error.message.en).toContain('medical institution practising licence');
    expect(error.field).toBe('category');
    fails(
      org,
      { type: 'category.add', categoryId: 'medical.hospital', qualification: false },
      'CATEGORY_NEEDS_QUALIFICATION',
    );
    const added = ok(org, { type: 'category.add', categoryId: 'medical.hospital', qualification: true });
    expect(appOf(added).categories.find((c) => c.id === 'medical.hospital')?.status).toBe('reviewing');
    const option = basicView(org, 'en').options.find((o) => o.id === 'medical.hospital');
    expect(option).toMatchObject({ qualification: true });
    expect(option?.note).toContain('Needs a qualification');
    // Categories without a qualification ignore the flag.
    ok(org, { type: 'category.add', categoryId: 'tools.notes', qualification: true });
  });

  test('B-07: only an approved category can be the main one; main changes are limited to 5 a year', () => {
    let w = registeredWorld();
    w = okAll(w, [
      { type: 'category.add', categoryId: 'education.online' },
      { type: 'category.add', categoryId: 'tools.notes' },
      { type: 'category.setMain', categoryId: 'education.online' },
    ]);
    fails(w, { type: 'category.setMain', categoryId: 'education.online' }, 'MAIN_CATEGORY_UNCHANGED');
    fails(w, { type: 'category.setMain', categoryId: 'food.recipes' }, 'CATEGORY_NOT_ADDED');
    for (let i = 0; i < 5; i++) {
      w = ok(w, { type: 'category.setMain', categoryId: i % 2 === 0 ? 'tools.notes' : 'education.online' });
    }
    fails(w, { type: 'category.setMain', categoryId: 'education.online' }, 'MAIN_CATEGORY_QUOTA_USED');
    const removed = ok(w, { type: 'category.remove', categoryId: 'tools.notes' });
    expect(appOf(removed).mainCategory).toBeNull();
  });

  test('B-07: a category that needs qualifications is reviewed before it can be the main one', () => {
    const org = createWorld({ scenario: 'ready-to-release' });
    const app = org.apps[0];
    app.subject.type = 'enterprise';
    const added = ok(org, { type: 'category.add', categoryId: 'retail.general', qualification: true });
    expect(appOf(added).categories.find((c) => c.id === 'retail.general')?.status).toBe('reviewing');
    fails(added, { type: 'category.setMain', categoryId: 'retail.general' }, 'MAIN_CATEGORY_NOT_APPROVED');
    const later = ok(added, { type: 'clock.advance', ms: 24 * 3600 * 1000 });
    expect(appOf(later).categories.find((c) => c.id === 'retail.general')?.status).toBe('approved');
    expect(ok(later, { type: 'category.setMain', categoryId: 'retail.general' }).apps[0].mainCategory).toBe(
      'retail.general',
    );
  });
});
