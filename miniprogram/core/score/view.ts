import { t } from '../i18n';
import type { I18nText, Lang, TextParams } from '../i18n';
import { formatPoints } from '../progress/format';
import { DEFAULT_EXAM } from '../quiz/exam';
import { MULTIPLE_CHOICE_CREDIT } from '../quiz/grading';
import { reachesPass, wholePercent, type Points } from '../quiz/score';
import { SCORE_TEXT } from './texts';

/**
 * One presentation of a score for every page: the colour comes from the pass mark (never the pass colour for a
 * fail), the score is "得分 x / y" with partial credit explained beside it, and rows read as a sentence. Pure.
 */

/** The pass mark of every quiz: the exam's (a lesson or stage quiz is passed on the same terms). */
export const PASS_PERCENT = DEFAULT_EXAM.passPercent;

export type ScoreTone = 'pass' | 'fail';

export interface ScoreInput extends Points {
  /** Questions with full credit. */
  readonly correct: number;
  /** Defaults to PASS_PERCENT. */
  readonly passPercent?: number;
}

export interface ScoreView {
  readonly tone: ScoreTone;
  /** The whole percent, rounded down so a fail never shows the pass mark: "38%". */
  readonly percent: string;
  /** "得分 7.5 / 20". */
  readonly score: string;
  /** How the points were made, next to the number: the partial credit, or that every point is a whole answer. */
  readonly partial: string;
  /** "未通过：及格线是 80%". */
  readonly verdict: string;
  /** All of it in one line, for a row or a screen reader. */
  readonly line: string;
}

function percentText(percent: number): string {
  return `${percent}%`;
}

/** The tone of a score: pass when its exact ratio reaches the pass mark (never from a rounded percent). */
export function toneOf(score: Points, passPercent: number = PASS_PERCENT): ScoreTone {
  return reachesPass(score, passPercent) ? 'pass' : 'fail';
}

export function scoreView(input: ScoreInput, lang: Lang): ScoreView {
  const pass = input.passPercent ?? PASS_PERCENT;
  const tone = toneOf(input, pass);
  const percent = percentText(wholePercent(input));
  const score = t(SCORE_TEXT.score, lang, { points: formatPoints(input.points), total: input.total });
  const partialPoints = Math.max(0, input.points - input.correct);
  const partial =
    partialPoints > 0
      ? t(SCORE_TEXT.partial, lang, {
          partial: formatPoints(partialPoints),
          each: MULTIPLE_CHOICE_CREDIT.someRightNoneWrong,
        })
      : t(SCORE_TEXT.allFull, lang, { correct: input.correct });
  const verdict = t(tone === 'pass' ? SCORE_TEXT.passed : SCORE_TEXT.failed, lang, { pass: percentText(pass) });
  const line = t(SCORE_TEXT.examLine, lang, { score, percent, verdict });
  return { tone, percent, score, partial, verdict, line };
}

export interface StageScoreRow {
  readonly tone: ScoreTone;
  readonly sentence: string;
}

/** A result's stage row as a sentence: "注册：5 题答对 1 题，得分 1.5 / 5（30%），含部分正确的 0.5 分". */
export function stageScoreRow(stage: string, input: ScoreInput, lang: Lang): StageScoreRow {
  const view = scoreView(input, lang);
  const partialPoints = Math.max(0, input.points - input.correct);
  const base = t(SCORE_TEXT.stageSentence, lang, {
    stage,
    total: input.total,
    correct: input.correct,
    points: formatPoints(input.points),
    percent: view.percent,
  });
  const extra = partialPoints > 0 ? t(SCORE_TEXT.stagePartial, lang, { partial: formatPoints(partialPoints) }) : '';
  return { tone: view.tone, sentence: base + extra };
}

export interface BestScoreRow {
  /** 'none' when never taken. */
  readonly tone: ScoreTone | 'none';
  readonly sentence: string;
}

/** A best score against the pass mark, in the given pair of texts; its percent rounded down. */
function bestAgainstPass(
  best: Points,
  texts: { readonly passed: I18nText; readonly failed: I18nText },
  lang: Lang,
  vars: TextParams = {},
): BestScoreRow {
  const tone = toneOf(best);
  return {
    tone,
    sentence: t(tone === 'pass' ? texts.passed : texts.failed, lang, {
      ...vars,
      best: percentText(wholePercent(best)),
      pass: percentText(PASS_PERCENT),
    }),
  };
}

/** A quiz's row in a list: "5 题，最好成绩 30%，未达及格线 80%" (best is null when never taken). */
export function bestScoreRow(count: number, best: Points | null, lang: Lang): BestScoreRow {
  if (!best) return { tone: 'none', sentence: t(SCORE_TEXT.notTaken, lang, { count }) };
  return bestAgainstPass(best, { passed: SCORE_TEXT.bestPassed, failed: SCORE_TEXT.bestFailed }, lang, { count });
}

/**
 * A best score inside a longer line (a lesson row, the lesson's quiz, the exam history): "最好成绩 30%，未达及格线 80%";
 * an empty sentence when never taken (best null), so the caller shows nothing.
 */
export function bestScoreLine(best: Points | null, lang: Lang): BestScoreRow {
  if (!best) return { tone: 'none', sentence: '' };
  return bestAgainstPass(best, { passed: SCORE_TEXT.bestLinePassed, failed: SCORE_TEXT.bestLineFailed }, lang);
}

/** A saved exam: its points, total and the stages' full-credit counts. */
export interface ExamScore extends Points {
  readonly byStage: readonly { readonly correct: number }[];
}

/** An exam in 我的 in one line, or that none was taken. */
export function examScoreLine(exam: ExamScore | undefined, lang: Lang): BestScoreRow {
  if (!exam) return { tone: 'none', sentence: t(SCORE_TEXT.noExam, lang) };
  const correct = exam.byStage.reduce((sum, s) => sum + s.correct, 0);
  const view = scoreView({ points: exam.points, total: exam.total, correct }, lang);
  return { tone: view.tone, sentence: view.line };
}
