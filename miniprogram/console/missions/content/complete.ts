/** Stage 小程序信息完善: logging in, name, abbreviation, avatar, introduction, categories and their quotas. */
import { AS_ENTERPRISE, DAY, EXISTING, goal, logged, login, mission, sel, t, wait } from './dsl';
import type { Mission } from './model';

const infoDone = sel('releaseChecklist', 'id=basicInfo/done', 'eq', true);
const categoryDone = sel('releaseChecklist', 'id=category/done', 'eq', true);

export const COMPLETE_MISSIONS: readonly Mission[] = [
  mission({
    id: 'complete-info',
    title: t('完善小程序信息', 'Complete the info'),
    briefing: t(
      `登录已注册的小程序（${EXISTING.email} / ${EXISTING.password}），填写名称、头像、介绍，添加类目并设为主类目。`,
      `Log in to the registered mini program (${EXISTING.email} / ${EXISTING.password}), set its name, avatar and introduction, add a category and make it the main one.`,
    ),
    stage: 'complete',
    order: 1,
    factIds: ['L-01', 'L-02', 'B-10', 'B-07'],
    start: { scenario: 'existing-app' },
    goals: [
      goal('wrong', '密码错误被拒', 'A wrong password is refused', logged('LOGIN_WRONG_CREDENTIALS')),
      goal('login', '已登录', 'Logged in', sel('sessionView', 'loggedIn', 'eq', true)),
      goal('info', '名称、头像、介绍已填', 'Name, avatar and introduction set', infoDone),
      goal('category', '主类目已设置', 'A main category is set', categoryDone),
    ],
    forbidden: [],
    hints: [t('登录后还要在手机上确认扫码。', 'After the password, confirm the scan on the phone.')],
    solution: [
      { type: 'login.submit', email: EXISTING.email, password: 'wrong-password' },
      ...login(EXISTING.email, EXISTING.password),
      { type: 'basic.setName', name: '我的练习应用' },
      { type: 'basic.setAvatar', format: 'png', sizeBytes: 100 * 1024 },
      { type: 'basic.setIntroduction', introduction: '一个用来练习注册流程的小程序。' },
      { type: 'category.add', categoryId: 'tools.notes' },
      { type: 'category.setMain', categoryId: 'tools.notes' },
    ],
  }),
  mission({
    id: 'name-rules',
    title: t('起一个能用的名字', 'A name that is allowed'),
    briefing: t(
      '把小程序改名。试试别人已用的“学习助手”、带品牌词的“腾讯学习”，再用一个自己的名字。',
      'Rename the mini program. Try 学习助手 (taken) and 腾讯学习 (a brand word), then a name of your own.',
    ),
    stage: 'complete',
    order: 2,
    factIds: ['B-02', 'B-03'],
    start: { scenario: 'ready-to-release' },
    goals: [
      goal('taken', '名称已被占用', 'A taken name', logged('NAME_TAKEN')),
      goal('brand', '品牌词需要授权', 'A brand word needs proof', logged('NAME_NEEDS_BRAND_PROOF')),
      goal('renamed', '改名成功', 'Renamed', logged('NAME_CHANGED')),
    ],
    forbidden: [],
    hints: [t('名称唯一，且不能侵犯他人品牌。', 'Names are unique and must not use another brand.')],
    solution: [
      { type: 'basic.setName', name: '学习助手' },
      { type: 'basic.setName', name: '腾讯学习' },
      { type: 'basic.setName', name: '练习注册小工具' },
    ],
  }),
  mission({
    id: 'quotas-used',
    title: t('修改次数用完了', 'Out of changes'),
    briefing: t(
      '今年的改名次数和本月的介绍修改次数都用完了。弄清何时恢复，再把介绍和名称都改掉。',
      "This year's name changes and this month's introduction changes are used. Find out when they reset, then change both.",
    ),
    stage: 'complete',
    order: 3,
    factIds: ['B-02', 'B-06'],
    start: { scenario: 'quotas-used' },
    goals: [
      goal('name', '名称已修改', 'The name is changed', logged('NAME_CHANGED')),
      goal('intro', '介绍已修改', 'The introduction is changed', logged('INTRO_CHANGED')),
    ],
    forbidden: [],
    hints: [
      t('介绍按月计，名称按年计。', 'Introductions count per month, names per year.'),
      t('用时间机器跳到明年 1 月 1 日之后。', 'Use time travel to get past 1 January.'),
    ],
    solution: [
      { type: 'basic.setName', name: '练习注册小工具' },
      { type: 'basic.setIntroduction', introduction: '练习小程序注册、备案与发布的模拟工具。' },
      { type: 'clock.set', time: Date.UTC(2026, 0, 1, 1) },
      { type: 'basic.setName', name: '练习注册小工具' },
      { type: 'basic.setIntroduction', introduction: '练习小程序注册、备案与发布的模拟工具。' },
    ],
  }),
  mission({
    id: 'abbr-avatar',
    title: t('简称与头像', 'Abbreviation and avatar'),
    briefing: t(
      '登录后设置头像和简称。头像要 png、jpg、gif 或 bmp，不超过 2 MB；简称要比名称短。',
      'Log in, then set the avatar and the abbreviation. Avatars are png, jpg, gif or bmp up to 2 MB; the abbreviation is shorter than the name.',
    ),
    stage: 'complete',
    order: 4,
    factIds: ['B-04', 'B-05'],
    start: { scenario: 'ready-to-release' },
    goals: [
      goal('format', '格式不对的头像', 'An avatar in a wrong format', logged('AVATAR_FORMAT')),
      goal('large', '太大的头像', 'A too-large avatar', logged('AVATAR_TOO_LARGE')),
      goal('avatar', '头像已更换', 'The avatar is changed', logged('AVATAR_CHANGED')),
      goal('abbr', '简称已修改', 'The abbreviation is changed', logged('ABBR_CHANGED')),
    ],
    forbidden: [],
    hints: [t('先压缩图片再上传。', 'Compress the picture before uploading.')],
    solution: [
      { type: 'basic.setAvatar', format: 'webp', sizeBytes: 100 * 1024 },
      { type: 'basic.setAvatar', format: 'png', sizeBytes: 5 * 1024 * 1024 },
      { type: 'basic.setAvatar', format: 'jpg', sizeBytes: 300 * 1024 },
      { type: 'basic.setAbbreviation', abbreviation: '实训' },
    ],
  }),
  mission({
    id: 'categories',
    title: t('服务类目', 'Service categories'),
    briefing: t(
      '这家企业的小程序要加上“社交 · 论坛”类目并设为主类目。这类类目要上传资质、要审核，主类目只能选已通过的。',
      "This enterprise's mini program needs the social forum category as its main one. It needs a qualification and approval, and only approved categories can be main.",
    ),
    stage: 'complete',
    order: 5,
    factIds: ['B-07', 'B-12'],
    start: { scenario: 'ready-to-release', patch: AS_ENTERPRISE },
    goals: [
      goal('early', '未通过时设主类目', 'Main category before approval', logged('MAIN_CATEGORY_NOT_APPROVED')),
      goal(
        'main',
        '论坛是主类目',
        'The forum is the main category',
        sel('basicInfoView', 'categories/id=social.forum/main', 'eq', true),
      ),
    ],
    forbidden: [],
    hints: [
      t(
        '这个类目要随资质一起提交：点“上传资质并添加”。',
        'This category goes in with its qualification: tap "upload and add".',
      ),
      t(
        '需要资质的类目要审核几天：用时间机器等它通过。',
        'Categories that need qualifications take days: wait with time travel.',
      ),
    ],
    solution: [
      { type: 'category.add', categoryId: 'social.forum', qualification: true },
      { type: 'category.setMain', categoryId: 'social.forum' },
      wait(3 * DAY),
      { type: 'category.setMain', categoryId: 'social.forum' },
    ],
  }),
  mission({
    id: 'scan-login',
    title: t('扫码登录', 'Scan to log in'),
    briefing: t(
      '现在登录后台的主要方式是扫码：用微信扫描登录页的二维码，在手机上确认，再选择要进入的小程序。不用密码登录一次试试。',
      'Today the console is mostly entered by scanning: scan the login code with WeChat, confirm on the phone, then pick the mini program. Log in once without the password.',
    ),
    stage: 'complete',
    order: 6,
    factIds: ['L-05'],
    start: { scenario: 'existing-app' },
    goals: [
      goal('scan', '扫码并选择小程序登录', 'Logged in by scan and pick', logged('LOGGED_IN_BY_SCAN')),
      goal('login', '已登录', 'Logged in', sel('sessionView', 'loggedIn', 'eq', true)),
    ],
    forbidden: [],
    hints: [
      t(
        '登录页上方的“扫码登录”：先显示二维码，再到模拟手机确认。',
        'Use 扫码登录 at the top of the login page, then confirm on the phone.',
      ),
    ],
    solution: [
      { type: 'login.scanStart' },
      { type: 'phone.confirmScan', scanId: '$scan' },
      { type: 'login.pickApp', appId: '$app0' },
    ],
  }),
];
