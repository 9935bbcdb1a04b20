import type { Question } from '../../../miniprogram/core/content-model';
import { DEFAULT_EXAM, stageQuotas } from '../../../miniprogram/core/quiz/exam';
import {
  createRun,
  currentItem,
  goNext,
  isExpired,
  submitAnswer,
  summarize,
  timeLeftMs,
} from '../../../miniprogram/core/quiz/run';
import type { QuizRun } from '../../../miniprogram/core/quiz/run';
import { makeBank, rightTrueFalse } from './fixtures';

const NOW = Date.UTC(2026, 0, 15, 2, 0);
const MIN = 60000;

function exam(bank: readonly Question[], seed: number, config = DEFAULT_EXAM): QuizRun {
  const r = createRun(bank, { mode: 'exam', config }, seed, NOW);
  if (!r.ok) throw new Error(r.error);
  return r.run;
}

function answer(bank: readonly Question[], run: QuizRun, right: boolean, at: number): QuizRun {
  const item = currentItem(run);
  const q = bank.find((x) => x.id === item?.questionId) as Question;
  const r = submitAnswer(run, q, { type: 'truefalse', value: right ? rightTrueFalse(q) : !rightTrueFalse(q) }, at);
  if (!r.ok) throw new Error(r.error);
  return goNext(r.run);
}

describe('exam', () => {
  it('splits questions evenly across stages, handing on a short stage’s share', () => {
    expect(stageQuotas({ register: 30, complete: 30, develop: 30, release: 30 }, 20)).toEqual({
      register: 5,
      complete: 5,
      develop: 5,
      release: 5,
    });
    expect(stageQuotas({ register: 30, complete: 30, develop: 30, release: 30 }, 10)).toEqual({
      register: 3,
      complete: 3,
      develop: 2,
      release: 2,
    });
    expect(stageQuotas({ register: 12, complete: 8, develop: 6, release: 2 }, 20)).toEqual({
      register: 6,
      complete: 6,
      develop: 6,
      release: 2,
    });
    expect(stageQuotas({ register: 3, complete: 0, develop: 1, release: 0 }, 20)).toEqual({
      register: 3,
      complete: 0,
      develop: 1,
      release: 0,
    });
  });

  it('draws a fixed number of distinct questions across the stages, reproducibly, with a deadline', () => {
    const bank = makeBank([12, 8, 6, 4]);
    const run = exam(bank, 2026);
    expect(run.items).toHaveLength(DEFAULT_EXAM.questionCount);
    expect(new Set(run.items.map((i) => i.questionId)).size).toBe(DEFAULT_EXAM.questionCount);
    const perStage = (s: string) => run.items.filter((i) => i.stage === s).length;
    expect([perStage('register'), perStage('complete'), perStage('develop'), perStage('release')]).toEqual([
      6, 5, 5, 4,
    ]);
    expect(exam(bank, 2026)).toEqual(run);
    expect(exam(bank, 2027).items.map((i) => i.questionId)).not.toEqual(run.items.map((i) => i.questionId));
    expect(run.exam).toEqual({
      durationMs: DEFAULT_EXAM.durationMinutes * MIN,
      passPercent: DEFAULT_EXAM.passPercent,
      deadline: NOW + DEFAULT_EXAM.durationMinutes * MIN,
    });
  });

  it('passes at the pass mark, with a breakdown by stage', () => {
    const bank = makeBank([5, 5, 5, 5]);
    const config = { questionCount: 10, durationMinutes: 10, passPercent: 80 };
    let run = exam(bank, 1, config);
    for (let n = 0; n < 10; n++) run = answer(bank, run, n < 8, NOW + n * 1000);
    const pass = summarize(run, NOW + 30000);
    expect(pass).toMatchObject({ points: 8, total: 10, passed: true, passPercent: 80, timedOut: false, correct: 8 });
    expect(pass.byStage).toHaveLength(4);
    expect(pass.byStage.map((s) => s.total)).toEqual([3, 3, 2, 2]);

    let failing = exam(bank, 1, config);
    for (let n = 0; n < 10; n++) failing = answer(bank, failing, n < 7, NOW + n * 1000);
    expect(summarize(failing, NOW + 30000)).toMatchObject({ points: 7, passed: false });
  });

  it('counts down, refuses answers after the deadline and scores unanswered questions as zero', () => {
    const bank = makeBank([5, 5, 5, 5]);
    const config = { questionCount: 4, durationMinutes: 1, passPercent: 50 };
    let run = exam(bank, 3, config);
    expect(timeLeftMs(run, NOW + 15000)).toBe(45000);
    run = answer(bank, run, true, NOW + 20000);
    expect(isExpired(run, NOW + MIN - 1)).toBe(false);
    expect(isExpired(run, NOW + MIN)).toBe(true);
    expect(timeLeftMs(run, NOW + 5 * MIN)).toBe(0);
    const item = currentItem(run);
    const q = bank.find((x) => x.id === item?.questionId) as Question;
    expect(submitAnswer(run, q, { type: 'truefalse', value: true }, NOW + MIN + 1)).toEqual({
      ok: false,
      error: 'expired',
    });
    const result = summarize(run, NOW + 5 * MIN);
    expect(result).toMatchObject({
      answered: 1,
      correct: 1,
      points: 1,
      passed: false,
      timedOut: true,
      durationMs: MIN,
    });
    expect(result.wrongIds).toHaveLength(3);
  });

  it('untimed runs have no clock', () => {
    const bank = makeBank([5, 0, 0, 0]);
    const r = createRun(bank, { mode: 'stage', stage: 'register' }, 1, NOW);
    if (!r.ok) throw new Error(r.error);
    expect(timeLeftMs(r.run, NOW)).toBeUndefined();
    expect(isExpired(r.run, NOW + 1e12)).toBe(false);
  });
});
