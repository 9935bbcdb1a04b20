/** Texts of the classroom: what its pages share, and the messages of its result files, student fields and QR codes. */
import { t, type I18nText, type Lang } from '../../core/i18n';
import { saveProblemText, type SaveProblem } from '../../core/storage/envelope';
import type { AssignmentCodeProblem } from './assignment';
import type { ResultProblem } from './result';

const SAVE_FAILED: I18nText = { zh: '没能保存到手机：{reason}', en: 'Could not save on this phone: {reason}' };

/** "Could not save on this phone" with the advice for why (a classroom write storage refused). */
export function saveFailedText(problem: SaveProblem, lang: Lang): string {
  return t(SAVE_FAILED, lang, { reason: t(saveProblemText(problem), lang) });
}

/** Why a result file or code is not counted (`readResultFile` / `readResultCode`). */
export const RESULT_MESSAGES: Readonly<Record<ResultProblem, I18nText>> = {
  empty: { zh: '文件是空的。', en: 'The file is empty.' },
  oversized: {
    zh: '文件太大，不是注册实训营的成绩文件。',
    en: 'The file is too large to be a RegLab result file.',
  },
  truncated: {
    zh: '文件不完整（可能没传完）：请学生重新发送。',
    en: 'The file is incomplete (the transfer may have stopped): ask the student to send it again.',
  },
  corrupt: {
    zh: '无法读取：这不是注册实训营的成绩文件，或文件已损坏。',
    en: 'Cannot be read: this is not a RegLab result file, or it is damaged.',
  },
  newer: {
    zh: '这份成绩来自更新版本的小程序：请先更新。',
    en: 'This result comes from a newer version of the app: update first.',
  },
  tampered: {
    zh: '成绩文件的内容被改动过（校验码不符）：未计入，请学生重新提交原文件。',
    en: 'The result file was edited (its checksum does not match): not counted; ask the student to hand in the original.',
  },
  foreign: {
    zh: '这份成绩属于另一份作业：未计入。',
    en: 'This result belongs to another assignment: not counted.',
  },
};

/** A valid result of another class's assignment. */
export const RESULT_FOREIGN_CLASS: I18nText = {
  zh: '这份成绩属于另一份作业（班级：{className}），不是本作业（{expected}）：未计入。',
  en: 'This result belongs to another assignment (class: {className}), not this one ({expected}): not counted.',
};

/** What is wrong with the name or number a student typed (`studentProblems`). */
export const STUDENT_TEXTS = {
  nameMissing: { zh: '请填写姓名（老师名单上的写法）。', en: "Enter your name (as on the teacher's list)." },
  nameInvalid: {
    zh: '姓名最多 {max} 个字，不含逗号、引号或换行。',
    en: 'The name can have at most {max} characters, without commas, quotes or line breaks.',
  },
  numberInvalid: {
    zh: '学号只能含字母、数字和连字符，最多 20 位。',
    en: 'The student number can only have letters, digits and hyphens, at most 20.',
  },
} satisfies Record<string, I18nText>;

/** A code too long for one QR code (`qrGrid`). */
export const QR_TOO_LONG: I18nText = {
  zh: '内容太长，放不进一个二维码：请改用分享卡片或复制文字码。',
  en: 'Too long for one QR code: use the share card or copy the text code instead.',
};

/** What is wrong with an assignment (`assignmentProblems`), in words a teacher understands. */
export const ASSIGNMENT_TEXTS = {
  quizInvalid: {
    zh: '测验设置无效：请选择考试、综合练习或某一阶段。',
    en: 'The quiz settings are not valid: choose an exam, a mixed quiz or one stage.',
  },
  quizCount: {
    zh: '题目数量须为 {min}–{max} 之间的整数。',
    en: 'The number of questions must be a whole number from {min} to {max}.',
  },
  examMinutes: { zh: '考试时长须为 1–{max} 分钟。', en: 'The exam must last 1 to {max} minutes.' },
  passPercent: { zh: '及格线须为 0–100 的百分数。', en: 'The pass mark must be a percentage from 0 to 100.' },
  quizMissing: { zh: '缺少测验设置。', en: 'The quiz setting is missing.' },
  notAssignment: { zh: '不是作业。', en: 'Not an assignment.' },
  classNameMissing: { zh: '请填写班级名称。', en: 'Enter the class name.' },
  classNameLong: { zh: '班级名称最多 {max} 个字。', en: 'The class name can have at most {max} characters.' },
  dueInvalid: {
    zh: '截止时间须为有效的日期和时间，格式如 2026-12-31 23:59（北京时间）。',
    en: 'The due date must be a real date and time such as 2026-12-31 23:59 (Beijing time).',
  },
  seedInvalid: { zh: '题目种子须为非负整数。', en: 'The question seed must be a whole number, 0 or more.' },
  nothingChosen: { zh: '请至少选择一个任务或加一次测验。', en: 'Choose at least one mission or add a quiz.' },
  tooManyMissions: { zh: '一次作业最多 {max} 个任务。', en: 'An assignment can have at most {max} missions.' },
  missionEntry: { zh: '第 {n} 个任务：{problem}', en: 'Mission {n}: {problem}' },
  missionTwice: { zh: '任务 {id} 出现了两次。', en: 'The mission {id} is in the list twice.' },
  noBuiltIn: {
    zh: '没有编号为 {id} 的内置任务（小程序可能需要更新）。',
    en: 'There is no built-in mission {id} (the app may need an update).',
  },
  builtInId: { zh: '自建任务使用了内置任务的编号 {id}。', en: 'A teacher-built mission uses the built-in id {id}.' },
  entryInvalid: { zh: '任务条目无效。', en: 'The mission entry is not valid.' },
} satisfies Record<string, I18nText>;

