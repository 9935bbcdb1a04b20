import {
  createWorld,
  homeView,
  releaseChecklist,
  reviewBlockers,
  versionsPageView,
  versionsView,
  type World,
} from '../../../../miniprogram/console/engine/index';
import { ADMIN, addMember, appOf, completeBasics, fails, ok, okAll, readyWorld, registeredWorld } from '../helpers';

const DAY = 24 * 3600 * 1000;

function submitted(w: World = readyWorld()): World {
  return ok(w, { type: 'versions.submitReview', uploader: ADMIN });
}

function passed(w: World = readyWorld()): World {
  return ok(submitted(w), { type: 'clock.advance', ms: DAY });
}

describe('development and trial versions (P-02, P-03, D-09)', () => {
  test('P-02: each uploader’s latest upload is kept', () => {
    let w = addMember(readyWorld(), 'dev_xiaoming', 'project', ['developer']);
    w = okAll(w, [
      { type: 'versions.upload', uploader: 'dev_xiaoming', version: '1.0.1', note: '小明的版本' },
      { type: 'versions.upload', uploader: ADMIN, version: '1.0.2', note: '管理员的新版本' },
    ]);
    expect(versionsView(w)?.dev.map((v) => [v.uploader, v.version])).toEqual([
      [ADMIN, '1.0.2'],
      ['dev_xiaoming', '1.0.1'],
    ]);
  });

  test('P-02, D-09, M-07: only the administrator or a developer may upload', () => {
    let w = addMember(readyWorld(), 'ops_xiaohong', 'project', ['operator']);
    const error = fails(
      w,
      { type: 'versions.upload', uploader: 'ops_xiaohong', version: '1.0.1', note: '' },
      'UPLOAD_NOT_DEVELOPER',
    );
    expect(error.message.zh).toContain('开发者');
    fails(w, { type: 'versions.upload', uploader: 'dev_xiaoming', version: '1.0.1', note: '' }, 'UPLOAD_NOT_DEVELOPER');
    fails(w, { type: 'versions.upload', uploader: ADMIN, version: 'v1', note: '' }, 'VERSION_FORMAT');
    fails(
      w,
      { type: 'versions.upload', uploader: ADMIN, version: '1.0.1', note: '字'.repeat(201) },
      'VERSION_NOTE_TOO_LONG',
    );
    w = addMember(w, 'dev_xiaoming', 'project', ['developer']);
    expect(ok(w, { type: 'versions.upload', uploader: 'dev_xiaoming', version: '1.0.1', note: '' })).toBeDefined();
  });

  test('P-03: a development version becomes the trial version', () => {
    const w = ok(readyWorld(), { type: 'versions.setTrial', uploader: ADMIN });
    expect(versionsView(w)?.trial?.version).toBe('1.0.0');
    fails(w, { type: 'versions.setTrial', uploader: 'dev_xiaoming' }, 'DEV_VERSION_NOT_FOUND');
  });
});

