/** Fact B-11: the user privacy guide (用户隐私保护指引) — its form's rules, the review precondition, the mismatch. */
import {
  createWorld,
  itemList,
  privacyDeclarations,
  privacyFormOf,
  privacyPageView,
  privacyStatus,
  releaseChecklist,
  reviewBlockers,
  samplePrivacyForm,
  versionsView,
  type Action,
  type PrivacyDeclarationInput,
  type World,
} from '../../../../miniprogram/console/engine/index';
import { addMember, ADMIN, appOf, fails, ok, okAll, PRIVACY_GUIDE, readyWorld, registeredWorld } from '../helpers';

const DAY = 24 * 3600 * 1000;

function guide(
  declarations: PrivacyDeclarationInput[],
  extra: Partial<{ retention: 'untilDeleted' | 'fixed'; retentionDays: string; contact: string }> = {},
): Action {
  return {
    type: 'privacy.save',
    declarations,
    retention: extra.retention ?? 'untilDeleted',
    retentionDays: extra.retentionDays ?? '',
    contact: extra.contact ?? 'privacy@example.com',
  };
}

const USER_INFO = { item: 'userInfo' as const, purpose: '用于展示头像和昵称' };
const LOCATION = { item: 'location' as const, purpose: '用于推荐附近的学习点' };

/** The ready-to-release mini program without its guide (its code uses the avatar and nickname). */
function noGuide(options: Parameters<typeof createWorld>[0] = {}): World {
  const w = readyWorld(options);
  const app = appOf(w);
  return { ...w, apps: [{ ...app, privacy: null }] };
}

/** Ready to release, its guide declaring only the avatar and nickname, its code uploaded now also using location. */
function codeUsesLocation(): World {
  const w = readyWorld();
  return ok(
    { ...w, platform: { ...w.platform, codePrivacyItems: ['userInfo', 'location'] } },
    { type: 'versions.upload', uploader: ADMIN, version: '1.0.1', note: '附近的学习点' },
  );
}

describe('B-11: the privacy guide form', () => {
  test('every field is checked, each error names what is wrong in Chinese and English', () => {
    const w = noGuide();
    const none = fails(w, guide([]), 'PRIVACY_NO_ITEMS');
    expect(none.field).toBe('declarations');
    expect(none.message.zh).toContain('至少勾选一项');
    const twice = fails(w, guide([USER_INFO, USER_INFO]), 'PRIVACY_ITEM_TWICE');
    expect(twice.message.zh).toContain('用户信息（微信昵称、头像）');
    expect(twice.field).toBe('declarations[1].item');
    const empty = fails(w, guide([USER_INFO, { item: 'location', purpose: '  ' }]), 'PRIVACY_PURPOSE_REQUIRED');
    expect(empty.field).toBe('declarations[1].purpose');
    expect(empty.message.zh).toContain('位置信息');
    expect(empty.message.en).toContain('location');
    const short = fails(w, guide([{ item: 'userInfo', purpose: '展示' }]), 'PRIVACY_PURPOSE_LENGTH');
    expect(short.message.zh).toContain('4–100');
    expect(short.message.en).toContain('(now 2)');
    for (const days of ['', '0', '3651', '1.5', 'abc']) {
      const bad = fails(w, guide([USER_INFO], { retention: 'fixed', retentionDays: days }), 'PRIVACY_RETENTION_DAYS');
      expect(bad.field).toBe('retentionDays');
      expect(bad.message.zh).toContain('1 到 3650');
    }
    for (const contact of ['', 'not-an-email', 'a@b']) {
      const bad = fails(w, guide([USER_INFO], { contact }), 'PRIVACY_CONTACT_INVALID');
      expect(bad.field).toBe('contact');
      expect(bad.message.en).toContain('contact email');
    }
  });

  test('a valid guide is saved, with a fixed period in days, and the log says so', () => {
    const w = ok(noGuide(), guide([USER_INFO, LOCATION], { retention: 'fixed', retentionDays: '365' }));
    const saved = appOf(w).privacy;
    expect(saved?.declarations.map((d) => d.item)).toEqual(['userInfo', 'location']);
    expect(saved?.retention).toBe('fixed');
    expect(saved?.retentionDays).toBe(365);
    expect(w.log[w.log.length - 1]).toMatchObject({ type: 'PRIVACY_GUIDE_SAVED', factIds: ['B-11'] });
  });

  test('only the administrator and operators fill it in (it is under 设置)', () => {
    const w = addMember(noGuide(), 'dev_xiaoming', 'project', ['developer']);
    const asDev = ok(w, { type: 'session.actAs', wechatId: 'dev_xiaoming' });
    fails(asDev, guide([USER_INFO]), 'PERMISSION_DENIED');
  });
});

