import type { Lesson } from '../../core/content-model';

/** Stage 1 opening lessons: what a mini program is, the access flow and the test account. */
export const INTRO_LESSONS: readonly Lesson[] = [
  {
    id: 'intro-what',
    stage: 'register',
    order: 1,
    title: { zh: '什么是小程序', en: 'What a mini program is' },
    summary: {
      zh: '小程序是运行在微信里的轻量应用：不用下载安装，扫码或搜索就能打开。开发之前，先要有一个公众平台帐号。',
      en: 'A mini program is a lightweight app that runs inside WeChat: nothing to download or install, just scan or search. Before developing one you need a platform account.',
    },
    sources: ['seed-003'],
    console: { target: '/console/register/index', label: { zh: '看看注册页', en: 'See the sign-up page' } },
    sections: [
      {
        id: 'intro-what.definition',
        title: { zh: '一句话定义', en: 'In one sentence' },
        factIds: ['C-01'],
        paragraphs: [
          {
            zh: '小程序是一种运行在微信内部的轻量级应用。',
            en: 'A mini program is a small, light app that lives inside WeChat.',
          },
          {
            zh: '用户不必去应用商店下载、也不用安装：扫一扫小程序码，或在微信里搜一下名字，就能直接打开使用。',
            en: 'Users do not visit an app store or install anything: they scan the mini program code, or search for its name in WeChat, and it opens.',
          },
        ],
        callouts: [],
      },
      {
        id: 'intro-what.traits',
        title: { zh: '四个特点', en: 'Four traits' },
        factIds: ['C-02'],
        paragraphs: [
          {
            zh: '人们常用四个词概括小程序：无须安装、用完即走、无须卸载、触手可及。',
            en: 'Four phrases sum mini programs up: no install, use and go, no uninstall, and within reach.',
          },
          {
            zh: '"用完即走"是说用户办完事关掉就行，不必担心手机里装了太多应用；"触手可及"是说需要时随手就能打开。',
            en: '"Use and go" means users simply close it when done, without worrying about filling their phone with apps; "within reach" means it is there whenever they need it.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['C-02'],
            text: {
              zh: '四个特点：① 无须安装 ② 用完即走 ③ 无须卸载 ④ 触手可及。',
              en: 'The four traits: ① no install ② use and go ③ no uninstall ④ within reach.',
            },
          },
        ],
      },
      {
        id: 'intro-what.app-vs-mini',
        title: { zh: '和 App 有什么不同', en: 'How it differs from an app' },
        factIds: ['C-03'],
        paragraphs: [
          {
            zh: 'App 的一生：下载 → 安装 → 使用 → 不想要了再卸载。资料里用《王者荣耀》举例。',
            en: "An app's life: download → install → use → uninstall when you no longer want it. The source uses Honor of Kings as the example.",
          },
          {
            zh: '小程序的一生：扫码或搜索 → 直接使用 → 关掉。资料里用《羊了个羊》举例。',
            en: "A mini program's life: scan or search → use it straight away → close it. The source uses Sheep a Sheep as the example.",
          },
        ],
        callouts: [],
      },
      {
        id: 'intro-what.account',
        title: { zh: '开发之前先注册帐号', en: 'Register an account before developing' },
        factIds: ['C-04'],
        paragraphs: [
          {
            zh: '和做网站一样，开发小程序之前，要先到微信公众平台（mp.weixin.qq.com）注册一个小程序帐号。',
            en: 'Just as with a website, before developing a mini program you register a mini program account on the WeChat Official Accounts Platform (mp.weixin.qq.com).',
          },
          {
            zh: '有了帐号，才能在后台设置开发信息、添加开发成员、查看小程序的运营数据。',
            en: 'The account is where you set development info, add team members and see the operating data.',
          },
        ],
        callouts: [
          {
            kind: 'tip',
            factIds: ['C-04'],
            text: {
              zh: '本课程的"实操"是对后台的模拟：练习时不会连到真实的公众平台，也不需要你的真实信息。',
              en: 'The "lab" in this course simulates the admin console: it never connects to the real platform and never needs your real details.',
            },
          },
        ],
      },
    ],
  },
  {
    id: 'intro-flow',
    stage: 'register',
    order: 2,
    title: { zh: '接入流程与测试号', en: 'The access flow and the test account' },
    summary: {
      zh: '从注册到上线共四步：注册、完善信息、开发、提审发布。只想先试试开发，可以申请测试号。',
      en: 'Four steps from sign-up to launch: register, complete the info, develop, submit for review and publish. To just try development, request a test account.',
    },
    sources: ['seed-000', 'seed-002', 'off-intro', 'off-sandbox'],
    console: { target: '/console/register/index', label: { zh: '从第 1 步开始', en: 'Start with step 1' } },
    sections: [
      {
        id: 'intro-flow.four-steps',
        title: { zh: '接入流程四步走', en: 'The four steps of the access flow' },
        factIds: ['C-05', 'P-07'],
        paragraphs: [
          {
            zh: '官方把接入流程分为四步：① 注册 → ② 小程序信息完善 → ③ 开发小程序 → ④ 提交审核和发布。',
            en: 'The official access flow has four steps: ① register → ② complete the mini program info → ③ develop the mini program → ④ submit for review and publish.',
          },
          {
            zh: '注册完成后，完善信息和开发可以同时进行；代码写好后提交给微信审核，审核通过再发布。',
            en: 'Once registered, you can complete the info and develop in parallel; when the code is ready you submit it for review, and publish after it passes.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['C-05'],
            text: {
              zh: '顺序：注册 → 小程序信息完善 → 开发小程序 → 提交审核和发布。',
              en: 'Order: register → complete the info → develop → submit for review and publish.',
            },
          },
          {
            kind: 'older',
            factIds: ['P-07'],
            text: {
              zh: '旧教程写着"公测期间不能发布"：那是 2016 年 11 月 3 日到 2017 年 1 月 9 日正式上线之间的公测。现在审核通过后就可以发布。',
              en: 'Older tutorials say "cannot publish during the public beta": that was the beta between 3 November 2016 and the launch on 9 January 2017. Today you can publish once the review passes.',
            },
          },
        ],
      },
      {
        id: 'intro-flow.two-parts',
        title: { zh: '注册其实分两部分', en: 'Registration has two parts' },
        factIds: ['C-06'],
        paragraphs: [
          {
            zh: '第一部分是创建公众平台帐号，在帐号类型里选"小程序"；第二部分是在这个帐号上登记小程序的主体信息。',
            en: 'First you create the platform account, choosing the account type "小程序" (mini program); then you register the mini program\'s details on that account.',
          },
        ],
        callouts: [],
      },
      {
        id: 'intro-flow.test-account',
        title: { zh: '测试号：免注册先体验', en: 'The test account: try it without registering' },
        factIds: ['C-07'],
        paragraphs: [
          {
            zh: '注册页上有"创建测试号"的入口：不用注册，用微信扫码就能拿到一个测试号。',
            en: 'The sign-up page offers "create a test account": no registration, just scan with WeChat to get one.',
          },
          {
            zh: '测试号有真实可用的测试 AppID，可以在开发者工具里建项目、在手机上预览，但它不能提交审核，也不能发布上线。',
            en: 'A test account has a real test AppID you can use to create a project in the developer tools and preview on a phone, but it cannot be submitted for review or published.',
          },
        ],
        callouts: [
          {
            kind: 'tip',
            factIds: ['C-07'],
            text: {
              zh: '想先学开发、还没准备好注册材料时，用测试号最快；要正式上线，仍需注册正式帐号。',
              en: 'To learn development before your registration details are ready, a test account is fastest; to go live you still need a real account.',
            },
          },
        ],
      },
    ],
  },
];
