import type { I18nText } from '../../core/i18n';

export const MAILBOX_STRINGS = {
  title: { zh: '邮箱', en: 'Mailbox', bilingual: true },
  simNote: {
    zh: '模拟邮箱：只收本模拟发出的邮件。',
    en: 'A simulated mailbox: it only receives mail from this simulation.',
  },
  inbox: { zh: '收件箱', en: 'Inbox', bilingual: true },
  spam: { zh: '垃圾邮件', en: 'Spam', bilingual: true },
  empty: { zh: '这里没有邮件', en: 'No mail here', bilingual: true },
  emptyInbox: {
    zh: '收件箱里没有找到？看看“垃圾邮件”，或回到注册页“重新发送”。',
    en: 'Not in the inbox? Check "垃圾邮件" (spam), or go back and "重新发送" (resend).',
  },
  back: { zh: '返回列表', en: 'Back to the list', bilingual: true },
  from: { zh: '发件人', en: 'From', bilingual: true },
  to: { zh: '收件人', en: 'To', bilingual: true },
  time: { zh: '时间', en: 'Time', bilingual: true },
  fraud: {
    zh: '请留意：此邮件在垃圾文件夹，如有提示您填写邮箱信息、中奖需汇款转账等信息，请谨防网络欺诈！',
    en: 'Caution: this mail is in the spam folder. If it asks for your mailbox details or money for a prize, beware of fraud!',
  },
  notSpam: { zh: '这不是垃圾邮件', en: 'Not spam', bilingual: true },
  linkHint: {
    zh: '点击链接激活（模拟链接，只在本模拟中有效）',
    en: 'Tap the link to activate (a simulated link: it only works here)',
  },
  activated: { zh: '帐号已激活', en: 'Account activated', bilingual: true },
  activatedBody: {
    zh: '邮箱已验证。回到注册页继续“③ 信息登记”。',
    en: 'The email is verified. Go back to the registration page for ③ information registration.',
  },
  toRegister: { zh: '继续信息登记', en: 'Continue registration', bilingual: true },
} satisfies Record<string, I18nText>;

export type MailboxStringKey = keyof typeof MAILBOX_STRINGS;
