import type { ErrorSpec } from '../kernel/errors';

/** Errors of development settings: AppSecret, IP whitelist, server domains, upload key, API and CI calls, capabilities: each with its facts, the form field it concerns and its message. */
export const DEV_SETTINGS_ERRORS = {
  SECRET_ALREADY_GENERATED: {
    factIds: ['D-04'],
    zh: 'AppSecret 已经生成过，平台不保存明文，无法再次查看。如果没有保存，请点“重置”生成新的（旧的会立即失效）。',
    en: 'The AppSecret was already generated and the platform keeps no plain text, so it cannot be shown again. If you lost it, reset it (the old one stops working at once).',
  },
  SECRET_NOT_GENERATED: {
    factIds: ['D-04'],
    zh: '还没有生成 AppSecret，请先点“生成”。',
    en: 'No AppSecret has been generated yet: tap "生成" (generate) first.',
  },
  SECRET_FREEZE_PENDING: {
    factIds: ['D-05'],
    zh: '上一次冻结/解冻还在生效中（约 10 分钟），请稍后再操作。',
    en: 'The last freeze/unfreeze is still taking effect (about 10 minutes). Try again later.',
  },
  SECRET_ALREADY_FROZEN: {
    factIds: ['D-05'],
    zh: 'AppSecret 已经是冻结状态。',
    en: 'The AppSecret is already frozen.',
  },
  SECRET_NOT_FROZEN: {
    factIds: ['D-05'],
    zh: 'AppSecret 没有被冻结，无需解冻。',
    en: 'The AppSecret is not frozen, so there is nothing to unfreeze.',
  },
  IP_FORMAT: {
    factIds: ['D-06'],
    field: 'ip',
    zh: '“{ip}”不是有效的 IPv4 地址或 IP 段（形如 203.0.113.10、203.0.113.* 或 203.0.113.0/24）。',
    en: '"{ip}" is not a valid IPv4 address or range (like 203.0.113.10, 203.0.113.* or 203.0.113.0/24).',
  },
  IP_WITH_PORT: {
    factIds: ['D-06'],
    field: 'ip',
    zh: '“{ip}”带了端口号。IP 白名单不支持“IP:端口”形式，请只填 IP（例如 203.0.113.10）或 IP 段（例如 203.0.113.* 或 203.0.113.0/24）。',
    en: '"{ip}" has a port. The IP whitelist does not accept "IP:port": enter only the IP (like 203.0.113.10) or a range (like 203.0.113.* or 203.0.113.0/24).',
  },
  IP_WHITELIST_LIMIT: {
    factIds: ['D-06'],
    field: 'ip',
    zh: 'API IP 白名单最多 {max} 条，现在有 {count} 条。可以用 IP 段（如 203.0.113.*）合并同一网段的地址。',
    en: 'The API IP whitelist holds at most {max} entries; this list has {count}. A range (like 203.0.113.*) covers a whole subnet.',
  },
  IP_DUPLICATE: {
    factIds: ['D-06'],
    field: 'ip',
    zh: 'IP 地址“{ip}”重复了。',
    en: 'The IP address "{ip}" is listed twice.',
  },
  DOMAIN_PROTOCOL: {
    factIds: ['D-07'],
    field: 'domain',
    zh: '“{domain}”的协议不对：{kind}合法域名必须以 {protocol}:// 开头。',
    en: '"{domain}" has the wrong protocol: {kind} domains must start with {protocol}://.',
  },
  DOMAIN_FORMAT: {
    factIds: ['D-07'],
    field: 'domain',
    zh: '“{domain}”不是有效的域名，请填写形如 https://api.example.com 的地址。',
    en: '"{domain}" is not a valid domain. Enter one like https://api.example.com.',
  },
  DOMAIN_PATH: {
    factIds: ['D-07'],
    field: 'domain',
    zh: '“{domain}”包含路径：这里只填域名（可带端口），不要带路径或参数。',
    en: '"{domain}" has a path: enter the domain only (a port is allowed), no path or query.',
  },
  DOMAIN_IP: {
    factIds: ['D-07'],
    field: 'domain',
    zh: '“{domain}”是 IP 地址：服务器域名不能使用 IP 地址，请使用已备案的域名。',
    en: '"{domain}" is an IP address: server domains cannot be IP addresses. Use an ICP-filed domain.',
  },
  DOMAIN_LOCALHOST: {
    factIds: ['D-07'],
    field: 'domain',
    zh: '不能把 localhost 配置为服务器域名。本地调试请在开发者工具里勾选“不校验合法域名”。',
    en: 'A server domain cannot be localhost. For local debugging, tick "do not verify domains" in the developer tools.',
  },
  DOMAIN_FORBIDDEN: {
    factIds: ['D-07'],
    field: 'domain',
    zh: '不能配置 api.weixin.qq.com：调用微信接口应在你自己的服务器上进行，AppSecret 不能放进小程序。',
    en: 'The domain api.weixin.qq.com cannot be configured: call WeChat APIs from your own server, never put the AppSecret in the mini program.',
  },
  DOMAIN_NOT_FILED: {
    factIds: ['D-07'],
    field: 'domain',
    zh: '“{domain}”没有完成 ICP 备案。服务器域名必须备案；模拟环境中已备案的域名有：{filed}。',
    en: '"{domain}" is not ICP-filed. Server domains must be filed; in this simulation the filed domains are: {filed}.',
  },
  DOMAIN_DUPLICATE: {
    factIds: ['D-07'],
    field: 'domain',
    zh: '域名“{domain}”重复了。',
    en: 'The domain "{domain}" is listed twice.',
  },
  DOMAIN_LIMIT: {
    factIds: ['D-07'],
    field: 'domain',
    zh: '每类服务器域名最多 {limit} 个。',
    en: 'At most {limit} domains of each kind.',
  },
  DOMAIN_UNCHANGED: {
    factIds: ['D-07'],
    field: 'domain',
    zh: '域名列表没有变化，无需保存（也不会占用修改次数）。',
    en: 'The domain list did not change: nothing to save (and no change was counted).',
  },
  DOMAIN_QUOTA_USED: {
    factIds: ['D-07'],
    field: 'domain',
    zh: '服务器域名一个月内只能修改 {limit} 次，本月已用完，下月 1 日恢复。',
    en: 'Server domains can change {limit} times a month; this month is used up. It resets on the 1st.',
  },
  UPLOAD_KEY_ALREADY_GENERATED: {
    factIds: ['D-08'],
    zh: '代码上传密钥已生成过，平台不保存明文。如果丢失，请重置（旧密钥随即失效）。',
    en: 'The code upload key was already generated and no plain text is kept. If lost, reset it (the old key stops working).',
  },
  UPLOAD_KEY_NOT_GENERATED: {
    factIds: ['D-08'],
    zh: '还没有生成代码上传密钥，请先生成。',
    en: 'No code upload key yet: generate one first.',
  },
  API_SECRET_MISSING: {
    factIds: ['D-04'],
    zh: '这个小程序还没有 AppSecret，接口调用失败。请先在“开发设置”里生成。',
    en: 'This mini program has no AppSecret yet, so the call fails. Generate one in development settings.',
  },
  API_SECRET_INVALID: {
    factIds: ['D-04'],
    field: 'secret',
    zh: '接口返回 40125：AppSecret 无效。重置后旧的 AppSecret 立即失效，请使用最新的。',
    en: 'The API answered 40125: invalid AppSecret. After a reset the old secret stops working at once; use the newest.',
  },
  API_SECRET_FROZEN: {
    factIds: ['D-05'],
    zh: '接口返回 40243：AppSecret 已冻结。请先解冻（约 10 分钟后生效）。',
    en: 'The API answered 40243: the AppSecret is frozen. Unfreeze it first (takes effect after about 10 minutes).',
  },
  API_IP_NOT_WHITELISTED: {
    factIds: ['D-06'],
    field: 'ip',
    zh: '接口返回 40164：API IP 白名单已开启，调用方 IP（{ip}）不在白名单里。请把服务器 IP 加入白名单。',
    en: "The API answered 40164: the API IP whitelist is on and the caller's IP ({ip}) is not on it. Add your server's IP.",
  },
  CI_KEY_INVALID: {
    factIds: ['D-08'],
    field: 'uploadKey',
    zh: '上传失败：代码上传密钥无效（未生成、已重置或填错）。请在“开发设置”里重置并使用新密钥。',
    en: 'Upload failed: the code upload key is invalid (never generated, reset, or mistyped). Reset it in development settings and use the new key.',
  },
  CI_IP_NOT_WHITELISTED: {
    factIds: ['D-08'],
    field: 'ip',
    zh: '上传失败：IP（{ip}）不在代码上传 IP 白名单里。',
    en: 'Upload failed: the IP ({ip}) is not on the code upload IP whitelist.',
  },
  CAPABILITY_NOT_FOR_INDIVIDUAL: {
    factIds: ['I-03'],
    zh: '个人主体不能开通{capability}。需要企业等主体的小程序。',
    en: 'Individual accounts cannot use {capability}; it needs an organisation mini program.',
  },
  CAPABILITY_NEEDS_VERIFICATION: {
    factIds: ['I-03', 'V-01'],
    zh: '开通{capability}需要先完成微信认证。',
    en: '{capability} needs WeChat verification first.',
  },
  PHONE_NUMBER_NEEDS_ORGANISATION: {
    factIds: ['D-10', 'I-03'],
    zh: '手机号快速验证组件只对完成微信认证的非个人主体（企业、政府、媒体、其他组织）开放，个人主体不能开通。',
    en: 'The phone-number quick verification component is only for verified non-individual entities (enterprise, government, media, other organisation); individual accounts cannot enable it.',
  },
  PHONE_NUMBER_NEEDS_VERIFICATION: {
    factIds: ['D-10', 'V-01'],
    zh: '手机号快速验证组件需要先完成微信认证（设置 → 微信认证）；开通后按次收费：每次成功调用 0.03 元，有 1000 次体验额度。',
    en: 'The phone-number quick verification component needs WeChat verification first (设置 → 微信认证); once on, it is charged per call: 0.03 RMB per successful call, with 1000 trial calls.',
  },
  CAPABILITY_ALREADY_ENABLED: {
    factIds: ['I-03'],
    zh: '{capability}已经开通了。',
    en: '{capability} is already enabled.',
  },
} satisfies Record<string, ErrorSpec>;
