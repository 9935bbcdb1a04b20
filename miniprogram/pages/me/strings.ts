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
  classroomTitle: { zh: '课堂', en: 'Classroom' },
  classroom: { zh: '课堂作业', en: 'Class assignments' },
  classroomNote: {
    zh: '打开老师发的作业、交作业；老师在这里布置和收作业',
    en: "Open your teacher's assignment and hand it in; teachers create and collect here",
  },
  lessonsRead: { zh: '已学完课程', en: 'Lessons read' },
  inBook: { zh: '错题本', en: 'Wrong-answer book' },
  exams: { zh: '考试次数', en: 'Exams taken' },
  lastExam: { zh: '上次考试', en: 'Last exam' },
  bestExam: { zh: '最好的一次考试', en: 'Best exam' },
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
  backups: { zh: '数据备份', en: 'Data backups' },
  backupsNote: {
    zh: '无法完整读取的数据会先备份在这里，不会被之后的保存覆盖。恢复时，当前的数据会先另存一份备份。',
    en: 'Data that could not be read in full is backed up here and never overwritten by later saves. Restoring first backs up what is there now.',
  },
  backupOfProgress: { zh: '学习进度', en: 'Progress' },
  backupOfConsole: { zh: '实操沙盒', en: 'Lab sandbox' },
  backupRestore: { zh: '恢复', en: 'Restore' },
  backupDelete: { zh: '删除', en: 'Delete' },
  backupRestoreTitle: { zh: '恢复这份备份？', en: 'Restore this backup?' },
  backupRestoreBody: {
    zh: '当前的{what}会先另存为一份备份，然后由这份备份中能读取的内容替换。',
    en: 'The current {what} is backed up first, then replaced by what can be read from this backup.',
  },
  backupRestored: { zh: '已恢复', en: 'Restored' },
  backupRestoredPartly: {
    zh: '已恢复。以下内容无法读取，没有恢复：{dropped}',
    en: 'Restored. These records could not be read and were not restored: {dropped}',
  },
  backupRestoreFailed: { zh: '未能恢复', en: 'Not restored' },
  backupDeleteTitle: { zh: '删除这份备份？', en: 'Delete this backup?' },
  backupDeleteBody: { zh: '删除后无法找回。', en: 'It cannot be brought back.' },
  backupDeleted: { zh: '备份已删除', en: 'Backup deleted' },
  /** Each language is offered in its own name, whatever the current language. */
  langZh: { zh: '中文', en: '中文' },
  langEn: { zh: 'English', en: 'English' },
} satisfies Record<string, I18nText>;

export type MeStringKey = keyof typeof ME_STRINGS;
