import type { Lesson } from '../../core/content-model';

/** Stage 2: logging in, the home page, basic info and service categories. */
export const COMPLETE_LESSONS: readonly Lesson[] = [
  {
    id: 'login-home',
    stage: 'complete',
    order: 1,
    title: { zh: '登录与后台首页', en: 'Logging in and the console home page' },
    summary: {
      zh: '现在在 mp.weixin.qq.com 用微信扫码、选择小程序即可登录；旧教程里的邮箱加密码再扫码也仍可用。首页列出了从完善信息到发布的流程。',
      en: 'Today you log in at mp.weixin.qq.com by scanning with WeChat and picking the mini program; the email + password route of older tutorials, followed by a scan, still works. The home page lists the flow from completing the info to release.',
    },
    sources: ['seed-000', 'off-console-menu'],
    console: { target: '/console/login/index', label: { zh: '去登录后台', en: 'Log in to the console' } },
    sections: [
      {
        id: 'login-home.login',
        title: { zh: '两种登录方式', en: 'Two ways to log in' },
        factIds: ['L-05', 'L-01'],
        paragraphs: [
          {
            zh: '现在打开 mp.weixin.qq.com，最常用的是用管理员或成员的微信扫码，然后在列表里选择要进入的小程序。',
            en: 'Today, at mp.weixin.qq.com, the usual way in is to scan the code with the WeChat of the administrator or a member, then pick the mini program from the list.',
          },
          {
            zh: '也可以用帐号密码登录：帐号填注册时的邮箱，密码填注册时设置的密码。',
            en: 'You can also log in with the account and password: the account is the email you registered with, and the password is the one you set then.',
          },
        ],
        callouts: [
          {
            kind: 'older',
            factIds: ['L-05', 'L-01'],
            text: {
              zh: '旧教程（2020–2022）只写了"邮箱 + 密码，再扫码"；现在的页面默认显示扫码登录，再选择小程序。',
              en: 'Older tutorials (2020–2022) show only "email + password, then scan"; today the page opens on scan-to-log-in, followed by picking the mini program.',
            },
          },
        ],
      },
      {
        id: 'login-home.scan',
        title: { zh: '扫码二次验证', en: 'Second check by scanning' },
        factIds: ['L-02'],
        paragraphs: [
          {
            zh: '用邮箱和密码登录时，密码正确后还要用绑定的微信扫码做二次验证。扫码确认成功，才会进入后台首页。',
            en: 'On the email route, after the password a second check asks you to scan with the bound WeChat. Only when that succeeds does the home page open.',
          },
        ],
        callouts: [],
      },
      {
        id: 'login-home.home',
        title: { zh: '首页上的发布流程', en: 'The release flow on the home page' },
        factIds: ['L-03'],
        paragraphs: [
          {
            zh: '首页把上线分成两段。第 1 段"小程序信息"：补充名称、图标、描述，设置服务类目；然后是开发工具、添加开发者、配置服务器。',
            en: 'The home page splits going live into two parts. Part 1, 小程序信息 (mini program info): fill in the name, icon and description and set the service category; then development tools, adding developers and configuring the server.',
          },
          {
            zh: '第 2 段"版本发布"：先提交代码，再提交审核，审核通过后发布。',
            en: 'Part 2, 版本发布 (release): submit the code, then submit it for review, and publish once it passes.',
          },
        ],
        callouts: [],
      },
      {
        id: 'login-home.menu',
        title: { zh: '左侧菜单', en: 'The left-hand menu' },
        factIds: ['L-04'],
        paragraphs: [
          {
            zh: '现在的后台按用途分组：版本和成员在"管理"下（管理 → 版本管理、成员管理）；AppID、AppSecret、服务器域名在 管理 → 开发管理 → 开发设置；名称、头像、介绍在 账号设置 → 基本设置。',
            en: 'The current console groups its menu by purpose: versions and members under Management (管理 → 版本管理, 成员管理); AppID, AppSecret and server domains under Management → Development management → Development settings (管理 → 开发管理 → 开发设置); name, avatar and description under Account settings → Basic settings (账号设置 → 基本设置).',
          },
        ],
        callouts: [
          {
            kind: 'older',
            factIds: ['L-04'],
            text: {
              zh: '旧教程（2020–2022）的菜单是一长列：首页、开发管理、用户身份、数据分析、模板消息、客服反馈、附近的小程序、运维中心、流量主、广告主、违规记录、设置；那时基本信息在"设置 → 基本设置"。',
              en: 'Older tutorials (2020–2022) show one long list: Home, Development management, User roles, Data analysis, Template messages, Customer service feedback, Nearby mini programs, Operations centre, Traffic owner, Advertiser, Violation records, Settings (首页, 开发管理, 用户身份, 数据分析, 模板消息, 客服反馈, 附近的小程序, 运维中心, 流量主, 广告主, 违规记录, 设置); basic info was then under Settings → Basic settings (设置 → 基本设置).',
            },
          },
          {
            kind: 'tip',
            factIds: ['L-04'],
            text: {
              zh: '后台会改版，菜单名字可能和截图不同；找不到时按功能去找：版本和成员在"管理"，开发设置在"开发管理"。',
              en: 'The console gets redesigned, so names may differ from screenshots; search by purpose: versions and members under Management (管理), development settings under Development management (开发管理).',
            },
          },
        ],
      },
    ],
  },
  {
    id: 'basic-info',
    stage: 'complete',
    order: 2,
    title: { zh: '完善基本信息', en: 'Completing the basic info' },
    summary: {
      zh: '名称、简称、头像、介绍都有修改次数限制，而且提审前必须填好。在"账号设置 → 基本设置"里完成（旧教程写作"设置 → 基本设置"）。',
      en: 'Name, short name, avatar and description each have change limits and must be filled in before review. Do it under Account settings → Basic settings (账号设置 → 基本设置; older tutorials: Settings → Basic settings, 设置 → 基本设置).',
    },
    sources: ['seed-000', 'seed-003', 'off-setnickname', 'off-setheadimage', 'off-setsignature'],
    console: { target: '/console/basic/index', label: { zh: '去基本设置', en: 'Open basic settings' } },
    sections: [
      {
        id: 'basic-info.why',
        title: { zh: '注册完马上补信息', en: 'Fill it in right after registering' },
        factIds: ['B-10', 'B-01'],
        paragraphs: [
          {
            zh: '提交审核时，名称、图标、类目等基本信息都是必填项。所以注册完成后，第一件事就是把它们补齐。',
            en: 'When you submit for review, basic info such as the name, icon and category is required, so the first thing to do after registering is fill it in.',
          },
          {
            zh: '位置：左侧"账号设置 → 基本设置"（旧教程：设置 → 基本设置）。这里有名称、简称、头像、小程序码及线下物料下载、介绍、服务类目、主体信息、微信认证和用户满意度。',
            en: 'Where: Account settings → Basic settings (账号设置 → 基本设置) in the left menu (older tutorials: Settings → Basic settings, 设置 → 基本设置). It holds the name, short name, avatar, QR code and offline materials download, description, service category, registered entity info, WeChat verification and user satisfaction.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['B-10'],
            text: {
              zh: '基本信息不全，就不能提交审核。',
              en: 'Without complete basic info, you cannot submit for review.',
            },
          },
        ],
      },
      {
        id: 'basic-info.name',
        title: { zh: '名称：唯一、有关键词限制、改名有次数', en: 'Name: unique, keyword rules, limited changes' },
        factIds: ['B-02', 'B-03'],
        paragraphs: [
          {
            zh: '小程序名称全平台唯一，不能包含"小程序""微信"这类关键词；和知名品牌相同或相近的名称，要提交证明材料并经过审核。',
            en: 'The name must be unique across the platform and must not contain keywords such as "mini program" ("小程序") or "WeChat" ("微信"); names that match a known brand need proof and a review.',
          },
          {
            zh: '名称长度为 4–30 个字符，一个汉字算 2 个字符：所以中文名称是 2–15 个汉字。',
            en: 'A name is 4–30 characters long, and a Chinese character counts as 2: a Chinese name therefore has 2 to 15 characters.',
          },
          {
            zh: '现行规则：每个自然年可以改名 2 次，次数在 1 月 1 日和微信认证通过时重置为 2 次；用完后，可以通过微信认证来改名。',
            en: 'Current rule: 2 name changes per calendar year, reset to 2 on 1 January and when WeChat verification passes; when they are used up, rename through verification.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['B-02'],
            text: {
              zh: '改名：每年 2 次，1 月 1 日和认证通过时重置。',
              en: 'Renaming: 2 per year, reset on 1 January and when verification passes.',
            },
          },
          {
            kind: 'older',
            factIds: ['B-02'],
            text: {
              zh: '旧教程说："发布前可改 2 次名称；发布后，个人帐号一年内可改 2 次。"现在统一按自然年计算。',
              en: 'Older tutorials say: "2 name changes before publishing; after publishing, an individual account may change it 2 times a year." Today it simply counts per calendar year.',
            },
          },
        ],
      },
      {
        id: 'basic-info.short-avatar',
        title: { zh: '简称与头像', en: 'Short name and avatar' },
        factIds: ['B-04', 'B-05'],
        paragraphs: [
          {
            zh: '简称一年可以申请修改 2 次。',
            en: 'The short name (简称) can be changed 2 times a year.',
          },
          {
            zh: '头像一年可以修改 5 次；图片格式限 BMP、JPEG、JPG、GIF、PNG，大小不超过 2 MB，展示时始终是正方形。',
            en: 'The avatar can be changed 5 times a year; images must be BMP, JPEG, JPG, GIF or PNG, at most 2 MB, and are always shown square.',
          },
        ],
        callouts: [
          {
            kind: 'older',
            factIds: ['B-05'],
            text: {
              zh: '一份 2017 年的资料写着头像"每月可改 5 次"，这已经过时：现在是每年 5 次。',
              en: 'A 2017 source says the avatar can change "5 times a month". That is outdated: it is 5 times a year.',
            },
          },
        ],
      },
      {
        id: 'basic-info.intro',
        title: { zh: '介绍', en: 'Introduction' },
        factIds: ['B-06'],
        paragraphs: [
          {
            zh: '介绍用一两句话说清小程序做什么，长度 4–120 个字，一个月内可以修改 5 次。',
            en: 'The description says in a sentence or two what the mini program does: 4–120 characters, changeable 5 times a month.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['B-06'],
            text: { zh: '介绍：4–120 字，每月 5 次。', en: 'Description: 4–120 characters, 5 changes a month.' },
          },
        ],
      },
      {
        id: 'basic-info.subject-rating',
        title: { zh: '主体信息与用户满意度', en: 'Registered entity info and user satisfaction' },
        factIds: ['B-08', 'B-09'],
        paragraphs: [
          {
            zh: '"主体信息"显示打码后的主体名称和类型，例如"测* · 个人"，旁边有"小程序迁移"的入口。',
            en: 'Registered entity info shows the masked registered entity name and its type, for example "Ce* · Individual" ("测* · 个人"), with an entry for mini program migration (小程序迁移) beside it.',
          },
          {
            zh: '"用户满意度"由微信随机邀请用户打分，评价的人够多后才显示在小程序资料页上；在那之前显示"评价人数不足"。',
            en: 'User satisfaction is rated by users WeChat invites at random, and appears on the profile page once enough have rated; until then it reads 评价人数不足 (not enough ratings).',
          },
        ],
        callouts: [],
      },
    ],
  },
  {
    id: 'categories',
    stage: 'complete',
    order: 3,
    title: { zh: '服务类目与主营类目', en: 'Service categories and the main category' },
    summary: {
      zh: '服务类目上限看后台显示（常见为 5 个），每月可添加 5 次，状态要"已通过"；部分类目要资质。2022 年 6 月起，提审前还必须设置主营类目。',
      en: 'The console shows your own category limit (often 5); 5 additions a month, each approved (已通过); some categories need qualifications. Since June 2022 a main category must also be set before review.',
    },
    sources: ['seed-000', 'off-category'],
    console: { target: '/console/basic/index', label: { zh: '去设置服务类目', en: 'Set the service categories' } },
    sections: [
      {
        id: 'categories.limits',
        title: { zh: '类目的数量和状态', en: 'How many categories, and their status' },
        factIds: ['B-07'],
        paragraphs: [
          {
            zh: '服务类目说明小程序提供什么服务，例如"教育服务 > 在线教育"。能加几个以后台显示的上限为准（很多帐号是 5 个），每个月可以添加 5 次。',
            en: 'Service categories say what the mini program offers, for example Education services > Online education (教育服务 > 在线教育). How many you may have is the limit your console shows (often 5); you can add 5 times a month.',
          },
          {
            zh: '添加后要等审核，类目的状态变成"已通过"才算数。',
            en: 'Each addition is reviewed; a category only counts once its status reads 已通过 (approved).',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['B-07'],
            text: {
              zh: '类目：上限看后台（常见 5 个），每月添加 5 次，状态须为"已通过"。',
              en: 'Categories: the limit your console shows (often 5), 5 additions a month, status must be approved.',
            },
          },
        ],
      },
      {
        id: 'categories.qualifications',
        title: { zh: '需要资质的类目', en: 'Categories that need qualifications' },
        factIds: ['B-12'],
        paragraphs: [
          {
            zh: '医疗、金融、新闻资讯、教育培训等类目，添加时要上传相应的资质证明（许可证等），审核通过后才能用。',
            en: 'Categories such as medical, finance, news and education or training need the matching qualification (a licence or permit) uploaded when you add them, and count only once approved.',
          },
          {
            zh: '个人主体能选的类目少得多：很多需要资质或涉及交易的类目只对企业等组织开放。',
            en: 'An individual can choose from a much narrower list: many categories that need qualifications or involve transactions are open only to organisations.',
          },
        ],
        callouts: [
          {
            kind: 'pitfall',
            factIds: ['B-12'],
            text: {
              zh: '先确认业务对应的类目个人能不能选、要不要资质，再决定用什么主体注册。',
              en: 'Check whether your business category is open to individuals and whether it needs a qualification before choosing the registered entity type.',
            },
          },
        ],
      },
      {
        id: 'categories.main',
        title: { zh: '主营类目', en: 'The main category' },
        factIds: ['B-07'],
        paragraphs: [
          {
            zh: '从 2022 年 6 月起，提交审核前必须从已通过的类目里选一个作为主营类目。主营类目一年可以修改 5 次。',
            en: 'Since June 2022 you must pick one approved category as the main category (主营类目) before submitting for review. The main category can be changed 5 times a year.',
          },
        ],
        callouts: [
          {
            kind: 'older',
            factIds: ['B-07'],
            text: {
              zh: '2022 年 6 月以前的教程没有"设置主营类目"这一步；照着它们做，提审时会被拦下。',
              en: 'Tutorials from before June 2022 have no "set the main category" step; follow them and submission for review will be blocked.',
            },
          },
        ],
      },
      {
        id: 'categories.before-review',
        title: { zh: '类目和提审的关系', en: 'Categories and review' },
        factIds: ['B-10', 'B-07'],
        paragraphs: [
          {
            zh: '提审之前，首页发布流程里的"小程序类目"一项应当显示"已完成"：至少有一个已通过的类目，并且设好了主营类目。',
            en: 'Before review, the Service categories (小程序类目) item in the home page flow should read Done (已完成): at least one approved category, with the main category set.',
          },
        ],
        callouts: [],
      },
    ],
  },
];
