import type { Lesson } from '../../core/content-model';

/** Stage 2, continued: ICP filing (小程序备案) and WeChat verification (微信认证). */
export const FILING_LESSONS: readonly Lesson[] = [
  {
    id: 'filing',
    stage: 'complete',
    order: 4,
    title: { zh: '小程序备案', en: 'Mini program filing (ICP)' },
    summary: {
      zh: '从 2023 年 9 月起，新小程序必须先备案才能上线。备案要经过平台初审、工信部短信核验和省管局审核。',
      en: 'Since September 2023 a new mini program must be filed before it can go online. Filing passes a platform review, an MIIT SMS check and a provincial review.',
    },
    sources: ['seed-003', 'off-filing-notice', 'off-icp-filing', 'off-verify-icp', 'sec-filing-guide'],
    console: { target: '/console/filing/index', label: { zh: '去办理备案', en: 'Start filing' } },
    sections: [
      {
        id: 'filing.why',
        title: { zh: '注册后还有两件事', en: 'Two more tasks after registering' },
        factIds: ['V-01'],
        paragraphs: [
          {
            zh: '注册并补好基本信息后，小程序还需要办两件事：小程序备案（ICP 备案）和微信认证。',
            en: 'After registering and filling in the basic info, a mini program also needs two things: filing (小程序备案, ICP filing) and WeChat verification (微信认证).',
          },
        ],
        callouts: [],
      },
      {
        id: 'filing.deadline',
        title: { zh: '备案的时间线', en: 'The filing timeline' },
        factIds: ['V-02'],
        paragraphs: [
          {
            zh: '官方通知原文：2023 年 9 月 1 日起，未上架的小程序须完成备案后才可上架。上架就是发布上线：可以先提交审核，但备案完成前不能发布。',
            en: 'The official notice: from 1 September 2023, a mini program that is not yet online must complete filing before it can go online (上架). Going online means publishing: you may submit for review, but you cannot publish until filing is done.',
          },
          {
            zh: '已经上架的小程序，要在 2024 年 3 月 31 日前补办备案；从 2024 年 4 月 1 日起，未备案的会被清理下架。',
            en: 'Mini programs already online had to file by 31 March 2024; from 1 April 2024 unfiled ones were taken down.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['V-02'],
            text: {
              zh: '没有备案，就不能发布上线；模拟后台在点"发布"时检查备案。',
              en: 'No filing, no publishing; the simulated console checks filing when you click 发布 (publish).',
            },
          },
          {
            kind: 'older',
            factIds: ['V-02'],
            text: {
              zh: '2023 年 9 月以前的教程（包括本课程用到的 2020–2023 年图文）根本不提备案；照着做，会卡在上线之前。',
              en: 'Tutorials from before September 2023 (including the 2020–2023 walkthroughs this course draws on) never mention filing; follow them and you will be stuck before going online.',
            },
          },
          {
            kind: 'older',
            factIds: ['V-02'],
            text: {
              zh: '有的教程说"没备案连审核都提交不了"。官方通知说的是"上架"，所以本课程按"备案完成前不能发布"来教。',
              en: 'Some tutorials say you cannot even submit for review without filing. The official notice speaks of going online, so this course teaches "no publishing before filing is done".',
            },
          },
        ],
      },
      {
        id: 'filing.steps',
        mission: 'filing',
        title: { zh: '备案五步', en: 'Filing in five steps' },
        factIds: ['V-03'],
        paragraphs: [
          {
            zh: '① 在后台填写备案信息 → ② 平台初审（1–2 个工作日）→ ③ 工信部短信核验 → ④ 省通信管理局审核（1–20 个工作日）→ ⑤ 备案完成。',
            en: '① Fill in the filing form in the console → ② platform first review (1–2 working days) → ③ MIIT SMS verification → ④ provincial communications authority review (1–20 working days) → ⑤ done.',
          },
        ],
        callouts: [
          {
            kind: 'tip',
            factIds: ['V-03'],
            text: {
              zh: '管局审核最长要 20 个工作日，计划上线时间时要把它算进去。',
              en: 'The provincial review can take up to 20 working days: allow for it when planning a launch date.',
            },
          },
        ],
      },
      {
        id: 'filing.phones',
        title: { zh: '每个人用自己的手机号', en: 'One phone number per person' },
        factIds: ['V-04'],
        paragraphs: [
          {
            zh: '备案表里会出现多位参与人（例如主体负责人和小程序负责人）。不同的人必须填写不同的手机号，不能共用一个号码。',
            en: 'The filing form involves several people (for example the registered entity lead and the mini program lead). Different people must give different phone numbers; they cannot share one.',
          },
        ],
        callouts: [
          {
            kind: 'pitfall',
            factIds: ['V-04'],
            text: {
              zh: '图省事把所有人都填成同一个手机号，备案会被驳回。',
              en: 'Putting the same phone number for everyone to save time gets the filing rejected.',
            },
          },
        ],
      },
      {
        id: 'filing.sms',
        title: { zh: '24 小时短信核验与应急联系人', en: 'The 24-hour SMS check and the emergency contact' },
        factIds: ['V-08'],
        paragraphs: [
          {
            zh: '平台初审通过后，工信部会给备案里的手机号发核验短信，要在 24 小时内按短信完成核验，超时就要重新提交。',
            en: 'After the platform review, MIIT sends a verification SMS to the phones in the filing; it must be completed within 24 hours, or the filing has to be submitted again.',
          },
          {
            zh: '备案还要填一位应急联系人，他不能是主体负责人本人。',
            en: 'The filing also needs an emergency contact, who must be a different person from the principal (主体负责人).',
          },
        ],
        callouts: [
          {
            kind: 'pitfall',
            factIds: ['V-08'],
            text: {
              zh: '提交备案后的 24 小时内留意短信；应急联系人填成负责人自己会被驳回。',
              en: 'Watch for the SMS within 24 hours of submitting; naming the principal as the emergency contact gets the filing rejected.',
            },
          },
        ],
      },
      {
        id: 'filing.together',
        title: { zh: '认证和备案一起办', en: 'Verification and filing together' },
        factIds: ['V-05'],
        paragraphs: [
          {
            zh: '微信认证和备案可以合并成一次申请：先审核认证，认证通过后，申请自动转入备案审核。',
            en: 'Verification and filing can go in as one application: verification is reviewed first, and once it passes the application flows on into filing.',
          },
        ],
        callouts: [],
      },
    ],
  },
  {
    id: 'verification',
    stage: 'complete',
    order: 5,
    title: { zh: '微信认证', en: 'WeChat verification' },
    summary: {
      zh: '发布不需要认证，但未认证的小程序不能被搜索、不能被分享。个人现在也能认证；企业认证每次 300 元，不通过不退。认证有效期一年，逾期会逐步失去搜索、分享等能力。',
      en: 'Publishing does not need verification, but an unverified mini program cannot be found by search or shared. Individuals can now be verified; an enterprise pays 300 RMB per application, not refunded on failure. Verification lasts a year, and lapsing gradually removes search, sharing and more.',
    },
    sources: ['seed-000', 'seed-003', 'off-verify-icp', 'sec-verify', 'sec-unverified'],
    console: { target: '/console/verify/index', label: { zh: '去申请认证', en: 'Apply for verification' } },
    sections: [
      {
        id: 'verification.unverified',
        title: { zh: '不认证会怎样', en: 'What happens without verification' },
        factIds: ['V-09'],
        paragraphs: [
          {
            zh: '2023 年 12 月 25 日起，新注册的小程序默认是"未认证"状态。',
            en: 'Since 25 December 2023 a newly registered mini program starts out unverified.',
          },
          {
            zh: '不认证也可以提交审核和发布，但用户在微信里搜不到它，也不能把它分享给朋友，只能扫码打开。',
            en: 'You can still submit for review and publish without verification, but users cannot find it by searching in WeChat and cannot share it with friends: it opens only from its code.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['V-09'],
            text: {
              zh: '未认证 = 能发布，但搜不到、不能分享。',
              en: 'Unverified = can publish, but cannot be found by search or shared.',
            },
          },
        ],
      },
      {
        id: 'verification.who-fee',
        title: { zh: '谁能认证，要多少钱', en: 'Who can be verified, and the fee' },
        factIds: ['V-06'],
        paragraphs: [
          {
            zh: '个人主体现在可以申请微信认证，二手资料显示费用约为每年 30 元。',
            en: 'Individual accounts can now apply for WeChat verification; secondary sources put the fee at about 30 RMB a year.',
          },
          {
            zh: '企业认证每次申请 300 元，审核不通过也不退款；个体工商户约 30 元；政府和部分组织免费。',
            en: 'Enterprise verification costs 300 RMB per application and is not refunded if it fails; an individual business (个体工商户) pays about 30 RMB; government and some organisations are free.',
          },
          {
            zh: '2023 年 9 月 25 日起，已认证的公众号不能再把认证免费复用给小程序，小程序要单独申请并付费。',
            en: 'Since 25 September 2023 a verified official account can no longer pass its verification to a mini program for free: the mini program applies and pays on its own.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['V-06'],
            text: {
              zh: '企业：300 元/次，失败不退；个体工商户和个人：约 30 元/年；政府及部分组织：免费。',
              en: 'Enterprise: 300 RMB per application, no refund on failure; individual businesses and individuals: about 30 RMB a year; government and some organisations: free.',
            },
          },
          {
            kind: 'older',
            factIds: ['V-06'],
            text: {
              zh: '旧后台截图的"微信认证"一栏写着"个人号无法认证"。这是旧情况，现在个人也能认证。',
              en: 'Older console screenshots show "个人号无法认证" (individual accounts cannot be verified) next to WeChat verification. That has changed: individuals can now be verified.',
            },
          },
          {
            kind: 'older',
            factIds: ['V-06'],
            text: {
              zh: '2023 年 9 月以前的教程说"公众号认证过，小程序可以免费复用认证"；这条路已经关闭。',
              en: 'Tutorials from before September 2023 say a verified official account lets the mini program reuse its verification for free; that route is closed.',
            },
          },
        ],
      },
      {
        id: 'verification.annual',
        title: { zh: '有效期与年审', en: 'Validity and annual review' },
        factIds: ['V-07'],
        paragraphs: [
          {
            zh: '认证有效期为一年，需要每年年审。到期前 3 个月、2 个月、1 个月和 7 天，平台会提醒你。',
            en: 'Verification is valid for one year and must be renewed by annual review. The platform reminds you 3 months, 2 months, 1 month and 7 days before it expires.',
          },
          {
            zh: '一旦逾期：影响新版本发布和被搜索；逾期满 30 天，不能被分享；逾期满 60 天，不能新增用户，也不能使用支付。年审在到期前 3 个月开放。',
            en: 'Once it lapses: new releases and search are affected; 30 days after lapsing, no sharing; 60 days after lapsing, no new users and no payment. The annual review opens 3 months before expiry.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['V-07'],
            text: {
              zh: '逾期 → 停发布、停搜索；+30 天 → 停分享；+60 天 → 停新增用户、停支付。',
              en: 'Overdue → no release, no search; +30 days → no sharing; +60 days → no new users, no payment.',
            },
          },
        ],
      },
      {
        id: 'verification.individual',
        title: { zh: '个人认证后仍有的限制', en: 'What individuals still cannot do' },
        factIds: ['I-03'],
        paragraphs: [
          {
            zh: '个人小程序即使完成认证，仍然不能开通微信支付、不能使用手机号快速验证组件，也不能配置业务域名。需要这些能力，就不能用个人主体注册。',
            en: 'Even once verified, an individual mini program cannot use WeChat Pay, the phone-number component or business domains. If you need those, do not register as an individual.',
          },
        ],
        callouts: [
          {
            kind: 'older',
            factIds: ['I-03'],
            text: {
              zh: '旧教程把"个人不能认证"和"个人不能支付"放在一起说；现在前一条已经改了，后一条仍然有效。',
              en: 'Older tutorials group "individuals cannot be verified" with "individuals cannot take payment"; the first has changed, the second still holds.',
            },
          },
        ],
      },
    ],
  },
];
