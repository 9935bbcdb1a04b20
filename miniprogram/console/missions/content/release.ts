/** Stage 提交审核和发布: review, publish, phased release, rollback, filing and verification. */
import { emptyFiling } from '../../engine/index';
import {
  all,
  asJson,
  DAY,
  filing,
  forbid,
  G,
  goal,
  logged,
  mission,
  not,
  PEOPLE,
  privacyGuide,
  release,
  sel,
  t,
  upload,
  wait,
} from './dsl';
import type { Mission } from './model';

const submit = { type: 'versions.submitReview' as const, uploader: 'reglab_learner' };
const publish = (percent = 100) => ({ type: 'versions.publish' as const, percent });

/** The ready-to-release mini program without its ICP filing (the engine's own empty filing). */
const UNFILED = [{ op: 'set' as const, path: ['apps', '0', 'filing'], value: asJson(emptyFiling()) }];

export const RELEASE_MISSIONS: readonly Mission[] = [
  mission({
    id: 'first-release',
    title: t('提交审核并发布', 'Review and publish'),
    briefing: t(
      '信息、备案都已就绪，开发版 1.0.0 已上传。提交审核，等结果，发布上线。',
      'Info and filing are ready and 1.0.0 is uploaded. Submit it for review, wait for the result, publish.',
    ),
    stage: 'release',
    order: 1,
    factIds: ['P-04', 'P-05', 'V-09'],
    start: { scenario: 'ready-to-release' },
    goals: [G.online('1.0.0')],
    forbidden: [],
    hints: [t('审核约需一天：用时间机器快进。', 'A review takes about a day: use time travel.')],
    solution: [submit, wait(DAY), publish()],
  }),
  mission({
    id: 'review-rejected',
    title: t('审核被驳回', 'The review was rejected'),
    briefing: t(
      '提交 1.0.0 后会被驳回。找出原因，上传修改后的 1.0.1 并让它上线。',
      '1.0.0 will be rejected. Find out why, upload a fixed 1.0.1 and get it online.',
    ),
    stage: 'release',
    order: 2,
    factIds: ['P-02', 'P-04', 'P-05'],
    start: { scenario: 'review-rejects' },
    goals: [
      goal('rejected', '看到驳回原因', 'Saw the reason', logged('REVIEW_REJECTED')),
      goal(
        'fixed',
        '驳回后上传了修改版',
        'Uploaded a fix after the rejection',
        logged('VERSION_UPLOADED', 'REVIEW_REJECTED'),
      ),
      G.online('1.0.1'),
    ],
    forbidden: [],
    hints: [
      t('驳回原因在版本管理的审核版本里。', 'The reason is shown with the review version.'),
      t('版本号要比上次大。', 'The version number must go up.'),
    ],
    solution: [submit, wait(DAY), upload('1.0.1', '补充在线教育内容'), ...release()],
  }),
  mission({
    id: 'approved-not-published',
    title: t('审核通过却没上线', 'Approved but not online'),
    briefing: t(
      '1.0.0 审核通过好几天了，用户还是看不到。找出原因并解决。',
      '1.0.0 passed review days ago and users still cannot see it. Find out why and fix it.',
    ),
    stage: 'release',
    order: 3,
    factIds: ['P-05'],
    start: { scenario: 'approved-not-published' },
    goals: [G.online('1.0.0')],
    forbidden: [],
    hints: [t('审核通过不会自动上线。', 'Passing review does not publish.')],
    solution: [publish()],
  }),
  mission({
    id: 'phased-release',
    title: t('分阶段发布', 'Phased release'),
    briefing: t(
      '先发布 1.0.0；再上传 1.0.1，审核通过后只给 10% 的用户，没问题再全量。',
      'Publish 1.0.0; then upload 1.0.1 and, once approved, release it to 10% of users first, then to everyone.',
    ),
    stage: 'release',
    order: 4,
    factIds: ['P-06'],
    start: { scenario: 'approved-not-published' },
    goals: [
      goal('phased', '分阶段发布过', 'Released in phases', logged('PHASED_RELEASE_UPDATED')),
      goal(
        'full',
        '1.0.1 全量上线',
        '1.0.1 is online for everyone',
        all(
          sel('versionsView', 'online/version/version', 'eq', '1.0.1'),
          sel('versionsView', 'online/percent', 'eq', 100),
        ),
      ),
    ],
    forbidden: [
      forbid(
        'full-at-once',
        all(
          sel('versionsView', 'online/version/version', 'eq', '1.0.1'),
          not(logged('PHASED_RELEASE_UPDATED')),
          sel('versionsView', 'online/percent', 'eq', 100),
        ),
        '1.0.1 要先给一部分用户。',
        '1.0.1 must go to some users first.',
      ),
    ],
    hints: [t('发布时选择分阶段发布和比例。', 'When publishing, choose a phased release and a percentage.')],
    solution: [
      publish(),
      upload('1.0.1', '新功能'),
      submit,
      wait(DAY),
      publish(10),
      { type: 'versions.setPhasedPercent', percent: 100 },
    ],
  }),
  mission({
    id: 'rollback',
    title: t('版本回退', 'Roll back'),
    briefing: t(
      '先发布 1.0.0，再发布 1.0.1。1.0.1 出了问题：回退到上一个版本。',
      'Publish 1.0.0, then 1.0.1. 1.0.1 has a bug: roll back to the previous version.',
    ),
    stage: 'release',
    order: 5,
    factIds: ['P-06'],
    start: { scenario: 'approved-not-published' },
    goals: [
      goal('rolled', '已回退', 'Rolled back', logged('VERSION_ROLLED_BACK')),
      goal(
        'online',
        '1.0.0 重新在线',
        '1.0.0 is online again',
        sel('versionsView', 'online/version/version', 'eq', '1.0.0'),
      ),
    ],
    forbidden: [],
    hints: [t('只能回退到上一个线上版本。', 'You can only roll back to the previous online version.')],
    solution: [publish(), upload('1.0.1', '新功能'), ...release(), { type: 'versions.rollback' }],
  }),
  mission({
    id: 'withdraw-review',
    title: t('撤回审核', 'Withdraw a review'),
    briefing: t(
      '1.0.0 提交审核后发现有错：撤回，上传 1.0.1，重新提交并发布。',
      'After submitting 1.0.0 you spot a bug: withdraw it, upload 1.0.1, submit again and publish.',
    ),
    stage: 'release',
    order: 6,
    factIds: ['P-04'],
    start: { scenario: 'ready-to-release' },
    goals: [goal('withdrawn', '撤回过审核', 'Withdrew the review', logged('REVIEW_WITHDRAWN')), G.online('1.0.1')],
    forbidden: [
      forbid(
        'bad-online',
        sel('versionsView', 'online/version/version', 'eq', '1.0.0'),
        '有错的 1.0.0 上线了。',
        'The buggy 1.0.0 went online.',
      ),
    ],
    hints: [t('审核中不能再提交：先撤回。', 'You cannot submit while a review runs: withdraw first.')],
    solution: [submit, { type: 'versions.withdrawReview' }, upload('1.0.1', '修复问题'), ...release()],
  }),
  mission({
    id: 'filing',
    title: t('小程序备案', 'ICP filing'),
    briefing: t(
      '版本已审核通过，但备案之前不能发布上架。两位负责人（测试甲 13800138001、测试乙 13800138002）要用不同的手机号。完成备案后发布。',
      'The version passed review, but it cannot go online before filing. The two principals (测试甲 13800138001, 测试乙 13800138002) need different phones. File, then publish.',
    ),
    stage: 'release',
    order: 7,
    factIds: ['V-01', 'V-02', 'V-03', 'V-04'],
    start: { scenario: 'ready-to-release', patch: UNFILED },
    goals: [
      goal('needs', '发布需要先备案', 'Publishing needs filing first', logged('PUBLISH_NEEDS_FILING')),
      goal('shared', '手机号不能共用', 'Phones cannot be shared', logged('FILING_PHONE_SHARED')),
      G.filed,
      G.online('1.0.0'),
    ],
    forbidden: [],
    hints: [
      t(
        '备案分平台初审、工信部短信核验、管局审核三步。',
        'Filing: platform review, MIIT SMS check, provincial review.',
      ),
      t('短信验证码在模拟手机里。', 'The SMS codes are on the simulated phone.'),
    ],
    solution: [
      submit,
      wait(DAY),
      publish(),
      { type: 'filing.submit', participants: PEOPLE.map((p) => ({ ...p, phone: PEOPLE[0].phone })) },
      { type: 'filing.submit', participants: PEOPLE },
      wait(2 * DAY),
      { type: 'filing.verifySms', phone: PEOPLE[0].phone, code: `$filing.${PEOPLE[0].phone}` },
      { type: 'filing.verifySms', phone: PEOPLE[1].phone, code: `$filing.${PEOPLE[1].phone}` },
      wait(7 * DAY),
      publish(),
    ],
  }),
  mission({
    id: 'verify-with-filing',
    title: t('认证时一并备案', 'Verify and file together'),
    briefing: t(
      '还没备案的小程序：申请微信认证并勾选同时备案，认证通过后备案自动开始。',
      'Not filed yet: apply for WeChat verification with filing included; filing starts once verification passes.',
    ),
    stage: 'release',
    order: 8,
    factIds: ['V-05', 'V-06'],
    start: { scenario: 'ready-to-release', patch: UNFILED },
    goals: [
      goal('verified', '认证已通过', 'Verified', sel('verificationStatus', 'stage', 'eq', 'verified')),
      goal('filing', '备案已开始', 'Filing has started', sel('filingStatus', 'stage', 'ne', 'none')),
    ],
    forbidden: [],
    hints: [t('个人认证每次 30 元，审核约 3 天。', 'Individuals pay 30 RMB per application; it takes about 3 days.')],
    solution: [{ type: 'verify.apply', withFiling: true, participants: PEOPLE }, wait(4 * DAY)],
  }),
  mission({
    id: 'classic-vs-current',
    title: t('旧教程与现行规则', 'Old tutorials and current rules'),
    briefing: t(
      '按旧教程的规则，个人小程序不能认证，也不能开通微信支付。看看旧规则怎么说，再切回现行规则申请认证。',
      'Under the old tutorials individuals could not verify or enable WeChat Pay. See what the old rules say, then switch to the current rules and apply.',
    ),
    stage: 'release',
    order: 9,
    factIds: ['I-03', 'V-06'],
    start: { scenario: 'ready-to-release', ruleSet: 'classic' },
    goals: [
      goal('old', '旧规则：个人不能认证', 'Old rules: individuals cannot verify', logged('VERIFY_NOT_FOR_INDIVIDUAL')),
      goal('pay', '个人不能开通支付', 'Individuals cannot enable payments', logged('CAPABILITY_NOT_FOR_INDIVIDUAL')),
      goal(
        'applied',
        '现行规则下已申请',
        'Applied under the current rules',
        logged('VERIFICATION_APPLIED', 'RULE_SET_SWITCHED'),
      ),
    ],
    forbidden: [],
    hints: [t('工具栏的“现行 / 旧版”开关切换规则。', 'The toolbar switch changes the rule set.')],
    solution: [
      { type: 'verify.apply', withFiling: false, participants: [] },
      { type: 'dev.enableCapability', capability: 'wechatPay' },
      { type: 'sandbox.setRuleSet', ruleSet: 'current' },
      { type: 'verify.apply', withFiling: false, participants: [] },
    ],
  }),
  mission({
    id: 'annual-review',
    title: t('认证年审', 'Annual re-verification'),
    briefing: t(
      '微信认证约两个月后到期。在过期前完成年审，别让它过期。',
      'WeChat verification expires in about two months. Do the annual review before it lapses.',
    ),
    stage: 'release',
    order: 10,
    factIds: ['V-07'],
    start: { scenario: 'verification-expiring' },
    goals: [goal('renewed', '年审通过', 'The annual review passed', logged('VERIFICATION_PASSED'))],
    forbidden: [
      forbid(
        'expired',
        sel('verificationStatus', 'daysOverdue', 'gte', 1),
        '认证已过期：小程序不能被搜索，也不能发布。',
        'Verification expired: the mini program cannot be found or released.',
      ),
    ],
    hints: [t('到期前 3 个月起可以年审。', 'The annual review opens 3 months before expiry.')],
    solution: [{ type: 'verify.annualReview' }, wait(4 * DAY)],
  }),
  mission({
    id: 'privacy-guide',
    title: t('隐私保护指引', 'The privacy guide'),
    briefing: t(
      '1.0.0 新增了“附近的学习点”，代码调用了位置接口。提交审核，看懂结果，让 1.0.0 上线。',
      '1.0.0 adds "study places near you" and its code calls the location API. Submit it, understand the result, get 1.0.0 online.',
    ),
    stage: 'release',
    order: 11,
    factIds: ['B-11', 'P-04'],
    start: {
      scenario: 'ready-to-release',
      patch: [
        { op: 'set', path: ['platform', 'codePrivacyItems'], value: ['userInfo', 'location'] },
        { op: 'set', path: ['apps', '0', 'versions', 'dev', '0', 'privacyItems'], value: ['userInfo', 'location'] },
      ],
    },
    goals: [
      goal(
        'declared',
        '指引声明了代码用到的全部信息',
        'The guide declares all the code uses',
        all(sel('privacyStatus', 'undeclared/#', 'eq', 0), sel('privacyStatus', 'declared', 'has', 'location')),
      ),
      G.online('1.0.0'),
    ],
    forbidden: [],
    hints: [
      t(
        '驳回原因写在版本管理的审核版本里：指引要和代码用到的隐私接口一致。',
        'The reason is shown with the review version: the guide must match the privacy APIs the code calls.',
      ),
      t(
        '设置 → 服务内容声明 → 用户隐私保护指引：勾选“位置信息”并写明用途。',
        'Settings → privacy guide: tick 位置信息 and say what it is for.',
      ),
    ],
    solution: [
      privacyGuide([
        { item: 'userInfo', purpose: '用于展示头像和昵称' },
        { item: 'location', purpose: '用于推荐附近的学习点' },
      ]),
      submit,
      wait(DAY),
      publish(),
    ],
  }),
  mission({
    id: 'filing-sms-window',
    title: t('备案短信 24 小时', 'The 24-hour filing SMS'),
    briefing: t(
      '应急联系人填测试甲试试，再换测试丙 13800138003。短信核验超过 24 小时备案会失效：让它失效一次，再重新提交并按时核验。',
      'Try 测试甲 as the emergency contact, then 测试丙 13800138003. A filing lapses if the SMS check takes over 24 hours: let it lapse once, then file again and verify in time.',
    ),
    stage: 'release',
    order: 12,
    factIds: ['V-08', 'V-03'],
    start: { scenario: 'ready-to-release', patch: UNFILED },
    goals: [
      goal(
        'emergency',
        '应急联系人不能是主体负责人',
        'The emergency contact is not the principal',
        logged('FILING_EMERGENCY_IS_PRINCIPAL'),
      ),
      goal('lapsed', '超过 24 小时备案失效', 'A filing lapsed after 24 hours', logged('FILING_SMS_LAPSED')),
      G.filed,
    ],
    forbidden: [],
    hints: [t('短信核验时快进一天，备案就失效了。', 'At the SMS check, travel a day ahead: the filing lapses.')],
    solution: [
      { type: 'filing.submit', participants: PEOPLE.map((p, i) => (i === 2 ? { ...PEOPLE[0], role: p.role } : p)) },
      { type: 'filing.submit', participants: PEOPLE },
      wait(2 * DAY),
      wait(DAY),
      { type: 'filing.submit', participants: PEOPLE },
      // Submitted again on a Thursday: the platform review's two working days end on Monday.
      wait(4 * DAY),
      ...filing().slice(2),
    ],
  }),
];
