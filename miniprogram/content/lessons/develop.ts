import type { Lesson } from '../../core/content-model';

/** Stage 3: the developer ID (AppID + AppSecret) and the development settings. */
export const DEVELOP_LESSONS: readonly Lesson[] = [
  {
    id: 'appid-secret',
    stage: 'develop',
    order: 1,
    title: { zh: 'AppID 与 AppSecret', en: 'AppID and AppSecret' },
    summary: {
      zh: '开发者 ID = AppID + AppSecret。AppID 是小程序的身份证；AppSecret 是所有权凭证，只显示一次，丢了只能重置。',
      en: 'Developer ID = AppID + AppSecret. The AppID is the identity; the AppSecret proves ownership, is shown only once, and if lost can only be reset.',
    },
    sources: ['seed-000', 'seed-002', 'seed-003', 'off-server-api', 'off-login', 'off-console-menu'],
    console: { target: '/console/dev/index', label: { zh: '去开发设置', en: 'Open development settings' } },
    sections: [
      {
        id: 'appid-secret.developer-id',
        title: { zh: '开发者 ID 由两部分组成', en: 'A developer ID has two parts' },
        factIds: ['D-01'],
        paragraphs: [
          {
            zh: '符合条件的开发者注册后，会得到一组开发者 ID：小程序 ID（AppID）加上小程序密钥（AppSecret），两者合起来才完整。',
            en: 'A registered developer receives a developer ID: the mini program ID (AppID) plus the mini program key (AppSecret). It is only complete with both.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['D-01'],
            text: { zh: '开发者 ID = AppID + AppSecret。', en: 'Developer ID = AppID + AppSecret.' },
          },
        ],
      },
      {
        id: 'appid-secret.appid',
        title: { zh: 'AppID：小程序的唯一身份', en: "AppID: the mini program's unique identity" },
        factIds: ['D-02'],
        paragraphs: [
          {
            zh: 'AppID 是小程序在整个微信帐号体系里的唯一身份凭证。新建小程序项目、真机调试、发布小程序，都离不开它。',
            en: "The AppID is the mini program's unique identity across the whole WeChat account system. Creating a project, debugging on a real phone and publishing all need it.",
          },
          {
            zh: '在哪里看：管理 → 开发管理 → 开发设置。',
            en: 'Where to find it: Management → Development management → Development settings (管理 → 开发管理 → 开发设置).',
          },
        ],
        callouts: [
          {
            kind: 'older',
            factIds: ['D-02'],
            text: {
              zh: '旧教程让你到"设置 → 基本设置"或"设置 → 开发设置"里找 AppID；现在的后台在"管理 → 开发管理 → 开发设置"。',
              en: 'Older tutorials send you to Settings → Basic settings (设置 → 基本设置) or Settings → Development settings (设置 → 开发设置) for the AppID; the current console has it under Management → Development management → Development settings (管理 → 开发管理 → 开发设置).',
            },
          },
        ],
      },
      {
        id: 'appid-secret.secret',
        title: { zh: 'AppSecret：所有权凭证', en: 'AppSecret: proof of ownership' },
        factIds: ['D-03'],
        paragraphs: [
          {
            zh: 'AppSecret 证明你拥有这个小程序。服务器用它换取用户登录会话（code2Session），以及调用其他接口所需的 access_token（例如发送订阅消息）。',
            en: 'The AppSecret proves you own the mini program. Your server uses it to get login sessions (code2Session) and the access token that other APIs need (for example to send subscription messages).',
          },
        ],
        callouts: [
          {
            kind: 'pitfall',
            factIds: ['D-03'],
            text: {
              zh: '微信支付不是用 AppSecret 签名的，而是用商户平台的商户密钥（API 密钥）。',
              en: 'WeChat Pay is not signed with the AppSecret but with the merchant key from the merchant platform.',
            },
          },
        ],
      },
      {
        id: 'appid-secret.generate',
        mission: 'secret-reset',
        title: { zh: '生成、保存、重置', en: 'Generate, store, reset' },
        factIds: ['D-04'],
        paragraphs: [
          {
            zh: 'AppSecret 要点"生成"才会出现，而且只显示这一次。平台不会明文保存它，所以生成后要立刻妥善保存。',
            en: 'The AppSecret appears only after you click 生成 (generate), and is shown only that once. The platform does not keep it in plain text, so store it safely straight away.',
          },
          {
            zh: '丢了就只能"重置"。重置后旧密钥立即失效，用旧密钥的服务器会马上出错。项目开发者需要时，由你把 AppSecret 分享给他们。',
            en: 'If it is lost, the only way is to reset it. A reset invalidates the old secret at once, so servers using it fail immediately. Project developers get the AppSecret by you sharing it with them.',
          },
        ],
        callouts: [
          {
            kind: 'pitfall',
            factIds: ['D-04'],
            text: {
              zh: 'AppSecret 只显示一次：关掉弹窗之前先存好。要是上线后才丢，重置会让线上服务立刻失效。',
              en: 'The AppSecret is shown once: store it before closing the dialog. Losing it after launch means a reset that breaks live services at once.',
            },
          },
          {
            kind: 'older',
            factIds: ['D-04'],
            text: {
              zh: '2022 年的一篇小游戏指引说重置后"新旧密钥有几分钟过渡期"。本课程按现行说法：重置后旧密钥立即失效。',
              en: 'A 2022 mini-game guide says old and new secrets overlap "for a few minutes" after a reset. This course follows the current rule: the old secret stops working at once.',
            },
          },
        ],
      },
      {
        id: 'appid-secret.freeze',
        mission: 'freeze-secret',
        title: { zh: '冻结与解冻', en: 'Freezing and unfreezing' },
        factIds: ['D-05'],
        paragraphs: [
          {
            zh: '暂时用不到 AppSecret 时，可以把它冻结，需要时再解冻；冻结和解冻都要约 10 分钟才生效。',
            en: 'If you do not need the AppSecret for a while you can freeze it, and unfreeze it later; either change takes about 10 minutes to apply.',
          },
          {
            zh: '冻结期间，用它换取接口调用凭证会返回错误码 40243。',
            en: 'While frozen, using it to get an access token returns error 40243.',
          },
        ],
        callouts: [
          {
            kind: 'tip',
            factIds: ['D-05'],
            text: {
              zh: '看到 40243，先去开发设置看看 AppSecret 是不是被冻结了。',
              en: 'Seeing 40243? Check in development settings whether the AppSecret is frozen.',
            },
          },
        ],
      },
    ],
  },
  {
    id: 'dev-settings',
    stage: 'develop',
    order: 2,
    title: {
      zh: '开发设置：白名单、服务器域名与上传密钥',
      en: 'Development settings: whitelist, server domains and upload key',
    },
    summary: {
      zh: '开启 IP 白名单后，只有名单里的 IP 能用 AppSecret 调接口；服务器域名只能是备案过的 https/wss 域名；代码上传密钥丢了只能重置。',
      en: 'With the IP whitelist on, only listed IPs may call APIs with the AppSecret; server domains must be filed https/wss domains; a lost upload key can only be reset.',
    },
    sources: ['seed-000', 'off-server-api', 'off-ip-whitelist', 'off-domain', 'off-ci', 'off-phone-number'],
    console: { target: '/console/dev/index', label: { zh: '去配置开发设置', en: 'Configure development settings' } },
    sections: [
      {
        id: 'dev-settings.whitelist',
        mission: 'ip-whitelist',
        title: { zh: 'API IP 白名单', en: 'API IP whitelist' },
        factIds: ['D-06'],
        paragraphs: [
          {
            zh: 'API IP 白名单在 管理 → 开发管理 → 开发设置 → 开发者 ID 里。开启后，只有名单里的 IP 才能调用用 AppSecret 的接口（如获取 access_token），别处拿到密钥也用不了；其他 IP 调用会收到错误 40164。没开启时不做限制。',
            en: 'The API IP whitelist is under Management → Development management → Development settings → Developer ID (管理 → 开发管理 → 开发设置 → 开发者 ID). When switched on, only IPs on it can call APIs that use the AppSecret (such as getting an access token), so a leaked secret is useless elsewhere; other IPs get error 40164. When it is off, nothing is restricted.',
          },
          {
            zh: '最多填 10 条；可以填单个 IP，也可以填 IP 段，如 172.0.0.* 或 172.0.0.1/24；不能写成"IP:端口"。',
            en: 'It holds at most 10 entries: single IPs or ranges such as 172.0.0.* or 172.0.0.1/24; "IP:port" is not accepted.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['D-06'],
            text: {
              zh: '开启才限制 · 最多 10 条 · 支持 IP 段 · 不在名单里报 40164。',
              en: 'Restricts only when on · at most 10 entries · ranges allowed · outside the list: error 40164.',
            },
          },
          {
            kind: 'older',
            factIds: ['D-06'],
            text: {
              zh: '旧资料说"不配置白名单就调不了接口"；那是对开启了白名单的帐号而言，名单为空且未开启时并不拦截。',
              en: 'Older material says "no whitelist, no API calls"; that applies to accounts with the whitelist switched on; with it off, calls are not blocked.',
            },
          },
        ],
      },
      {
        id: 'dev-settings.domains',
        title: { zh: '服务器域名', en: 'Server domains' },
        factIds: ['D-07'],
        paragraphs: [
          {
            zh: '小程序只能和配置过的服务器域名通信。request 合法域名必须以 https:// 开头，socket 合法域名必须以 wss:// 开头。',
            en: 'A mini program may only talk to configured server domains. Request domains must start with https://, socket domains with wss://.',
          },
          {
            zh: '域名必须经过 ICP 备案；不能填 IP 地址，也不能填 localhost；可以带端口；api.weixin.qq.com 不能配置为服务器域名。',
            en: 'Domains must be ICP-filed; no IP addresses and no localhost; a port is allowed; api.weixin.qq.com cannot be configured.',
          },
          {
            zh: '每类域名最多配置 200 个，每月最多提交 50 次修改。',
            en: 'Each type holds up to 200 domains, and you can submit changes 50 times a month.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['D-07'],
            text: {
              zh: 'https/wss · 已备案 · 非 IP、非 localhost · 可带端口 · 禁用 api.weixin.qq.com · 每类 200 个 · 每月改 50 次。',
              en: 'https/wss · ICP-filed · no IP, no localhost · port allowed · no api.weixin.qq.com · 200 per type · 50 changes a month.',
            },
          },
          {
            kind: 'older',
            factIds: ['D-07'],
            text: {
              zh: '旧的课程笔记写着"每月只能修改 5 次"。现在是每月 50 次。',
              en: 'Older course notes say "5 changes a month". It is now 50 a month.',
            },
          },
        ],
      },
      {
        id: 'dev-settings.upload-key',
        title: { zh: '代码上传密钥', en: 'Code upload key' },
        factIds: ['D-08'],
        paragraphs: [
          {
            zh: '用 miniprogram-ci 在命令行或流水线里预览、上传代码，需要"代码上传密钥"。它同样不明文保存，丢了只能重置。',
            en: 'Previewing or uploading code with miniprogram-ci (from a command line or a pipeline) needs the code upload key. It is not kept in plain text either: lose it and you must reset it.',
          },
          {
            zh: '上传密钥也可以配 IP 白名单。这是可选的，但建议打开。',
            en: 'The upload key can also have an IP whitelist. It is optional but recommended.',
          },
        ],
        callouts: [],
      },
      {
        id: 'dev-settings.phone',
        title: { zh: '手机号快速验证组件', en: 'The phone-number component' },
        factIds: ['D-10'],
        paragraphs: [
          {
            zh: '想让用户一键授权手机号，要用"手机号快速验证组件"。它只对完成微信认证的非个人主体开放。',
            en: 'To let users share their phone number in one tap you use the phone-number quick verification component. It is open only to verified non-individual registered entities.',
          },
          {
            zh: '2023 年 8 月 28 日起它按次收费：每次成功调用 0.03 元，每个小程序有 1000 次体验额度。',
            en: 'Since 28 August 2023 it is charged per successful call: 0.03 RMB each, with 1000 trial calls per mini program.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['D-10'],
            text: {
              zh: '手机号组件 = 已认证的组织 + 按次付费。',
              en: 'Phone-number component = a verified organisation + a fee per call.',
            },
          },
        ],
      },
      {
        id: 'dev-settings.tools',
        title: { zh: '开发者工具', en: 'The developer tools' },
        factIds: ['D-09'],
        paragraphs: [
          {
            zh: '写代码的顺序：下载微信开发者工具 → 把开发者绑定到小程序 → 在工具里用 AppID 开发，并从工具上传代码。',
            en: 'To write code: download the WeChat developer tools → bind developers to the mini program → develop with the AppID in the tools and upload code from them.',
          },
        ],
        callouts: [],
      },
    ],
  },
];
