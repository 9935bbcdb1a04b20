import { initialProgress } from '../../../miniprogram/core/progress/model';
import { createRun, submitAnswer } from '../../../miniprogram/core/quiz/run';
import type { QuizRun } from '../../../miniprogram/core/quiz/run';
import {
  BLANK_SCREEN,
  bookNoteText,
  noteAfter,
  pickedFor,
  quizScreen,
  responseFor,
  resumableRun,
  specFor,
  togglePick,
} from '../../../miniprogram/core/quiz/screen';
import { newEntry } from '../../../miniprogram/core/quiz/wrongbook';
import type { Question } from '../../../miniprogram/core/content-model';
import { ALL_TYPES, MISTAKE, MULTIPLE, ORDER, SINGLE, TRUEFALSE } from './fixtures';

const NOW = new Date(2026, 2, 1, 10, 0).getTime();

function runOf(questions: Question[], mode: 'retry' | 'exam' = 'retry'): QuizRun {
  const made =
    mode === 'exam'
      ? createRun(
          questions,
          { mode: 'exam', config: { questionCount: questions.length, durationMinutes: 1, passPercent: 60 } },
          1,
          NOW,
        )
      : createRun(questions, { mode: 'retry', questionIds: questions.map((q) => q.id) }, 1, NOW);
  if (!made.ok) throw new Error(made.error);
  return made.run;
}

function answer(run: QuizRun, q: Question, picked: number[]): QuizRun {
  const response = responseFor(q, picked);
  if (!response) throw new Error('nothing picked');
  const r = submitAnswer(run, q, response, NOW);
  if (!r.ok) throw new Error(r.error);
  return r.run;
}

describe('quiz screen: specs and resuming', () => {
  it('builds the spec a query asks for, from the learner’s progress', () => {
    const p = {
      ...initialProgress(),
      wrongBook: { entries: { a: newEntry('a', NOW), b: newEntry('b', NOW + 10 * 86400000) } },
    };
    expect(specFor('lesson', 'x', p, NOW)).toEqual({ mode: 'lesson', lessonId: 'x' });
    expect(specFor('lesson', '', p, NOW)).toBeUndefined();
    expect(specFor('stage', 'develop', p, NOW)).toEqual({ mode: 'stage', stage: 'develop' });
    expect(specFor('stage', 'nope', p, NOW)).toBeUndefined();
    expect(specFor('exam', '', p, NOW)).toEqual({ mode: 'exam' });
    expect(specFor('review', '', p, NOW)).toEqual({ mode: 'review', questionIds: ['a'] });
    expect(specFor('retry', '', p, NOW)).toEqual({ mode: 'retry', questionIds: [] });
  });

  it('resumes only an unfinished run of the quiz asked for whose questions all exist', () => {
    const run = runOf([SINGLE]);
    const p = { ...initialProgress(), activeRun: run };
    const exists = () => true;
    expect(resumableRun(p, 'resume', '', exists)).toBe(run);
    expect(resumableRun(p, 'retry', '', exists)).toBe(run);
    expect(resumableRun(p, 'lesson', 'x', exists)).toBeUndefined();
    expect(resumableRun(p, 'resume', '', () => false)).toBeUndefined();
    expect(resumableRun({ ...p, activeRun: { ...run, finishedAt: NOW } }, 'resume', '', exists)).toBeUndefined();
    expect(resumableRun(initialProgress(), 'resume', '', exists)).toBeUndefined();
  });
});

describe('quiz screen: picking', () => {
  it('toggles picks for multiple choice and ordering, replaces them otherwise', () => {
    expect(togglePick('multiple', [0], 2)).toEqual([0, 2]);
    expect(togglePick('multiple', [0, 2], 0)).toEqual([2]);
    expect(togglePick('order', [3, 1], 0)).toEqual([3, 1, 0]);
    expect(togglePick('single', [0], 2)).toEqual([2]);
    expect(togglePick('mistake', [1], 1)).toEqual([1]);
  });

  it('turns picks into a response and back, for every type', () => {
    for (const q of ALL_TYPES) {
      expect(responseFor(q, [])).toBeUndefined();
      const picked = q.type === 'multiple' || q.type === 'order' ? [1, 0] : [1];
      const response = responseFor(q, picked);
      if (!response) throw new Error(q.type);
      expect(response.type).toBe(q.type);
      expect(pickedFor(response)).toEqual(picked);
    }
  });
});

