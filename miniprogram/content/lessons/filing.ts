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
    sources: ['seed-003', 'off-filing-notice', 'off-icp-filing', 'off-verify-icp'],
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
            zh: '2023 年 9 月 1 日起，新注册的小程序必须先完成备案才能上架。',
            en: 'From 1 September 2023, a newly registered mini program must complete filing before it can go online.',
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
              zh: '没有备案，就不能上线。',
              en: 'No filing, no going online.',
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
        ],
      },
      {
        id: 'filing.steps',
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
            en: 'The filing form involves several people (for example the subject lead and the mini program lead). Different people must give different phone numbers; they cannot share one.',
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
      zh: '个人现在也能认证；企业认证每次 300 元，不通过不退。认证有效期一年，逾期会逐步失去发布、搜索、分享等能力。',
      en: 'Individuals can now be verified; an enterprise pays 300 RMB per application, not refunded on failure. Verification lasts a year, and lapsing gradually removes release, search, sharing and more.',
    },
    sources: ['seed-000', 'seed-003', 'off-verify-icp', 'sec-verify'],
    console: { target: '/console/verify/index', label: { zh: '去申请认证', en: 'Apply for verification' } },
    sections: [
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
            zh: '企业认证每次申请 300 元，审核不通过也不退款；政府和部分组织免费。',
            en: 'Enterprise verification costs 300 RMB per application and is not refunded if it fails; government and some organisations are free.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['V-06'],
            text: {
              zh: '企业：300 元/次，失败不退；政府及部分组织：免费；个人：约 30 元/年。',
              en: 'Enterprise: 300 RMB per application, no refund on failure; government and some organisations: free; individuals: about 30 RMB a year.',
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
            zh: '一旦逾期：不能发布新版本，也不能被搜索到；逾期满 30 天，不能分享；逾期满 60 天，不能新增用户，也不能使用支付。',
            en: 'Once it lapses: no new releases and no search; 30 days after lapsing, no sharing; 60 days after lapsing, no new users and no payment.',
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