/** Why an assignment code cannot be opened (`decodeAssignment`). */
export const ASSIGNMENT_CODE_MESSAGES: Readonly<Record<AssignmentCodeProblem, I18nText>> = {
  empty: { zh: '请先粘贴或扫描作业码。', en: 'Paste or scan an assignment code first.' },
  'too-long': {
    zh: '这段作业码太长了，不是本小程序生成的作业码。',
    en: 'This assignment code is too long: it was not made by this app.',
  },
  malformed: {
    zh: '作业码里有不该出现的字符：请完整复制，不要加空格或换行。',
    en: 'The assignment code has characters it should not have: copy it whole, without spaces or line breaks.',
  },
  foreign: {
    zh: '这不是注册实训营的作业码（任务码请在“导入任务”里使用）。',
    en: 'This is not a RegLab assignment code (a mission code goes into "Import a mission").',
  },
  newer: {
    zh: '这个作业码来自更新版本的小程序：请先更新。',
    en: 'This assignment code comes from a newer version of the app: update first.',
  },
  damaged: {
    zh: '作业码不完整或被改动过：请向老师重新获取完整的作业码。',
    en: 'The assignment code is incomplete or was changed: ask your teacher for the whole code again.',
  },
  invalid: {
    zh: '作业码里的作业内容有误，无法打开。',
    en: 'The assignment in this code is not valid and cannot be opened.',
  },
};

/** What happened to each hand-in the teacher imports (`importHandIns`). */
export const ROSTER_MESSAGES = {
  added: { zh: '{file}：已收到 {name} 的成绩。', en: '{file}: result of {name} received.' },
  replaced: {
    zh: '{file}：{name} 重新提交，已替换 {time} 的那一份。',
    en: '{file}: {name} handed in again; the one from {time} is replaced.',
  },
  duplicate: {
    zh: '{file}：与已收到的 {name} 的成绩完全相同，未重复计入。',
    en: '{file}: the same as the result of {name} already received; not counted twice.',
  },
  older: {
    zh: '{file}：比已收到的 {name} 的成绩（{time}）更早，保留较新的那份。',
    en: '{file}: older than the result of {name} already received ({time}); the newer one is kept.',
  },
  'too-many': {
    zh: '{file}：一次最多导入 {max} 个文件，这个未读取，请再导入一次。',
    en: '{file}: at most {max} files at once; this one was not read, import it again.',
  },
  /** A file or code that could not be counted; `reason` is one of RESULT_MESSAGES. */
  unread: { zh: '{file}：{reason}', en: '{file}: {reason}' },
} as const satisfies Record<string, I18nText>;

/** What is wrong with a line of a class list (`parseClassList`), by line number. */
export const CLASS_LIST_TEXTS = {
  line: { zh: '第 {line} 行：{problem}', en: 'Line {line}: {problem}' },
  noName: { zh: '没有姓名。', en: 'no name.' },
  nameLong: { zh: '姓名超过 {max} 个字。', en: 'the name has more than {max} characters.' },
  numberInvalid: {
    zh: '学号只能含字母、数字和连字符。',
    en: 'a student number can only have letters, digits and hyphens.',
  },
  twice: { zh: '{who} 重复出现。', en: '{who} appears twice.' },
} as const satisfies Record<string, I18nText>;

/**
 * Header cells a class list may start with (compared in lower case), in the words teachers write in Excel: not
 * shown, only recognised.
 */
export const CLASS_LIST_HEADERS = {
  name: ['姓名', '名字', 'name', 'student'],
  number: ['学号', '编号', '序号', 'number', 'no', 'no.', 'id', 'student number'],
} as const;

/** The roster CSV's headers and cells, in the teacher's language (`rosterCsv`). */
export const EXPORT_TEXT = {
  number: { zh: '学号', en: 'Number' },
  name: { zh: '姓名', en: 'Name' },
  status: { zh: '状态', en: 'Status' },
  submittedAt: { zh: '提交时间（北京时间）', en: 'Handed in (Beijing time)' },
  solved: { zh: '{mission} 完成', en: '{mission} solved' },
  actions: { zh: '{mission} 步数', en: '{mission} actions' },
  hints: { zh: '{mission} 提示', en: '{mission} hints' },
  seconds: { zh: '{mission} 用时（秒）', en: '{mission} time (s)' },
  quiz: { zh: '测验得分 %', en: 'Quiz %' },
  quizVerdict: { zh: '测验结果（及格线 {pass}%）', en: 'Quiz result (pass mark {pass}%)' },
  quizPassed: { zh: '通过', en: 'Passed' },
  quizFailed: { zh: '未通过', en: 'Not passed' },
  stage: { zh: '{stage} %', en: '{stage} %' },
  totalMinutes: { zh: '总用时（分钟）', en: 'Total time (min)' },
  totalHints: { zh: '提示合计', en: 'Hints in all' },
  replaced: { zh: '重新提交次数', en: 'Re-submissions' },
  'handed-in': { zh: '已提交', en: 'Handed in' },
  late: { zh: '逾期提交', en: 'Handed in late' },
  missing: { zh: '未提交', en: 'Missing' },
  notOnList: { zh: '（不在名单上）', en: ' (not on the list)' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
} as const satisfies Record<string, I18nText>;
