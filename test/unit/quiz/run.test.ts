import type { Question } from '../../../miniprogram/core/content-model';
import { isQuizRun } from '../../../miniprogram/core/quiz/guards';
import {
  allAnswered,
  createRun,
  currentItem,
  displayOrder,
  finishRun,
  goNext,
  goTo,
  submitAnswer,
  summarize,
} from '../../../miniprogram/core/quiz/run';
import type { QuizRun } from '../../../miniprogram/core/quiz/run';
import { ALL_TYPES, MULTIPLE, ORDER, SINGLE, makeBank, rightTrueFalse } from './fixtures';

const NOW = Date.UTC(2026, 0, 15, 2, 0);

function mustCreate(...args: Parameters<typeof createRun>): QuizRun {
  const r = createRun(...args);
  if (!r.ok) throw new Error(r.error);
  return r.run;
}

function questionOf(bank: readonly Question[], run: QuizRun): Question {
  const item = currentItem(run);
  const q = bank.find((x) => x.id === item?.questionId);
  if (!q) throw new Error('no current question');
  return q;
}

describe('quiz runs', () => {
  const bank = makeBank([12, 8, 6, 4]);

  it('per lesson: only that lesson, every question once, reproducible from the seed', () => {
    const a = mustCreate(bank, { mode: 'lesson', lessonId: 'register-lesson-1' }, 123, NOW);
    const b = mustCreate(bank, { mode: 'lesson', lessonId: 'register-lesson-1' }, 123, NOW);
    const c = mustCreate(bank, { mode: 'lesson', lessonId: 'register-lesson-1' }, 124, NOW);
    expect(a).toEqual(b);
    expect(a.items.map((i) => i.questionId).sort()).toEqual(
      ['q-register-5', 'q-register-6', 'q-register-7', 'q-register-8', 'q-register-9'].sort(),
    );
    expect(a.items.map((i) => i.questionId)).not.toEqual(c.items.map((i) => i.questionId));
    expect(a.mode).toBe('lesson');
    expect(a.target).toBe('register-lesson-1');
    expect(a.id).toBe(`lesson:register-lesson-1:${(123).toString(36)}`);
    expect(a.exam).toBeUndefined();
  });

  it('per stage, with an optional limit', () => {
    const run = mustCreate(bank, { mode: 'stage', stage: 'develop' }, 5, NOW);
    expect(run.items).toHaveLength(6);
    expect(run.items.every((i) => i.stage === 'develop')).toBe(true);
    expect(mustCreate(bank, { mode: 'stage', stage: 'register', limit: 3 }, 5, NOW).items).toHaveLength(3);
  });

  it('mixed: a count of distinct questions from the whole bank', () => {
    const run = mustCreate(bank, { mode: 'mixed', count: 15 }, 99, NOW);
    expect(run.items).toHaveLength(15);
    expect(new Set(run.items.map((i) => i.questionId)).size).toBe(15);
    expect(new Set(run.items.map((i) => i.stage)).size).toBeGreaterThan(1);
    expect(mustCreate(bank, { mode: 'mixed' }, 99, NOW).items).toHaveLength(10);
  });

  it('review and retry: the given questions only, unknown or repeated IDs ignored', () => {
    const run = mustCreate(
      bank,
      { mode: 'retry', questionIds: ['q-develop-1', 'nope', 'q-release-0', 'q-develop-1'] },
      1,
      NOW,
    );
    expect(run.items.map((i) => i.questionId).sort()).toEqual(['q-develop-1', 'q-release-0']);
    expect(createRun(bank, { mode: 'review', questionIds: ['nope'] }, 1, NOW)).toEqual({
      ok: false,
      error: 'no-questions',
    });
    expect(createRun(bank, { mode: 'lesson', lessonId: 'missing' }, 1, NOW)).toEqual({
      ok: false,
      error: 'no-questions',
    });
  });

  it('shuffles options reproducibly per question, and never shows an ordering question already in order', () => {
    const o1 = displayOrder(SINGLE, 10);
    expect(displayOrder(SINGLE, 10)).toEqual(o1);
    expect(o1.slice().sort()).toEqual([0, 1, 2, 3]);
    const seen = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const order = displayOrder(ORDER, seed);
      expect(order.slice().sort()).toEqual([0, 1, 2, 3]);
      expect(order).not.toEqual([0, 1, 2, 3]);
      seen.add(order.join(','));
      seen.add(displayOrder(MULTIPLE, seed).join('|'));
    }
    expect(seen.size).toBeGreaterThan(10);
    expect(displayOrder(ALL_TYPES[2], 3)).toEqual([]);
    expect(displayOrder(ALL_TYPES[4], 3)).toEqual([]);
  });

  it('grades answers to the current question, refuses the wrong question or a second answer', () => {
    let run = mustCreate(bank, { mode: 'stage', stage: 'release' }, 7, NOW);
    const q = questionOf(bank, run);
    const other = bank.find((x) => x.id !== q.id) as Question;
    expect(submitAnswer(run, other, { type: 'truefalse', value: true }, NOW)).toEqual({
      ok: false,
      error: 'wrong-question',
    });
    expect(submitAnswer(run, q, { type: 'single', choice: 0 }, NOW)).toEqual({ ok: false, error: 'type-mismatch' });
    const r = submitAnswer(run, q, { type: 'truefalse', value: rightTrueFalse(q) }, NOW);
    if (!r.ok) throw new Error(r.error);
    expect(r.grade).toEqual({ score: 1, outcome: 'correct' });
    expect(run.items[0].score).toBeUndefined();
    run = r.run;
    expect(run.items[0].score).toBe(1);
    expect(submitAnswer(run, q, { type: 'truefalse', value: true }, NOW)).toEqual({
      ok: false,
      error: 'already-answered',
    });
  });

  it('moves to the next unanswered question, wrapping round, and summarises by stage', () => {
    const small = makeBank([2, 1, 0, 1]);
    let run = mustCreate(small, { mode: 'mixed', count: 4 }, 3, NOW);
    run = goTo(run, 2);
    const answers: boolean[] = [];
    for (let n = 0; n < 4; n++) {
      const q = questionOf(small, run);
      // Answer the first two right and the rest wrong.
      const right = n < 2;
      answers.push(right);
      const r = submitAnswer(
        run,
        q,
        { type: 'truefalse', value: right ? rightTrueFalse(q) : !rightTrueFalse(q) },
        NOW + n,
      );
      if (!r.ok) throw new Error(r.error);
      run = goNext(r.run);
    }
    expect(allAnswered(run)).toBe(true);
    expect(goNext(run)).toBe(run);
    run = finishRun(run, NOW + 60000);
    expect(finishRun(run, NOW + 99999)).toBe(run);
    const result = summarize(run, NOW + 99999);
    expect(result).toMatchObject({ total: 4, answered: 4, correct: 2, points: 2, durationMs: 60000 });
    expect(result.wrongIds).toHaveLength(2);
    expect(result.passed).toBeUndefined();
    expect(result.byStage.map((s) => s.stage)).toEqual(['register', 'complete', 'release']);
    expect(result.byStage.reduce((n, s) => n + s.total, 0)).toBe(4);
    expect(result.byStage.reduce((n, s) => n + s.correct, 0)).toBe(2);
  });

  it('counts partial credit in points but lists the question as wrong', () => {
    let run = mustCreate([MULTIPLE], { mode: 'lesson', lessonId: 'lesson-a' }, 1, NOW);
    const r = submitAnswer(run, MULTIPLE, { type: 'multiple', choices: [0, 3] }, NOW);
    if (!r.ok) throw new Error(r.error);
    expect(r.grade.outcome).toBe('partial');
    run = r.run;
    const result = summarize(run, NOW);
    expect(result).toMatchObject({ points: 0.5, total: 1, correct: 0, wrongIds: ['q-multiple'] });
    expect(result).not.toHaveProperty('percent');
  });

  it('refuses answers after the run is finished', () => {
    const run = finishRun(mustCreate(bank, { mode: 'mixed', count: 2 }, 1, NOW), NOW);
    const q = questionOf(bank, run);
    expect(submitAnswer(run, q, { type: 'truefalse', value: true }, NOW)).toEqual({ ok: false, error: 'finished' });
  });

  it('is plain JSON: survives a round trip and passes its guard (resumable)', () => {
    let run = mustCreate(ALL_TYPES, { mode: 'mixed', count: 5 }, 77, NOW);
    const q = questionOf(ALL_TYPES, run);
    const r = submitAnswer(run, q, { type: 'truefalse', value: true }, NOW);
    if (r.ok) run = r.run;
    const copy: unknown = JSON.parse(JSON.stringify(run));
    expect(copy).toEqual(run);
    expect(isQuizRun(copy)).toBe(true);
    expect(isQuizRun({ ...run, current: 9 })).toBe(false);
    expect(isQuizRun({ ...run, mode: 'party' })).toBe(false);
    expect(isQuizRun({ ...run, items: [] })).toBe(false);
  });
});
