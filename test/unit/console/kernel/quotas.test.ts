import { createWorld, quotas, type World } from '../../../../miniprogram/console/engine/index';
import { ADMIN, fails, ok, readyWorld, registeredWorld, renameTwice } from '../helpers';

/*
 * The change quotas' sentences (kernel/texts.ts) as the learner reads them beside each field, in both languages:
 * one sentence per period with the counted thing, the limit and what is left filled in by name.
 */
describe('change quota texts (kernel/quotas.ts, kernel/texts.ts)', () => {
  test('a period quota names what it counts, the limit and what is left, per day, month and year', () => {
    const q = quotas(readyWorld());
    expect(q?.abbreviation.text).toMatchObject({
      zh: '一年内可修改简称2次，今年还可修改2次',
      en: 'Short name: 2 changes a year, 2 left this year',
    });
    expect(q?.introduction.text).toMatchObject({
      zh: '一个月内可修改介绍5次，本月还可修改5次',
      en: 'Introduction: 5 changes a month, 5 left this month',
    });
    expect(q?.withdrawDay.text).toMatchObject({
      zh: '每天可修改撤回审核5次，今天还可修改5次',
      en: 'Review withdrawals: 5 changes a day, 5 left today',
    });
    expect(q?.mainCategory.text.en).toBe('Main category: 5 changes a year, 5 left this year');
    const added = quotas(ok(readyWorld(), { type: 'category.add', categoryId: 'tools.notes' }));
    expect(added?.categoryAdditions.text).toMatchObject({
      zh: '服务类目最多添加5个，本月还可添加4次',
      en: 'At most 5 service categories; 4 additions left this month',
    });
  });

  test('a used quota says 0 left in both languages', () => {
    const q = quotas(createWorld({ scenario: 'quotas-used' }));
    expect(q?.introduction.text).toMatchObject({
      zh: '一个月内可修改介绍5次，本月还可修改0次',
      en: 'Introduction: 5 changes a month, 0 left this month',
    });
    expect(q?.name.text.en).toBe(
      '2 name changes per calendar year, 0 left (resets on 1 January or when verification passes)',
    );
  });

  test('classic rules: the name quota before and after publishing, in both languages', () => {
    const before = ok(registeredWorld({ ruleSet: 'classic' }), { type: 'basic.setName', name: '经典规则名字' });
    expect(quotas(before)?.name.text).toMatchObject({
      zh: '小程序发布前，可修改2次名称。当前还能修改2次。发布后，个人帐号可一年内修改2次名称。',
      en: 'Before publishing the name can change 2 times; 2 left. After publishing an individual account can change it 2 times a year.',
    });
    const published = publish(readyWorld({ ruleSet: 'classic' }));
    expect(quotas(published)?.name.text).toMatchObject({
      zh: '发布后，个人帐号可一年内修改2次名称。今年还可修改2次。',
      en: 'After publishing an individual account can change the name 2 times a year; 2 left this year.',
    });
  });

  test('a used name quota is refused with the rule and what comes next, in both languages', () => {
    const current = renameTwice(ok(registeredWorld(), { type: 'basic.setName', name: '我的第一个名字' }));
    const perYear = fails(current, { type: 'basic.setName', name: '第三个新名字' }, 'NAME_QUOTA_USED');
    expect(perYear.message).toMatchObject({
      zh: '名称修改次数已用完（每个自然年可修改 2 次）。次数在明年 1 月 1 日恢复；也可以通过微信认证改名，认证通过后次数重置。',
      en: 'No name changes left (2 per calendar year). They reset on 1 January; you can also rename through WeChat verification, which resets the count.',
    });
    const classic = renameTwice(
      ok(registeredWorld({ ruleSet: 'classic' }), { type: 'basic.setName', name: '经典名字' }),
    );
    const beforePublish = fails(classic, { type: 'basic.setName', name: '第三个新名字' }, 'NAME_QUOTA_USED');
    expect(beforePublish.message).toMatchObject({
      zh: '名称修改次数已用完（发布前可修改 2 次）。发布后，个人帐号每年还可修改 2 次。',
      en: 'No name changes left (2 before publishing). After publishing, an individual account may change it 2 times a year.',
    });
    const afterPublish = renameTwice(publish(readyWorld({ ruleSet: 'classic' })));
    expect(
      fails(afterPublish, { type: 'basic.setName', name: '第三个新名字' }, 'NAME_QUOTA_USED').message,
    ).toMatchObject({
      zh: '名称修改次数已用完（发布后每年可修改 2 次）。明年 1 月 1 日恢复。',
      en: 'No name changes left (2 a year after publishing). They reset on 1 January.',
    });
  });
});

/** Submits the ready version for review, lets the review pass and publishes it. */
function publish(w: World): World {
  const submitted = ok(w, { type: 'versions.submitReview', uploader: ADMIN });
  const passed = ok(submitted, { type: 'clock.advance', ms: 8 * 24 * 3600 * 1000 });
  return ok(passed, { type: 'versions.publish', percent: 100 });
}
