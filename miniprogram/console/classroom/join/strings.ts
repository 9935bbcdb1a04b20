import type { I18nText } from '../../../core/i18n';

/** 课堂 Classroom: the entry (paste, scan, teacher) and the student's assignment. */
export const JOIN_STRINGS = {
  title: { zh: '课堂', en: 'Classroom' },
  intro: {
    zh: '老师发来的作业卡片、二维码或作业码都能打开作业。',
    en: "Your teacher's assignment card, QR code or text code opens the assignment.",
  },
  codeLabel: { zh: '作业码', en: 'Assignment code' },
  codePlaceholder: {
    zh: '粘贴老师发的作业码，例如 RA…（一长串字母数字）',
    en: 'Paste the code from your teacher, e.g. RA… (a long run of letters and digits)',
  },
  open: { zh: '打开作业', en: 'Open the assignment' },
  scan: { zh: '扫描作业二维码', en: 'Scan the assignment QR code' },
  scanNothing: { zh: '没有扫到二维码。', en: 'No QR code was scanned.' },
  joined: { zh: '我打开过的作业', en: 'Assignments I opened' },
  teacher: { zh: '我是老师', en: "I'm a teacher" },
  teacherNew: { zh: '布置新作业', en: 'Create an assignment' },
  teaching: { zh: '我布置的作业（收作业）', en: 'My assignments (collect results)' },
  rowTitle: { zh: '{className} · 截止 {due}', en: '{className} · due {due}' },
  scene: { zh: '从{where}打开', en: 'Opened from {where}' },
  sceneGroup: { zh: '群聊中的作业卡片', en: 'an assignment card in a group chat' },
  sceneChat: { zh: '聊天中的作业卡片', en: 'an assignment card in a chat' },
  sceneScan: { zh: '扫码', en: 'a scanned code' },
  due: { zh: '截止：{due}（北京时间）', en: 'Due: {due} (Beijing time)' },
  overdue: {
    zh: '已过截止时间，仍可提交，老师会看到“逾期”。',
    en: 'Past the due date: you can still hand in; your teacher will see "late".',
  },
  left: { zh: '还剩 {left} 项未完成', en: '{left} left to do' },
  allDone: { zh: '全部完成，可以交作业了', en: 'All done: you can hand in' },
  who: { zh: '你的姓名和学号', en: 'Your name and student number' },
  why: {
    zh: '只用于老师认出你的作业：它们保存在这台手机上，只会写进你自己分享给老师的成绩文件或成绩二维码里，不会发送到任何服务器。',
    en: 'Only so your teacher can tell your work: they stay on this phone and go only into the result file or result QR code you share with your teacher yourself; nothing is sent to any server.',
  },
  name: { zh: '姓名', en: 'Name' },
  namePlaceholder: { zh: '例如 张三（同老师名单）', en: 'e.g. Zhang San (as on the list)' },
  number: { zh: '学号', en: 'Student number' },
  numberPlaceholder: { zh: '可不填，例如 2301001', en: 'Optional, e.g. 2301001' },
  saveStudent: { zh: '保存', en: 'Save' },
  edit: { zh: '修改', en: 'Change' },
  missions: { zh: '任务', en: 'Missions' },
  notStarted: { zh: '未开始', en: 'Not started' },
  playing: { zh: '进行中 {met}/{total}', en: 'In progress {met}/{total}' },
  failed: { zh: '未通过，可重来', en: 'Failed: try again' },
  solved: { zh: '已完成', en: 'Solved' },
  quiz: { zh: '测验', en: 'Quiz' },
  quizExam: {
    zh: '考试：{count} 题，{minutes} 分钟，{pass}% 及格',
    en: 'Exam: {count} questions, {minutes} min, pass at {pass}%',
  },
  quizMixed: { zh: '综合练习：{count} 题', en: 'Mixed quiz: {count} questions' },
  quizStage: { zh: '{stage}：{count} 题', en: '{stage}: {count} questions' },
  quizStart: { zh: '开始测验', en: 'Start the quiz' },
  quizDone: {
    zh: '{score}（第一次完成的成绩计入）',
    en: '{score} (your first finished attempt counts)',
  },
  handIn: { zh: '交作业', en: 'Hand in' },
  handInFirst: { zh: '请先填写姓名再交作业。', en: 'Enter your name before handing in.' },
} satisfies Record<string, I18nText>;

export type JoinStringKey = keyof typeof JOIN_STRINGS;