describe('submitting for review (B-10, B-07, V-02, P-04)', () => {
  test('B-10, C-05: the missing basic info is named, in Chinese and English', () => {
    const w = ok(registeredWorld(), { type: 'versions.upload', uploader: ADMIN, version: '1.0.0', note: '' });
    const error = fails(w, { type: 'versions.submitReview', uploader: ADMIN }, 'REVIEW_NEEDS_BASIC_INFO');
    expect(error.message.zh).toContain('名称、头像、介绍');
    expect(error.message.en).toContain('name, avatar, introduction');
  });

  test('B-07: an approved category and, under the current rules, a main category are required', () => {
    let w = ok(registeredWorld(), { type: 'versions.upload', uploader: ADMIN, version: '1.0.0', note: '' });
    w = okAll(w, [
      { type: 'basic.setName', name: '我的练习应用' },
      { type: 'basic.setAvatar', format: 'png', sizeBytes: 1000 },
      { type: 'basic.setIntroduction', introduction: '一个练习用的小程序。' },
    ]);
    fails(w, { type: 'versions.submitReview', uploader: ADMIN }, 'REVIEW_NEEDS_CATEGORY');
    w = ok(w, { type: 'category.add', categoryId: 'tools.notes' });
    fails(w, { type: 'versions.submitReview', uploader: ADMIN }, 'REVIEW_NEEDS_MAIN_CATEGORY');
  });

  test('V-02, V-01: filing blocks publishing (上架), not submitting for review; the classic rules required neither', () => {
    const current = completeBasics(
      ok(registeredWorld(), { type: 'versions.upload', uploader: ADMIN, version: '1.0.0', note: '' }),
    );
    expect(reviewBlockers(current)).toEqual([]);
    const inReview = ok(current, { type: 'versions.submitReview', uploader: ADMIN });
    const approved = ok(inReview, { type: 'clock.advance', ms: DAY });
    expect(appOf(approved).versions.review?.status).toBe('passed');
    const error = fails(approved, { type: 'versions.publish', percent: 100 }, 'PUBLISH_NEEDS_FILING');
    expect(error.message.zh).toContain('2023 年 9 月 1 日');
    expect(error.message.zh).toContain('未备案');
    expect(error.message.zh).toContain('上架（发布）');
    expect(error.message.en).toContain('not filed');
    expect(error.factIds).toContain('V-02');
    expect(releaseChecklist(approved).find((i) => i.id === 'filing')?.required).toBe(true);
    const classic = completeBasics(
      ok(registeredWorld({ ruleSet: 'classic' }), {
        type: 'versions.upload',
        uploader: ADMIN,
        version: '1.0.0',
        note: '',
      }),
    );
    const classicApproved = ok(ok(classic, { type: 'versions.submitReview', uploader: ADMIN }), {
      type: 'clock.advance',
      ms: DAY,
    });
    expect(
      appOf(ok(classicApproved, { type: 'versions.publish', percent: 100 })).versions.online?.version.version,
    ).toBe('1.0.0');
    expect(releaseChecklist(classicApproved).find((i) => i.id === 'filing')?.required).toBe(false);
  });

  test('I-10: an organisation’s subject must be verified first', () => {
    const w = readyWorld();
    w.apps[0].subject.status = 'awaitingPayment';
    const error = fails(w, { type: 'versions.submitReview', uploader: ADMIN }, 'REVIEW_NEEDS_SUBJECT_VERIFIED');
    expect(error.message.zh).toContain('对公打款');
  });

  test('P-04: one version in review at a time; withdraw first', () => {
    const w = submitted();
    const error = fails(w, { type: 'versions.submitReview', uploader: ADMIN }, 'REVIEW_IN_PROGRESS');
    expect(error.message.zh).toContain('撤回');
    const withdrawn = ok(w, { type: 'versions.withdrawReview' });
    expect(versionsView(withdrawn)?.review).toBeNull();
    expect(ok(withdrawn, { type: 'versions.submitReview', uploader: ADMIN }).apps[0].versions.review?.status).toBe(
      'reviewing',
    );
    fails(withdrawn, { type: 'versions.withdrawReview' }, 'WITHDRAW_NOTHING');
  });

  test('P-04: withdrawals are limited to 5 a day and 10 a month', () => {
    let w = readyWorld();
    const cycle = (x: World) =>
      ok(ok(x, { type: 'versions.submitReview', uploader: ADMIN }), { type: 'versions.withdrawReview' });
    for (let i = 0; i < 5; i++) w = cycle(w);
    const day = fails(
      ok(w, { type: 'versions.submitReview', uploader: ADMIN }),
      { type: 'versions.withdrawReview' },
      'WITHDRAW_LIMIT_DAY',
    );
    expect(day.message.zh).toContain('5 次');
    w = ok(w, { type: 'clock.advance', ms: DAY });
    for (let i = 0; i < 5; i++) w = cycle(w);
    w = ok(w, { type: 'clock.advance', ms: DAY });
    fails(
      ok(w, { type: 'versions.submitReview', uploader: ADMIN }),
      { type: 'versions.withdrawReview' },
      'WITHDRAW_LIMIT_MONTH',
    );
  });

  test('P-04: the review answers after about a day; some categories add 7 days', () => {
    const w = submitted();
    expect(appOf(ok(w, { type: 'clock.advance', ms: DAY - 1 })).versions.review?.status).toBe('reviewing');
    expect(appOf(ok(w, { type: 'clock.advance', ms: DAY })).versions.review?.status).toBe('passed');
    const slow = readyWorld();
    slow.apps[0].categories.push({ id: 'social.forum', status: 'approved', addedAt: slow.now, approveAt: null });
    const slowSubmitted = submitted(slow);
    expect(appOf(ok(slowSubmitted, { type: 'clock.advance', ms: 7 * DAY })).versions.review?.status).toBe('reviewing');
    expect(appOf(ok(slowSubmitted, { type: 'clock.advance', ms: 8 * DAY })).versions.review?.status).toBe('passed');
  });

  test('P-04: the scenario can make the review reject with a reason; resubmitting then passes', () => {
    const rejected = passed(createWorld({ scenario: 'review-rejects' }));
    const review = appOf(rejected).versions.review;
    expect(review?.status).toBe('rejected');
    expect(review?.reason?.zh).toContain('服务类目');
    const error = fails(rejected, { type: 'versions.publish', percent: 100 }, 'PUBLISH_NOT_PASSED');
    expect(error.message.zh).toContain('审核未通过');
    const again = passed(rejected);
    expect(appOf(again).versions.review?.status).toBe('passed');
  });

  test('P-04: after a result (passed or rejected) a new submission replaces the review version', () => {
    const approved = passed();
    expect(appOf(approved).versions.review?.status).toBe('passed');
    let w = ok(approved, { type: 'versions.upload', uploader: ADMIN, version: '1.0.1', note: '改进' });
    w = ok(w, { type: 'versions.submitReview', uploader: ADMIN });
    expect(appOf(w).versions.review?.status).toBe('reviewing');
    expect(appOf(w).versions.review?.version.version).toBe('1.0.1');
    const rejected = passed(createWorld({ scenario: 'review-rejects' }));
    expect(appOf(rejected).versions.review?.status).toBe('rejected');
    const replaced = ok(rejected, { type: 'versions.submitReview', uploader: ADMIN });
    expect(appOf(replaced).versions.review?.status).toBe('reviewing');
    fails(replaced, { type: 'versions.submitReview', uploader: ADMIN }, 'REVIEW_IN_PROGRESS');
  });

  test('P-04: the daily withdrawal quota resets at midnight of the simulated clock', () => {
    let w = readyWorld();
    const cycle = (x: World) =>
      ok(ok(x, { type: 'versions.submitReview', uploader: ADMIN }), { type: 'versions.withdrawReview' });
    for (let i = 0; i < 5; i++) w = cycle(w);
    // The world starts at 09:00 Beijing time: 14 h 59 min later it is 23:59 the same day, one minute later midnight.
    const lateEvening = ok(w, { type: 'clock.advance', ms: 15 * 3600 * 1000 - 60 * 1000 });
    fails(
      ok(lateEvening, { type: 'versions.submitReview', uploader: ADMIN }),
      { type: 'versions.withdrawReview' },
      'WITHDRAW_LIMIT_DAY',
    );
    const midnight = ok(lateEvening, { type: 'clock.advance', ms: 60 * 1000 });
    expect(
      ok(ok(midnight, { type: 'versions.submitReview', uploader: ADMIN }), { type: 'versions.withdrawReview' }),
    ).toBeDefined();
  });

  test('P-04: a withdrawn review keeps the planned rejection for the next submission', () => {
    const w = ok(submitted(createWorld({ scenario: 'review-rejects' })), { type: 'versions.withdrawReview' });
    expect(appOf(passed(w)).versions.review?.status).toBe('rejected');
  });
});

