import type { I18nText } from '../../../core/i18n';

/** The app's own privacy notice, shown when WeChat holds a privacy-relevant call (services/privacy.ts). */
export const PRIVACY_SHEET_STRINGS = {
  title: { zh: '用前说明', en: 'Before you go on' },
  body: {
    zh: '接下来要用到扫码、从聊天中选文件、保存或分享文件、剪贴板。它们只在你点按时使用，内容留在你的手机上，只有你自己选择分享的聊天才会收到。',
    en: 'What comes next uses the scanner, choosing files from a chat, saving or sharing a file, or the clipboard. They are used only when you tap, what they touch stays on your phone, and only a chat you choose to share with receives anything.',
  },
  guide: { zh: '查看《隐私保护指引》', en: 'Read the privacy guide' },
  agree: { zh: '同意并继续', en: 'Agree and go on' },
  decline: { zh: '不同意', en: 'Decline' },
} satisfies Record<string, I18nText>;
