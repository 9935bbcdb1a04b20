import type { Lesson } from '../../core/content-model';

/** Stage 4: versions, review and release. */
export const RELEASE_LESSONS: readonly Lesson[] = [
  {
    id: 'versions',
    stage: 'release',
    order: 1,
    title: { zh: '版本管理', en: 'Versions' },
    summary: {
      zh: '版本管理里有四种版本：线上、审核、开发、体验。代码从开发者工具上传成开发版本，选一个设为体验版给体验成员试用。',
      en: 'Version management shows four versions: online, review, development and trial. Code uploaded from the developer tools becomes a development version; one can be made the trial version for testers.',
    },
    sources: ['seed-000', 'off-release'],
    console: { target: '/console/versions/index', label: { zh: '去版本管理', en: 'Open version management' } },
    sections: [
      {
        id: 'versions.four',
        title: { zh: '四种版本', en: 'Four kinds of version' },
        factIds: ['P-01'],
        paragraphs: [
          {
            zh: '"管理 → 版本管理"页面分区显示：线上版本（用户正在用的）、审核版本（提交审核中的）、开发版本（从工具上传的）和体验版（给体验成员试用的）。',
            en: 'Management → Version management (管理 → 版本管理) shows: the online version (线上版本, what users run), the review version (审核版本, under review), development versions (开发版本, uploaded from the tools) and the trial version (体验版, for testers).',
          },
        ],
        callouts: [],
      },
      {
        id: 'versions.upload',
        title: { zh: '上传开发版本', en: 'Uploading a development version' },
        factIds: ['P-02', 'D-09'],
        paragraphs: [
          {
            zh: '在开发者工具里点"上传"，填写版本号和项目备注，代码就成为一个开发版本。',
            en: 'Click upload in the developer tools and enter a version number and a project note; the code becomes a development version.',
          },
          {
            zh: '每位上传者只保留自己最新的一次上传：同一个人再次上传，会替换他之前的开发版本。',
            en: "Each uploader's latest upload is kept: when the same person uploads again, it replaces their previous development version.",
          },
        ],
        callouts: [],
      },
      {
        id: 'versions.trial',
        title: { zh: '体验版', en: 'The trial version' },
        factIds: ['P-03', 'M-03'],
        paragraphs: [
          {
            zh: '可以从开发版本中选一个设为体验版。体验版页面可以分享给体验成员，他们用微信扫码就能试用。',
            en: 'You can pick one development version as the trial version. Its page can be shared with testers, who scan with WeChat to try it.',
          },
        ],
        callouts: [
          {
            kind: 'tip',
            factIds: ['P-03', 'M-03'],
            text: {
              zh: '体验版只对管理员、体验成员，以及有体验权限的项目成员（开发者、数据分析者）开放。',
              en: 'The trial version is open only to the administrator, testers, and project members with trial access (developers, data analysts).',
            },
          },
        ],
      },
    ],
  },
  {
    id: 'review-release',
    stage: 'release',
    order: 2,
    title: { zh: '提交审核与发布', en: 'Submitting for review and publishing' },
    summary: {
      zh: '提审前要完成用户隐私保护指引。同一时间只能有一个版本在审核。审核通过后，必须手动点"发布"才会上线；发布可以全量或分阶段，还能回退一次。',
      en: 'Complete the user privacy guide before submitting. Only one version can be in review at a time. After it passes you must click 发布 (publish) yourself; release can be full or phased, and can be rolled back once.',
    },
    sources: [
      'seed-000',
      'seed-003',
      'sec-history',
      'off-release',
      'off-undo-audit',
      'off-rollback',
      'off-category',
      'off-filing-notice',
      'off-privacy',
      'sec-privacy-consent',
      'off-privacy-api',
      'sec-privacy-menu',
      'off-submit-audit',
      'off-gray-release',
    ],
    console: { target: '/console/versions/index', label: { zh: '去提交审核', en: 'Submit for review' } },
    sections: [
      {
        id: 'review-release.prereq',
        title: { zh: '提审前检查', en: 'Before you submit' },
        factIds: ['B-10', 'B-07', 'V-02', 'L-03'],
        paragraphs: [
          {
            zh: '提交审核前，对照首页的发布流程逐项检查：基本信息（名称、图标、介绍）已填写；至少一个服务类目已通过，并已设置主营类目；已上传开发版本。',
            en: 'Before submitting, check the home page flow item by item: basic info (name, icon, description) is filled in; at least one service category is approved and the main category is set; a development version is uploaded.',
          },
          {
            zh: '另外别忘了备案：可以先提交审核，但没有完成备案，审核通过也不能发布上线。',
            en: 'And remember filing: you may submit for review first, but without filing you cannot publish even after review passes.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['B-10', 'B-07'],
            text: {
              zh: '基本信息完整 + 类目已通过 + 主营类目已设置，才能提交审核。',
              en: 'Complete basic info + an approved category + a main category = ready to submit.',
            },
          },
        ],
      },
      {
        id: 'review-release.privacy',
        title: { zh: '用户隐私保护指引', en: 'The user privacy guide' },
        factIds: ['B-11'],
        paragraphs: [
          {
            zh: '只要小程序处理用户信息（头像昵称、位置、相册、手机号等），提交代码审核前就要在 设置 → 服务内容声明 → 用户隐私保护指引 里填好指引：勾选收集的每一项信息并写明用途，再填存储期限和开发者联系方式（邮箱、手机号、QQ 或微信号至少一种）。',
            en: 'If the mini program handles any user information (avatar and nickname, location, photo album, phone number …), complete the user privacy guide (用户隐私保护指引) under Settings → Service content declaration → User privacy guide (设置 → 服务内容声明 → 用户隐私保护指引) before submitting code for review: tick each kind of information collected and say what it is used for, then give the storage period and a developer contact (at least one of email, phone, QQ or WeChat ID).',
          },
          {
            zh: '指引要和代码里实际调用的隐私接口一致：代码用了指引里没写的接口，审核不通过。2023 年 9 月 15 日起，调用这些接口前还要先让用户同意隐私指引。',
            en: 'The guide must match the privacy APIs the code really calls: an API the guide does not declare fails the review. Since 15 September 2023 the user must also agree to the guide before those APIs are called.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['B-11'],
            text: {
              zh: '先填隐私指引，再提交审核；指引与代码用到的接口要一一对应。',
              en: 'Privacy guide first, then submit for review; the guide and the APIs the code uses must match one to one.',
            },
          },
          {
            kind: 'older',
            factIds: ['B-11'],
            text: {
              zh: '2021 年 11 月以前的教程没有这一步；2021 年的官方公告把入口写作“设置 → 功能设置 → 用户隐私保护指引”，现在的菜单是“设置 → 服务内容声明”。',
              en: 'Tutorials from before November 2021 have no such step; the 2021 notice placed it under Settings → Feature settings → User privacy guide (设置 → 功能设置 → 用户隐私保护指引); today the menu says Settings → Service content declaration (设置 → 服务内容声明).',
            },
          },
        ],
      },
      {
        id: 'review-release.submit',
        title: { zh: '提交审核', en: 'Submitting for review' },
        factIds: ['P-04'],
        paragraphs: [
          {
            zh: '在开发版本上点"提交审核"。同一时间只能有一个审核版本：审核中时不能再提交，要换版本必须先撤回；审核结果出来后（通过或驳回），再提交的新版本会替换原来的审核版本。',
            en: 'Click Submit for review (提交审核) on a development version. Only one version can be in review: while it is in review you cannot submit another, and to switch versions you must withdraw it first; once a result is back (passed or rejected), a new submission replaces the old review version.',
          },
          {
            zh: '撤回每天最多 5 次、每月最多 10 次（每天的额度从 0 点开始算）。审核一般需要 1–7 天（二手资料），部分类目还要多 7 天。',
            en: 'You can withdraw at most 5 times a day and 10 times a month (the daily quota restarts at midnight). Review usually takes about 1–7 days (secondary sources); some categories add 7 days.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['P-04'],
            text: {
              zh: '审核中 → 先撤回才能换版本（每天 5 次、每月 10 次）；有结果后 → 新提交替换旧的审核版本。',
              en: 'In review → withdraw first to switch versions (5 a day, 10 a month); result back → a new submission replaces the old review version.',
            },
          },
          {
            kind: 'older',
            factIds: ['P-04'],
            text: {
              zh: '有的教程说"重新提交会直接替换正在审核的版本"；审核中再提交会被拒绝（已经有正在审核的版本），必须先撤回。',
              en: 'Some tutorials say "submitting again replaces the version under review"; while one is in review a new submission is refused (a version is already in review), so withdraw first.',
            },
          },
        ],
      },
      {
        id: 'review-release.publish',
        mission: 'approved-not-published',
        title: { zh: '审核通过后要点"发布"', en: 'After review passes, click Publish (发布)' },
        factIds: ['P-05'],
        paragraphs: [
          {
            zh: '审核通过并不等于上线。审核版本通过后，必须由你点击"发布"，代码才会生效、用户才能用到新版本。',
            en: 'Passing review is not the same as going live. Once the review version passes, you must click 发布 (publish) for the code to take effect and reach users.',
          },
        ],
        callouts: [
          {
            kind: 'pitfall',
            factIds: ['P-05'],
            text: {
              zh: '常见失误：收到"审核通过"就以为上线了，其实还差一步"发布"。',
              en: 'A common slip: assuming "review passed" means live. There is one more step: Publish (发布).',
            },
          },
        ],
      },
      {
        id: 'review-release.phased',
        mission: 'phased-release',
        title: { zh: '全量、分阶段与回退', en: 'Full release, phased release and rollback' },
        factIds: ['P-06'],
        paragraphs: [
          {
            zh: '发布会用新版本替换当前的线上版本。可以一次全量发布，也可以分阶段（灰度）发布，先让一部分用户用上；但分阶段发布需要已有线上版本，第一次发布只能全量。',
            en: 'Publishing replaces the current online version. You can release to everyone at once, or in phases (灰度) so that some users get it first; a phased release needs an existing online version, so the first release is always full.',
          },
          {
            zh: '新版本有问题时，可以回退到上一个线上版本，但只能回退一次，而且分阶段发布进行中不能回退。',
            en: 'If the new version has problems, you can roll back to the previous online version, but only once, and not while a phased release is running.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['P-06'],
            text: {
              zh: '没有线上版本不能灰度；回退只能一次，灰度中不能回退。',
              en: 'No online version, no phased release; one rollback only, and none during a phased release.',
            },
          },
        ],
      },
      {
        id: 'review-release.history',
        title: { zh: '一段历史：公测期不能发布', en: 'A piece of history: no publishing during the beta' },
        factIds: ['P-07'],
        paragraphs: [
          {
            zh: '小程序 2016 年 11 月 3 日开始公测，2017 年 1 月 9 日正式上线。公测期间审核通过也不能发布。这只是历史，今天不再适用。',
            en: 'The public beta opened on 3 November 2016 and mini programs launched on 9 January 2017. During the beta, mini programs could not be published even after review. That is history and no longer applies.',
          },
        ],
        callouts: [
          {
            kind: 'older',
            factIds: ['P-07'],
            text: {
              zh: '旧教程里的"公测期间不能发布"指的是 2016 年 11 月到 2017 年 1 月的公测；现在审核通过、点"发布"即可上线。',
              en: 'The "cannot publish during the public beta" line in older tutorials refers to the beta of November 2016 to January 2017; today, once review passes, clicking Publish (发布) puts it live.',
            },
          },
        ],
      },
    ],
  },
];
