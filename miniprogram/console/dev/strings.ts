import type { I18nText } from '../../core/i18n';

/** Labels of 开发管理 → 开发设置 (console labels: Chinese, plus English in English mode). */
export const DEV_STRINGS = {
  title: { zh: '开发设置', en: 'Development settings', bilingual: true },
  path: { zh: '开发管理 / 开发设置', en: 'Development management / settings', bilingual: true },
  notLoggedIn: { zh: '请先登录小程序管理后台', en: 'Log in to the console first', bilingual: true },
  goLogin: { zh: '去登录', en: 'Log in', bilingual: true },
  developerId: { zh: '开发者ID', en: 'Developer ID', bilingual: true },
  appId: { zh: 'AppID(小程序ID)', en: 'AppID', bilingual: true },
  appSecret: { zh: 'AppSecret(小程序密钥)', en: 'AppSecret' },
  copy: { zh: '复制', en: 'Copy', bilingual: true },
  copied: { zh: '已复制', en: 'Copied', bilingual: true },
  generate: { zh: '生成', en: 'Generate', bilingual: true },
  reset: { zh: '重置', en: 'Reset', bilingual: true },
  freeze: { zh: '冻结', en: 'Freeze', bilingual: true },
  unfreeze: { zh: '解冻', en: 'Unfreeze', bilingual: true },
  frozen: { zh: '已冻结', en: 'Frozen', bilingual: true },
  secretHint: {
    zh: 'AppSecret 是小程序的密钥，平台不保存明文，生成后只显示一次。',
    en: 'The AppSecret is the key of the mini program; the platform keeps no plain copy and shows it once.',
  },
  revealSecretTitle: { zh: '小程序密钥', en: 'AppSecret', bilingual: true },
  revealKeyTitle: { zh: '代码上传密钥', en: 'Code upload key', bilingual: true },
  revealWarn: {
    zh: '这是唯一一次显示。平台不保存明文，关闭后无法再次查看，丢失只能重置。请立即复制并保存到安全的地方，不要发在群里或写进代码仓库。',
    en: 'This is the only time it is shown. The platform keeps no plain copy: once closed it cannot be seen again, and if lost it must be reset. Copy it now and keep it somewhere safe; never post it in a chat or commit it to a repository.',
  },
  revealStored: { zh: '我已将密钥保存在安全的地方', en: 'I have stored the key somewhere safe' },
  revealMustConfirm: {
    zh: '请先复制并保存密钥，再勾选上面的确认。',
    en: 'Copy and store the key first, then tick the confirmation above.',
  },
  revealDone: { zh: '我已保存，关闭', en: 'Stored, close', bilingual: true },
  resetTitle: { zh: '重置 AppSecret？', en: 'Reset the AppSecret?' },
  resetCurrent: {
    zh: '重置后原 AppSecret 立即失效，用到它的服务器需要换上新密钥。',
    en: 'The old AppSecret stops working at once; servers that use it need the new one.',
  },
  resetClassic: {
    zh: '（旧版规则）重置后旧 AppSecret 还能再用 10 分钟。',
    en: '(Classic rules) the old AppSecret keeps working for 10 more minutes.',
  },
  scanTitle: { zh: '管理员身份验证', en: 'Administrator verification', bilingual: true },
  scanBody: {
    zh: '请使用管理员微信扫描二维码，在手机上确认重置。',
    en: 'Scan the QR code with the administrator’s WeChat and confirm the reset on the phone.',
  },
  scanQr: { zh: '二维码（模拟）', en: 'QR code (simulated)', bilingual: true },
  scanConfirm: { zh: '在模拟手机上扫码并确认', en: 'Scan and confirm on the simulated phone', bilingual: true },
  cancel: { zh: '取消', en: 'Cancel', bilingual: true },
  freezeTitle: { zh: '冻结 AppSecret？', en: 'Freeze the AppSecret?' },
  freezeBody: {
    zh: '冻结约 10 分钟后生效，期间和之后调用接口会返回 40243。可以随时解冻（同样约 10 分钟生效）。',
    en: 'Freezing takes effect after about 10 minutes; calls then fail with 40243. You can unfreeze at any time (also about 10 minutes).',
  },
  unfreezeTitle: { zh: '解冻 AppSecret？', en: 'Unfreeze the AppSecret?' },
  unfreezeBody: { zh: '解冻约 10 分钟后生效。', en: 'Unfreezing takes effect after about 10 minutes.' },
  ipTitle: { zh: 'IP白名单', en: 'IP whitelist', bilingual: true },
  ipHint: {
    zh: '开启后，只有白名单中的 IP 才能调用使用 AppSecret 的接口。每行一项：IP（203.0.113.10）或 IP 段（203.0.113.*、203.0.113.0/24），最多 10 项，不支持“IP:端口”。',
    en: 'When on, only these IPs may call APIs that use the AppSecret. One entry per line: an IP (203.0.113.10) or a range (203.0.113.*, 203.0.113.0/24), at most 10, no "IP:port".',
  },
  ipTurnOn: { zh: '开启白名单', en: 'Turn on' },
  ipTurnOff: { zh: '关闭白名单', en: 'Turn off' },
  save: { zh: '保存', en: 'Save', bilingual: true },
  saved: { zh: '已保存', en: 'Saved', bilingual: true },
  serverTitle: { zh: '服务器域名', en: 'Server domains', bilingual: true },
  serverHint: {
    zh: 'request、uploadFile、downloadFile 用 https://，socket 用 wss://；域名须经过 ICP 备案，不能使用 IP 地址或 localhost，可以带端口；每行一个。',
    en: 'request, uploadFile and downloadFile use https://, socket uses wss://; domains must be ICP-filed, no IP addresses or localhost, a port is allowed; one per line.',
  },
  filedHint: { zh: '模拟平台上已备案的域名：', en: 'ICP-filed domains on the simulated platform: ', bilingual: true },
  uploadTitle: { zh: '小程序代码上传', en: 'Code upload', bilingual: true },
  uploadKey: { zh: '代码上传密钥', en: 'Code upload key', bilingual: true },
  uploadHint: {
    zh: 'miniprogram-ci 用它上传和预览代码。同样只显示一次，平台不保存明文。',
    en: 'miniprogram-ci uses it to upload and preview code. It too is shown once and not kept in plain text.',
  },
  uploadIpTitle: { zh: 'IP白名单（可选，建议配置）', en: 'IP whitelist (optional, recommended)' },
  uploadResetTitle: { zh: '重置代码上传密钥？', en: 'Reset the code upload key?', bilingual: true },
  uploadResetBody: {
    zh: '重置后原密钥失效，使用 miniprogram-ci 的地方需要换上新密钥。',
    en: 'The old key stops working; wherever miniprogram-ci runs needs the new one.',
  },
  line: { zh: '第 {n} 项：', en: 'Entry {n}: ', bilingual: true },
  ipPlaceholder: { zh: '每行一项，例如 203.0.113.10', en: 'One a line, e.g. 203.0.113.10' },
  domainExample: { zh: '例如', en: 'e.g.' },
} satisfies Record<string, I18nText>;

export type DevStringKey = keyof typeof DEV_STRINGS;
