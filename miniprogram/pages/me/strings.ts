import type { I18nText } from '../../core/i18n';

export const ME_STRINGS = {
  title: { zh: '我的', en: 'Me' },
  subtitle: { zh: '语言、主题与学习进度', en: 'Language, theme and progress' },
  language: { zh: '语言 Language', en: 'Language 语言' },
  theme: { zh: '主题', en: 'Theme' },
  themeSystem: { zh: '跟随系统', en: 'Follow system' },
  themeLight: { zh: '浅色', en: 'Light' },
  themeDark: { zh: '深色', en: 'Dark' },
  progress: { zh: '学习进度', en: 'Progress' },
  lessonsRead: { zh: '已学完课程', en: 'Lessons read' },
  inBook: { zh: '错题本', en: 'Wrong-answer book' },
  exams: { zh: '考试次数', en: 'Exams taken' },
  reset: { zh: '清空学习进度', en: 'Reset progress' },
  resetTitle: { zh: '清空学习进度？', en: 'Reset progress?' },
  resetBody: {
    zh: '已读课程、测验成绩、考试记录和错题本都会被清空，且无法恢复。语言和主题设置会保留。',
    en: 'Lessons read, quiz scores, exam history and the wrong-answer book will be erased for good. Language and theme stay.',
  },
  resetConfirm: { zh: '清空', en: 'Reset' },
  resetCancel: { zh: '取消', en: 'Cancel' },
  resetDone: { zh: '学习进度已清空', en: 'Progress reset' },
  about: { zh: '关于注册实训营', en: 'About RegLab' },
  aboutText: {
    zh: '注册实训营讲解微信小程序从注册、完善信息、开发到审核发布的全过程，并提供一个模拟的管理后台用于练习。模拟环境不会连接真实平台，请勿填写真实的个人信息。',
    en: 'RegLab explains how a WeChat mini program is registered, completed, developed, reviewed and released, and offers a simulated admin console to practise in. The simulation never connects to the real platform: never type real personal data.',
  },
  version: { zh: '版本', en: 'Version' },
  sources: { zh: '资料来源', en: 'Sources' },
  asOf: { zh: '截至', en: 'as of' },
  backups: { zh: '数据备份', en: 'Data backups' },
  backupsNote: {
    zh: '以下是无法读取而被保留下来的旧数据，可在开发者工具的 Storage 面板查看。',
    en: 'Saved data that could not be read was kept under these keys (see the Storage panel in DevTools).',
  },
} satisfies Record<string, I18nText>;

export type MeStringKey = keyof typeof ME_STRINGS;