describe('B-11: review needs the guide, and the guide must match the code', () => {
  test('without a guide, submitting fails with REVIEW_NEEDS_PRIVACY_GUIDE, saying where to go and what the code uses', () => {
    const w = noGuide();
    const error = fails(w, { type: 'versions.submitReview', uploader: ADMIN }, 'REVIEW_NEEDS_PRIVACY_GUIDE');
    expect(error.message.zh).toContain('设置 → 服务内容声明 → 用户隐私保护指引');
    expect(error.message.zh).toContain('用户信息（微信昵称、头像）');
    expect(error.message.en).toContain('user privacy guide');
    expect(reviewBlockers(w).map((e) => e.code)).toEqual(['REVIEW_NEEDS_PRIVACY_GUIDE']);
    expect(releaseChecklist(w).find((i) => i.id === 'privacy')).toMatchObject({ done: false, required: true });
    const fixed = ok(w, PRIVACY_GUIDE);
    expect(reviewBlockers(fixed)).toEqual([]);
    expect(releaseChecklist(fixed).find((i) => i.id === 'privacy')?.done).toBe(true);
    ok(fixed, { type: 'versions.submitReview', uploader: ADMIN });
  });

  test('code that calls no privacy API needs no guide', () => {
    const w = noGuide();
    const silent = { ...w, platform: { ...w.platform, codePrivacyItems: [] } };
    const uploaded = ok(silent, { type: 'versions.upload', uploader: ADMIN, version: '1.0.1', note: '' });
    expect(appOf(uploaded).versions.dev[0].privacyItems).toEqual([]);
    ok(uploaded, { type: 'versions.submitReview', uploader: ADMIN });
  });

  test('a guide that leaves out what the code uses gets the review rejected, naming the mismatch', () => {
    const w = codeUsesLocation();
    expect(appOf(w).versions.dev[0].privacyItems).toEqual(['userInfo', 'location']);
    expect(privacyStatus(w)?.undeclared).toEqual(['location']);
    const decided = okAll(w, [
      { type: 'versions.submitReview', uploader: ADMIN },
      { type: 'clock.advance', ms: DAY },
    ]);
    const review = versionsView(decided)?.review;
    expect(review?.status).toBe('rejected');
    expect(review?.reason?.zh).toContain('与代码不一致');
    expect(review?.reason?.zh).toContain('位置信息');
    expect(review?.reason?.en).toContain('location');
    expect(decided.log.some((e) => e.type === 'REVIEW_REJECTED_PRIVACY' && e.factIds.indexOf('B-11') >= 0)).toBe(true);
    const again = okAll(decided, [
      guide([USER_INFO, LOCATION]),
      { type: 'versions.submitReview', uploader: ADMIN },
      { type: 'clock.advance', ms: DAY },
    ]);
    expect(versionsView(again)?.review?.status).toBe('passed');
  });

  test('a rejection the scenario planned still comes after a privacy rejection', () => {
    const w = codeUsesLocation();
    const planned = {
      ...w,
      platform: {
        ...w.platform,
        reviewPlan: [{ outcome: 'reject' as const, reason: { zh: '内容不符', en: 'Content' } }],
      },
    };
    const first = okAll(planned, [
      { type: 'versions.submitReview', uploader: ADMIN },
      { type: 'clock.advance', ms: DAY },
    ]);
    expect(first.platform.reviewPlan).toHaveLength(1);
    const second = okAll(first, [
      guide([USER_INFO, LOCATION]),
      { type: 'versions.submitReview', uploader: ADMIN },
      { type: 'clock.advance', ms: DAY },
    ]);
    expect(versionsView(second)?.review?.reason?.zh).toBe('内容不符');
  });

  test('the classic rules (before the guide existed) neither require nor check it', () => {
    const w = noGuide({ ruleSet: 'classic' });
    expect(reviewBlockers(w)).toEqual([]);
    expect(releaseChecklist(w).find((i) => i.id === 'privacy')?.required).toBe(false);
    const decided = okAll(w, [
      { type: 'versions.submitReview', uploader: ADMIN },
      { type: 'clock.advance', ms: DAY },
    ]);
    expect(versionsView(decided)?.review?.status).toBe('passed');
  });
});

describe('B-11: the page view', () => {
  test('lists every kind of information, marks what the code uses and what is undeclared, in both languages', () => {
    const w = codeUsesLocation();
    const zh = privacyPageView(w, 'zh');
    expect(zh.loggedIn).toBe(true);
    expect(zh.required).toBe(true);
    expect(zh.items.filter((i) => i.used).map((i) => i.item)).toEqual(['userInfo', 'location']);
    expect(zh.items.filter((i) => i.declared).map((i) => i.item)).toEqual(['userInfo']);
    expect(zh.codeUsesText).toContain('位置信息');
    expect(zh.undeclaredText).toContain('位置信息');
    const en = privacyPageView(w, 'en');
    expect(en.undeclaredText).toContain('location');
    expect(en.items[2].label).toBe('位置信息 · location');
    // The saved guide reads as the language's sentences: "用户信息：…" in Chinese, "user info …: …" in English.
    expect(zh.saved[0]).toMatch(/^用户信息[^：]*：用于展示学员的头像和昵称$/);
    expect(en.saved[0]).toMatch(/^user info \([^)]*\): 用于展示学员的头像和昵称$/);
    expect(privacyPageView(registeredWorld({}), 'zh').done).toBe(false);
    expect(privacyPageView(createWorld(), 'zh').loggedIn).toBe(false);
  });

  test('the form starts from the saved guide, and the sample fills what the code uses', () => {
    const w = codeUsesLocation();
    const form = privacyFormOf(w);
    expect(form.checked.userInfo).toBe(true);
    expect(form.checked.location).toBe(false);
    expect(privacyDeclarations(form)).toEqual([{ item: 'userInfo', purpose: '用于展示学员的头像和昵称' }]);
    const sample = samplePrivacyForm(w, 'zh');
    expect(privacyDeclarations(sample).map((d) => d.item)).toEqual(['userInfo', 'location']);
    expect(sample.contact).toMatch(/@example\.com$/);
    ok(w, {
      type: 'privacy.save',
      declarations: privacyDeclarations(sample),
      retention: sample.retention,
      retentionDays: sample.retentionDays,
      contact: sample.contact,
    });
    expect(itemList(['location', 'phoneNumber'])).toEqual({ zh: '位置信息、手机号', en: 'location, phone number' });
  });
});
