import type { I18nText } from '../i18n';

/** How a score is said, the same on every page (result, practice, learn, 我的). */
export const SCORE_TEXT = {
  score: { zh: '得分 {points} / {total}', en: 'Score {points} / {total}' },
  partial: {
    zh: '其中 {partial} 分来自部分正确的多选题（每题 {each} 分）',
    en: 'of which {partial} from partly right multiple-choice answers ({each} each)',
  },
  allFull: { zh: '{correct} 题全对，每题 1 分', en: '{correct} fully right, 1 point each' },
  passed: { zh: '通过：达到及格线 {pass}', en: 'Passed: at or above the pass mark of {pass}' },
  failed: { zh: '未通过：及格线是 {pass}', en: 'Not passed: the pass mark is {pass}' },
  stageSentence: {
    zh: '{stage}：{total} 题答对 {correct} 题，得分 {points} / {total}（{percent}）',
    en: '{stage}: {correct} of {total} right, score {points} / {total} ({percent})',
  },
  stagePartial: { zh: '，含部分正确的 {partial} 分', en: ', including {partial} for partly right answers' },
  bestPassed: {
    zh: '{count} 题，最好成绩 {best}，达到及格线 {pass}',
    en: '{count} questions; best score {best}, at or above the pass mark of {pass}',
  },
  bestFailed: {
    zh: '{count} 题，最好成绩 {best}，未达及格线 {pass}',
    en: '{count} questions; best score {best}, below the pass mark of {pass}',
  },
  bestLinePassed: {
    zh: '最好成绩 {best}，达到及格线 {pass}',
    en: 'best score {best}, at or above the pass mark of {pass}',
  },
  bestLineFailed: {
    zh: '最好成绩 {best}，未达及格线 {pass}',
    en: 'best score {best}, below the pass mark of {pass}',
  },
  notTaken: { zh: '{count} 题，还没测过', en: '{count} questions, not taken yet' },
  examLine: { zh: '{score}（{percent}），{verdict}', en: '{score} ({percent}); {verdict}' },
  noExam: { zh: '还没考过', en: 'Not taken yet' },
} satisfies Record<string, I18nText>;
