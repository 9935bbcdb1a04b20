import type { I18nText } from '../../../core/i18n';

export const SERVER_CALL_STRINGS = {
  secretPlaceholder: {
    zh: '服务器上保存的 AppSecret，例如 开发设置里显示的 32 位字符',
    en: 'The AppSecret on the server, e.g. the 32 characters shown in development settings',
  },
  ipPlaceholder: { zh: '服务器出口 IP，例如 203.0.113.10', en: "The server's outgoing IP, e.g. 203.0.113.10" },
  title: { zh: '模拟服务器：用 AppSecret 调用接口', en: 'Simulated server: call an API with the AppSecret' },
  hint: {
    zh: '你的后台服务器保存着一份 AppSecret，用它调用 code2Session 等接口。把服务器上保存的 AppSecret 填在这里，看平台怎么回答。',
    en: 'Your back-end server keeps a copy of the AppSecret and calls APIs such as code2Session with it. Type the secret the server has and see what the platform answers.',
  },
  secret: { zh: '服务器上的 AppSecret', en: "The server's AppSecret" },
  ip: { zh: '服务器出口 IP', en: "The server's outgoing IP" },
  call: { zh: '调用接口', en: 'Call the API' },
  ok: {
    zh: '调用成功：平台接受了这个 AppSecret，服务器拿到了结果。',
    en: 'Success: the platform accepted this AppSecret and the server got its answer.',
  },
} satisfies Record<string, I18nText>;
