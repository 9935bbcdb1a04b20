import type { I18nText } from '../../../core/i18n';

/** Handing in: the result file into a chat, or a result QR code the teacher scans. */
export const HANDIN_STRINGS = {
  title: { zh: '交作业', en: 'Hand in' },
  noAssignment: {
    zh: '没有找到这份作业：请从“课堂”重新打开。',
    en: 'This assignment was not found: open it again from Classroom.',
  },
  noStudent: { zh: '请先在作业页填写姓名。', en: 'Enter your name on the assignment page first.' },
  summary: {
    zh: '{name} · {className}：完成 {solved}/{total} 个任务',
    en: '{name} · {className}: {solved} of {total} missions solved',
  },
  quiz: { zh: '测验{score}', en: 'Quiz: {score}' },
  noQuiz: { zh: '测验未完成', en: 'Quiz not done' },
  byFile: { zh: '发送成绩文件到班级群', en: 'Send the result file to the class chat' },
  byFileNote: {
    zh: '会打开微信的分享面板：选择老师或班级群。文件只发给你选择的聊天。',
    en: "WeChat's share sheet opens: pick your teacher or the class group. The file goes only to the chat you pick.",
  },
  shared: { zh: '已发送', en: 'Sent' },
  cancelled: {
    zh: '没有发送：可以再试一次，或改用成绩二维码。',
    en: 'Nothing was sent: try again, or show the result QR code instead.',
  },
  failed: {
    zh: '成绩文件没能写入手机存储：请改用成绩二维码。',
    en: 'The result file could not be written on this phone: show the result QR code instead.',
  },
  byQr: { zh: '显示成绩二维码（老师当面扫）', en: 'Show a result QR code (your teacher scans it)' },
  qrFailed: {
    zh: '二维码画不出来：请改发成绩文件。',
    en: 'The QR code could not be drawn: send the result file instead.',
  },
  checksum: {
    zh: '成绩里带有校验码：它能发现随手改动和传输损坏，但不能防止有意作弊（代码是公开的）。',
    en: 'The result carries a checksum: it catches casual edits and transfer damage, but it cannot stop a determined cheat (the code is public).',
  },
  again: {
    zh: '之后还可以继续做并重新提交，老师那边会用新的一份替换旧的。',
    en: 'You can keep working and hand in again; your teacher’s roster replaces the earlier one.',
  },
} satisfies Record<string, I18nText>;

export type HandinStringKey = keyof typeof HANDIN_STRINGS;
