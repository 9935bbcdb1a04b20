import type { Lesson } from '../../core/content-model';

/** Registration steps ① 帐号信息 and ② 邮箱激活. */
export const REGISTER_LESSONS: readonly Lesson[] = [
  {
    id: 'register-account',
    stage: 'register',
    order: 3,
    title: { zh: '注册第 1 步：帐号信息', en: 'Registration step 1: account info' },
    summary: {
      zh: '准备一个全新的邮箱，设置 8 位以上的密码，填验证码、同意协议，然后点"注册"。',
      en: 'Prepare a brand-new email, set a password of at least 8 characters, enter the captcha, accept the agreements and click 注册 (register).',
    },
    sources: ['seed-000', 'seed-002', 'seed-003'],
    console: { target: '/console/register/index', label: { zh: '去填写帐号信息', en: 'Fill in the account info' } },
    sections: [
      {
        id: 'register-account.entry',
        title: { zh: '从哪里开始注册', en: 'Where registration starts' },
        factIds: ['R-02', 'R-01'],
        paragraphs: [
          {
            zh: '打开 mp.weixin.qq.com，用准备好的新微信扫码，页面提示后点"现在去注册"，再在帐号类型里选择"小程序"。',
            en: 'Open mp.weixin.qq.com, scan with the new WeChat account you prepared, click Register now (现在去注册) when prompted, then choose the account type Mini program (小程序).',
          },
          {
            zh: '注册页顶部标着三步：① 帐号信息 → ② 邮箱激活 → ③ 信息登记。本课讲第 ① 步。',
            en: 'The top of the sign-up page shows three steps: ① 帐号信息 (account info) → ② 邮箱激活 (email activation) → ③ 信息登记 (information registration). This lesson covers step ①.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['R-01'],
            text: {
              zh: '注册三步：① 帐号信息 → ② 邮箱激活 → ③ 信息登记。',
              en: 'Three registration steps: ① account info → ② email activation → ③ information registration.',
            },
          },
        ],
      },
      {
        id: 'register-account.prepare',
        title: { zh: '先准备好微信号和邮箱', en: 'Prepare a WeChat account and an email first' },
        factIds: ['R-08'],
        paragraphs: [
          {
            zh: '动手前备好一个新微信号和一个新邮箱，两者都不能和任何小程序、公众号或个人微信存在绑定关系。',
            en: 'Before you start, prepare a brand-new WeChat account and a brand-new email, neither bound to any mini program, official account or personal WeChat.',
          },
        ],
        callouts: [],
      },
      {
        id: 'register-account.email',
        mission: 'email-rules',
        title: { zh: '邮箱就是登录帐号', en: 'The email is your login' },
        factIds: ['R-03', 'R-04', 'R-05'],
        paragraphs: [
          {
            zh: '这里填的邮箱以后就是登录帐号。它必须同时满足三个"未被"：未被微信公众平台注册、未被微信开放平台注册、未被个人微信号绑定。',
            en: 'The email you enter becomes your login. It must pass three checks: not registered on the WeChat Official Accounts Platform, not registered on the WeChat open platform, and not bound to a personal WeChat account.',
          },
          {
            zh: '如果邮箱已绑定个人微信，先解除绑定，或者干脆换一个邮箱。',
            en: 'If the email is bound to a personal WeChat account, unbind it first, or use another email.',
          },
          {
            zh: '另外两条限制：一个邮箱只能申请一个小程序；注册过公众号的邮箱，不能再用来申请小程序。',
            en: 'Two more limits: one email can register only one mini program, and an email already used for an official account cannot register a mini program.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['R-03'],
            text: {
              zh: '三个"未被"：公众平台未注册、开放平台未注册、个人微信未绑定。',
              en: 'Three "nots": not registered on the Official Accounts Platform, not registered on the open platform, not bound to a personal WeChat.',
            },
          },
          {
            kind: 'rule',
            factIds: ['R-04', 'R-05'],
            text: {
              zh: '1 个邮箱 = 1 个小程序；公众号用过的邮箱不能注册小程序。',
              en: '1 email = 1 mini program; an email used by an official account cannot register a mini program.',
            },
          },
        ],
      },
      {
        id: 'register-account.password',
        mission: 'password-captcha',
        title: { zh: '设置密码', en: 'Setting the password' },
        factIds: ['R-06'],
        paragraphs: [
          {
            zh: '密码可以用字母、数字或英文符号，最短 8 位，区分大小写。"确认密码"要再输入一遍，两次必须完全一致。',
            en: 'The password may use letters, digits or English symbols, is at least 8 characters long and is case-sensitive. Type it again under 确认密码 (confirm); the two must match exactly.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['R-06'],
            text: {
              zh: '密码至少 8 位，区分大小写，两次输入一致。',
              en: 'Password: at least 8 characters, case-sensitive, entered twice identically.',
            },
          },
          {
            kind: 'older',
            factIds: ['R-06'],
            text: {
              zh: '旧教程说：一些早年的公众号注册表单要求"最短 6 位"。那是旧规则，小程序注册请按 8 位来。',
              en: 'Older tutorials say: some early official-account forms asked for "at least 6 characters". That rule is outdated; a mini program password needs 8.',
            },
          },
        ],
      },
      {
        id: 'register-account.agree',
        title: { zh: '验证码与协议', en: 'Captcha and agreements' },
        factIds: ['R-07'],
        paragraphs: [
          {
            zh: '填写图片验证码（看不清可以换一张），勾选同意《微信公众平台服务协议》和《微信小程序平台服务条款》，最后点击"注册"。',
            en: 'Enter the image captcha (ask for another if it is hard to read), tick your agreement to the WeChat Official Accounts Platform service agreement (《微信公众平台服务协议》) and the WeChat Mini Program platform service terms (《微信小程序平台服务条款》), then click Register (注册).',
          },
        ],
        callouts: [
          {
            kind: 'pitfall',
            factIds: ['R-07'],
            text: {
              zh: '不勾选同意两份协议，就无法完成注册。',
              en: 'Without agreeing to both documents, registration cannot go ahead.',
            },
          },
        ],
      },
    ],
  },
  {
    id: 'register-activation',
    stage: 'register',
    order: 4,
    title: { zh: '注册第 2 步：邮箱激活', en: 'Registration step 2: email activation' },
    summary: {
      zh: '点"注册"后，去注册邮箱打开确认邮件里的链接完成激活；收不到就查地址、查垃圾箱、重新发送。',
      en: 'After Register (注册), open the link in the confirmation email to activate; if nothing arrives, check the address, the spam folder, or resend.',
    },
    sources: ['seed-000', 'seed-002'],
    console: { target: '/console/mailbox/index', label: { zh: '打开模拟邮箱', en: 'Open the simulated mailbox' } },
    sections: [
      {
        id: 'register-activation.mail',
        title: { zh: '打开确认邮件', en: 'Open the confirmation email' },
        factIds: ['A-01'],
        paragraphs: [
          {
            zh: '点"注册"后，平台会向你的注册邮箱发送一封确认邮件。登录邮箱，打开邮件里的激活链接，帐号才算激活，随后进入第 ③ 步信息登记。',
            en: 'After you click Register (注册), the platform sends a confirmation email to your registration address. Sign in to your mailbox and open the activation link; only then is the account active and you move on to step ③.',
          },
        ],
        callouts: [],
      },
      {
        id: 'register-activation.no-mail',
        mission: 'mail-in-spam',
        title: { zh: '收不到邮件怎么办', en: 'When no email arrives' },
        factIds: ['A-02'],
        paragraphs: [
          {
            zh: '按顺序排查：① 邮箱地址是否填错——可以返回重新填写；② 去垃圾箱（垃圾邮件文件夹）里找；③ 仍然没有，就点"重新发送"。',
            en: 'Check in this order: ① is the address wrong? Go back and re-enter it; ② look in the spam (junk) folder; ③ still nothing? Click resend.',
          },
        ],
        callouts: [
          {
            kind: 'pitfall',
            factIds: ['A-02'],
            text: {
              zh: '激活邮件经常被当成垃圾邮件。邮箱还可能在邮件上方显示"谨防网络欺诈"的提示条——看清链接指向 mp.weixin.qq.com 再点击。',
              en: 'The activation email often lands in spam, and the mail provider may show a fraud-warning bar above it. Check that the link points to mp.weixin.qq.com before clicking.',
            },
          },
        ],
      },
    ],
  },
];