describe('quiz screen: what it shows', () => {
  it('before answering: letters, the hint of the type, submit once something is picked, no verdict', () => {
    const run = runOf([MULTIPLE, SINGLE]);
    const q = MULTIPLE;
    const blank = quizScreen(run, q, [], { streak: 0 }, 'zh', NOW);
    expect(blank.choices.map((c) => c.mark)).toEqual(['A', 'B', 'C', 'D']);
    expect(blank.hint).toBe('可多选，选好后点"提交"。');
    expect(blank).toMatchObject({
      canSubmit: false,
      answered: false,
      feedback: null,
      position: 1,
      total: 2,
      isLast: false,
    });
    expect(blank.choiceRole).toBe('checkbox');
    const picked = quizScreen(run, q, [2], { streak: 0 }, 'en', NOW);
    expect(picked.canSubmit).toBe(true);
    expect(picked.choices.filter((c) => c.selected).map((c) => c.index)).toEqual([2]);
    expect(picked.hint).toBe('Choose all that apply, then tap Submit.');
    expect(picked.choices.every((c) => c.state === '')).toBe(true);
  });

  it('after a wrong answer: marks right, wrong and missed options, the verdict and the book note', () => {
    let run = runOf([SINGLE]);
    run = answer(run, SINGLE, [0]);
    const s = quizScreen(run, SINGLE, [], { event: 'added', streak: 0 }, 'zh', NOW);
    const byIndex = Object.fromEntries(s.choices.map((c) => [c.index, c.state]));
    expect(byIndex).toEqual({ 0: 'wrong', 1: '', 2: 'missed', 3: '' });
    expect(s.feedback).toMatchObject({
      outcome: 'wrong',
      title: '回答错误',
      bookNote: '已加入错题本，会按计划再出现。',
    });
    expect(s).toMatchObject({ answered: true, canSubmit: false, isLast: true, percent: 100, picked: [0] });
  });

  it('an order question numbers the placed steps and says which positions are right', () => {
    let run = runOf([ORDER]);
    const partial = quizScreen(run, ORDER, [2], { streak: 0 }, 'zh', NOW);
    expect(partial.choices.find((c) => c.index === 2)).toMatchObject({ mark: '1', label: '1. 开发' });
    expect(partial.choices.find((c) => c.index === 0)).toMatchObject({ mark: '', label: '注册' });
    run = answer(run, ORDER, [0, 1, 3, 2]);
    const s = quizScreen(run, ORDER, [], { streak: 0 }, 'en', NOW);
    expect(
      s.choices
        .filter((c) => c.state === 'right')
        .map((c) => c.index)
        .sort(),
    ).toEqual([0, 1]);
    expect(s.feedback?.title).toBe('Not right');
  });

  it('true/false has no letters; find-the-mistake marks the fields', () => {
    const tf = quizScreen(runOf([TRUEFALSE]), TRUEFALSE, [], { streak: 0 }, 'zh', NOW);
    expect(tf.choices.map((c) => [c.mark, c.label])).toEqual([
      ['', '正确'],
      ['', '错误'],
    ]);
    const run = answer(runOf([MISTAKE]), MISTAKE, [1]);
    const m = quizScreen(run, MISTAKE, [], { event: 'none', streak: 0 }, 'zh', NOW);
    expect(m.fields.map((f) => f.state)).toEqual(['', 'right', '']);
    expect(m.fields[1].aria).toBe('密码: abc12');
    expect(m.feedback).toMatchObject({ outcome: 'correct', bookNote: '' });
  });

  it('an exam shows the clock and no verdict', () => {
    let run = runOf([SINGLE, MULTIPLE], 'exam');
    const first = run.items[0].questionId === SINGLE.id ? SINGLE : MULTIPLE;
    run = answer(run, first, first === SINGLE ? [2] : [0, 2, 3]);
    const s = quizScreen(run, first, [], { streak: 0 }, 'zh', NOW + 5000);
    expect(s).toMatchObject({ isExam: true, clock: '00:55', feedback: null, answered: true });
    expect(s.choices.every((c) => c.state === '')).toBe(true);
    expect(BLANK_SCREEN.ready).toBe(false);
  });

  it('book notes name the review streak with named parameters in both languages', () => {
    expect(bookNoteText({ event: 'advanced', streak: 2 }, 'zh')).toBe('按计划答对了，复习进度 2/3');
    expect(bookNoteText({ event: 'advanced', streak: 1 }, 'en')).toBe('Right on schedule; review progress 1/3');
    expect(bookNoteText({ event: 'graduated', streak: 3 }, 'en')).toContain('leaves the book');
    expect(bookNoteText({ streak: 0 }, 'zh')).toBe('');
  });
});

describe('quiz screen: the book note after an answer', () => {
  it('takes the streak from the book, or the full count for a question that left it', () => {
    const book = { entries: { a: { ...newEntry('a', NOW), streak: 1 } } };
    expect(noteAfter(book, 'a', 'advanced')).toEqual({ event: 'advanced', streak: 1 });
    expect(noteAfter(book, 'b', 'graduated')).toEqual({ event: 'graduated', streak: 3 });
  });
});
