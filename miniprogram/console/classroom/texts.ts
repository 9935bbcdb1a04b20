/** Texts of the classroom: what its pages share, and the messages of its result files, student fields and QR codes. */
import { t, type I18nText, type Lang } from '../../core/i18n';
import { saveProblemText, type SaveProblem } from '../../core/storage/envelope';
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