describe('publishing (P-05, P-06, V-07)', () => {
  test('P-05: an approved version is not online until 发布 is clicked', () => {
    const w = createWorld({ scenario: 'approved-not-published' });
    expect(versionsView(w)?.awaitingPublish).toBe(true);
    expect(versionsView(w)?.online).toBeNull();
    expect(releaseChecklist(w).find((i) => i.id === 'publish')?.done).toBe(false);
    const published = ok(w, { type: 'versions.publish', percent: 100 });
    expect(versionsView(published)?.online?.version.version).toBe('1.0.0');
    expect(versionsView(published)?.review).toBeNull();
    expect(releaseChecklist(published).every((i) => i.done || !i.required)).toBe(true);
  });

  test('P-05: nothing to publish, or still in review, is refused', () => {
    fails(readyWorld(), { type: 'versions.publish', percent: 100 }, 'PUBLISH_NOTHING');
    const error = fails(submitted(), { type: 'versions.publish', percent: 100 }, 'PUBLISH_NOT_PASSED');
    expect(error.message.zh).toContain('还在审核中');
  });

  test('P-06: publishing replaces the online version and rollback returns to the previous one, once', () => {
    let w = ok(passed(), { type: 'versions.publish', percent: 100 });
    fails(w, { type: 'versions.rollback' }, 'ROLLBACK_NOTHING');
    w = ok(w, { type: 'versions.upload', uploader: ADMIN, version: '1.1.0', note: '第二版' });
    w = ok(passed(w), { type: 'versions.publish', percent: 100 });
    expect(versionsView(w)?.online?.version.version).toBe('1.1.0');
    expect(versionsView(w)?.canRollback).toBe(true);
    const back = ok(w, { type: 'versions.rollback' });
    expect(versionsView(back)?.online?.version.version).toBe('1.0.0');
    fails(back, { type: 'versions.rollback' }, 'ROLLBACK_ONCE');
    expect(appOf(back).versions.history.map((h) => h.kind)).toEqual(['publish', 'publish', 'rollback']);
  });

  test('P-06: a phased release needs an online version (85079)', () => {
    const error = fails(passed(), { type: 'versions.publish', percent: 10 }, 'PHASED_NEEDS_ONLINE');
    expect(error.message.zh).toContain('没有线上版本');
    expect(error.message.zh).toContain('85079');
    expect(error.message.en).toContain('85079');
    expect(error.factIds).toEqual(['P-06']);
  });

  test('P-06: no rollback during a phased release (87011), one rollback until the next publish (87012)', () => {
    let w = ok(passed(), { type: 'versions.publish', percent: 100 });
    w = ok(w, { type: 'versions.upload', uploader: ADMIN, version: '1.1.0', note: '第二版' });
    const phased = ok(passed(w), { type: 'versions.publish', percent: 20 });
    expect(versionsView(phased)?.canRollback).toBe(false);
    const during = fails(phased, { type: 'versions.rollback' }, 'ROLLBACK_DURING_PHASED');
    expect(during.message.zh).toContain('87011');
    expect(during.message.zh).toContain('20%');
    expect(during.factIds).toEqual(['P-06']);
    const full = ok(phased, { type: 'versions.setPhasedPercent', percent: 100 });
    const back = ok(full, { type: 'versions.rollback' });
    expect(versionsView(back)?.online?.version.version).toBe('1.0.0');
    const again = fails(back, { type: 'versions.rollback' }, 'ROLLBACK_ONCE');
    expect(again.message.zh).toContain('87012');
    expect(again.message.en).toContain('87012');
    let next = ok(back, { type: 'versions.upload', uploader: ADMIN, version: '1.2.0', note: '第三版' });
    next = ok(passed(next), { type: 'versions.publish', percent: 100 });
    expect(versionsView(ok(next, { type: 'versions.rollback' }))?.online?.version.version).toBe('1.0.0');
  });

  test('P-06: a phased release widens step by step up to 100 %', () => {
    let first = ok(passed(), { type: 'versions.publish', percent: 100 });
    first = ok(first, { type: 'versions.upload', uploader: ADMIN, version: '1.1.0', note: '第二版' });
    const w = ok(passed(first), { type: 'versions.publish', percent: 10 });
    expect(versionsView(w)?.online?.percent).toBe(10);
    fails(w, { type: 'versions.setPhasedPercent', percent: 5 }, 'PHASED_PERCENT_INVALID');
    const full = ok(ok(w, { type: 'versions.setPhasedPercent', percent: 50 }), {
      type: 'versions.setPhasedPercent',
      percent: 100,
    });
    expect(versionsView(full)?.online?.percent).toBe(100);
    fails(full, { type: 'versions.setPhasedPercent', percent: 100 }, 'PHASED_NOT_RUNNING');
    fails(passed(), { type: 'versions.publish', percent: 0 }, 'PHASED_PERCENT_INVALID');
  });

  test('V-09: a new mini program starts unverified, may be reviewed and published, and is told what it lacks', () => {
    const w = readyWorld();
    expect(appOf(w).verification.stage).toBe('none');
    expect(versionsPageView(w, 'zh').verificationNote).toContain('未认证：不能被搜索、不能被分享');
    expect(homeView(w, 'zh').verificationNote).toContain('未认证：不能被搜索、不能被分享');
    expect(homeView(w, 'en').verificationNote).toContain('cannot be found by search or shared');
    const published = ok(passed(w), { type: 'versions.publish', percent: 100 });
    expect(versionsView(published)?.online?.version.version).toBe('1.0.0');
    const last = published.log[published.log.length - 1];
    expect([last.type, last.factIds]).toEqual(['PUBLISHED_UNVERIFIED', ['V-09']]);
    const verified = createWorld({ scenario: 'verification-expiring' });
    expect(homeView(verified, 'zh').verificationNote).toBe('');
    const publishedVerified = ok(passed(verified), { type: 'versions.publish', percent: 100 });
    expect(publishedVerified.log.map((e) => e.type)).not.toContain('PUBLISHED_UNVERIFIED');
  });

  test('V-07: an expired verification blocks new releases', () => {
    const w = passed(createWorld({ scenario: 'verification-expiring' }));
    const expired = ok(w, { type: 'clock.advance', ms: 70 * DAY });
    const error = fails(expired, { type: 'versions.publish', percent: 100 }, 'PUBLISH_BLOCKED_VERIFICATION_EXPIRED');
    expect(error.message.zh).toContain('年审');
    expect(versionsPageView(expired, 'zh').verificationNote).toContain('认证已过期');
  });

  test('M-07: operators manage versions; developers cannot submit for review', () => {
    let w = addMember(readyWorld(), 'dev_xiaoming', 'project', ['developer']);
    w = addMember(w, 'ops_xiaohong', 'project', ['operator']);
    const asDev = ok(w, { type: 'session.actAs', wechatId: 'dev_xiaoming' });
    fails(asDev, { type: 'versions.submitReview', uploader: ADMIN }, 'PERMISSION_DENIED');
    expect(ok(asDev, { type: 'versions.setTrial', uploader: ADMIN })).toBeDefined();
    const asOps = ok(w, { type: 'session.actAs', wechatId: 'ops_xiaohong' });
    expect(ok(asOps, { type: 'versions.submitReview', uploader: ADMIN })).toBeDefined();
  });
});
