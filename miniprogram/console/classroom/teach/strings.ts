import type { I18nText } from '../../../core/i18n';

/** The teacher's assignment form and how to hand it out. */
export const TEACH_STRINGS = {
  countPlaceholder: { zh: '题数，例如 10', en: 'Questions, e.g. 10' },
  minutesPlaceholder: { zh: '分钟，例如 20', en: 'Minutes, e.g. 20' },
  passPlaceholder: { zh: '及格分（%），例如 80', en: 'Pass mark (%), e.g. 80' },
  seedPlaceholder: { zh: '任意数字，例如 20261207', en: 'Any number, e.g. 20261207' },
  title: { zh: '布置作业', en: 'Create an assignment' },
  className: { zh: '班级名称', en: 'Class name' },
  classNamePlaceholder: { zh: '如 软件 2301 班', en: 'e.g. Software 2301' },
  due: { zh: '截止时间', en: 'Due' },
  duePlaceholder: { zh: '北京时间，例如 2026-12-31 23:59', en: 'Beijing time, e.g. 2026-12-31 23:59' },
  missions: { zh: '选择任务（{count} 个已选）', en: 'Choose missions ({count} chosen)' },
  custom: { zh: '自建任务（粘贴任务码）', en: 'Your own missions (paste a mission code)' },
  customPlaceholder: {
    zh: '任务码，例如 从“任务码：导入与分享”复制的一串字符',
    en: 'A mission code, e.g. one copied from "Mission codes: import and share"',
  },
  customAdd: { zh: '加入', en: 'Add' },
  customRemove: { zh: '移除', en: 'Remove' },
  codeTwice: { zh: '“{title}”已经加入了。', en: '"{title}" is already added.' },
  quiz: { zh: '测验', en: 'Quiz' },
  quizNone: { zh: '不加测验', en: 'No quiz' },
  quizExam: { zh: '考试', en: 'Exam' },
  quizMixed: { zh: '综合练习', en: 'Mixed quiz' },
  quizStage: { zh: '某一阶段', en: 'One stage' },
  count: { zh: '题目数量', en: 'Questions' },
  minutes: { zh: '考试时长（分钟）', en: 'Minutes' },
  pass: { zh: '及格线 %', en: 'Pass mark %' },
  seed: { zh: '题目种子', en: 'Question seed' },
  seedNote: {
    zh: '同一个种子，全班抽到相同的题目、顺序和选项顺序。',
    en: 'The same seed gives everyone the same questions, order and option order.',
  },
  create: { zh: '生成作业', en: 'Create the assignment' },
  created: { zh: '作业已生成：发给学生', en: 'Assignment created: give it to the class' },
  share: { zh: '发到班级群（分享卡片）', en: 'Send to the class group (share card)' },
  qr: { zh: '投影这个二维码，学生在“课堂”里扫码', en: 'Project this QR code; students scan it in Classroom' },
  qrFailed: {
    zh: '二维码画不出来：请改用分享卡片或作业码。',
    en: 'The QR code could not be drawn: use the card or the text code.',
  },
  copy: { zh: '复制作业码', en: 'Copy the text code' },
  copied: { zh: '已复制', en: 'Copied' },
  codeNote: { zh: '作业码（{length} 个字符）：', en: 'Text code ({length} characters):' },
  collect: { zh: '收作业', en: 'Collect results' },
  another: { zh: '再布置一份', en: 'Create another' },
  shareTitle: { zh: '{className} 的作业：截止 {due}', en: 'Assignment for {className}: due {due}' },
} satisfies Record<string, I18nText>;

export type TeachStringKey = keyof typeof TEACH_STRINGS;
