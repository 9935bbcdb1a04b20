import { STAGES } from '../../../miniprogram/core/content-model';
import { LESSONS } from '../../../miniprogram/content/index';
import { QUESTION_INDEX, countQuestions, questionCountFor } from '../../../miniprogram/content/question-index';
import type { QuestionIndex } from '../../../miniprogram/content/question-index';
import { QUESTIONS, questionsFor } from '../../../miniprogram/pages/quiz/bank/index';
import type { Question } from '../../../miniprogram/core/content-model';

/** The index as the bank gives it. */
function indexOf(bank: readonly Question[]): QuestionIndex {
  const byLesson: Record<string, number> = {};
  const byStage = {} as Record<(typeof STAGES)[number], number>;
  for (const stage of STAGES) byStage[stage] = 0;
  for (const q of bank) {
    byLesson[q.lessonId] = (byLesson[q.lessonId] ?? 0) + 1;
    byStage[q.stage] += 1;
  }
  return { total: bank.length, byLesson, byStage };
}

describe('content/question-index.ts (the main package counts) matches the bank (practice subpackage)', () => {
  it('has the bank’s total, per-lesson and per-stage counts; update the file when this fails', () => {
    expect(QUESTION_INDEX).toEqual(indexOf(QUESTIONS));
  });

  it('would notice a question added to or removed from the bank', () => {
    expect(QUESTION_INDEX).not.toEqual(indexOf(QUESTIONS.slice(1)));
    expect(QUESTION_INDEX).not.toEqual(indexOf([...QUESTIONS, { ...QUESTIONS[0], id: 'extra' }]));
  });

  it('countQuestions counts a bank the same way', () => {
    expect(countQuestions(QUESTIONS)).toEqual(indexOf(QUESTIONS));
    expect(countQuestions([])).toEqual({ total: 0, byLesson: {}, byStage: indexOf([]).byStage });
  });

  it('answers every lesson, 0 for one without questions', () => {
    for (const lesson of LESSONS) expect(questionCountFor(lesson.id)).toBe(questionsFor(lesson.id).length);
    expect(questionCountFor('no-such-lesson')).toBe(0);
    expect(questionCountFor('constructor')).toBe(0);
  });
});
