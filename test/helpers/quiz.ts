import { QUESTIONS } from '../../miniprogram/pages/quiz/bank/index';
import type { Question, QuestionType } from '../../miniprogram/core/content-model';
import { initialProgress, PROGRESS_KEY } from '../../miniprogram/core/progress/model';
import type { Progress } from '../../miniprogram/core/progress/model';
import { encode } from '../../miniprogram/core/storage/envelope';
import { recordResult } from '../../miniprogram/core/progress/actions';
import { createRun, finishRun, summarize } from '../../miniprogram/core/quiz/run';
import { tap, tapVant } from './dom';
import type { RenderedPage } from './render';
import type { WxFake } from './wx';

/** Steps shared by the quiz, result and wrong-answer book tests: questions, saved progress, answering by tapping. */

export function firstOfType<T extends QuestionType>(type: T): Extract<Question, { type: T }> {
  const q = QUESTIONS.find((x) => x.type === type);
  if (!q) throw new Error(`no ${type} question in the bank`);
  return q as Extract<Question, { type: T }>;
}

/** Writes progress into the fake wx storage as the app saves it. */
export function seedProgress(fake: WxFake, progress: Progress): void {
  fake.storage.set(PROGRESS_KEY, encode(progress, { version: 2 }));
}

export function seededProgress(patch: Partial<Progress>): Progress {
  return { ...initialProgress(), ...patch };
}

/** Reads back what the app saved. */
export function savedProgress(fake: WxFake): Progress {
  const raw = fake.storage.get(PROGRESS_KEY);
  if (typeof raw !== 'string') throw new Error('no progress saved');
  return (JSON.parse(raw) as { data: Progress }).data;
}

/** The taps that answer a question fully right, or wrong. */
export function tapsFor(question: Question, right: boolean): string[] {
  switch (question.type) {
    case 'single': {
      const wrong = question.answer === 0 ? 1 : 0;
      return [`#choice-${right ? question.answer : wrong}`];
    }
    case 'multiple': {
      if (right) return question.answer.map((i) => `#choice-${i}`);
      const wrong = question.options.findIndex((_, i) => !question.answer.includes(i));
      return [`#choice-${wrong}`];
    }
    case 'truefalse':
      // The view shows true as index 1 and false as index 0.
      return [`#choice-${question.answer === right ? 1 : 0}`];
    case 'order': {
      const seq = question.items.map((_, i) => i);
      if (!right) [seq[0], seq[1]] = [seq[1], seq[0]];
      return seq.map((i) => `#choice-${i}`);
    }
    case 'mistake': {
      const wrong = question.answer === 0 ? 1 : 0;
      return [`#field-${right ? question.answer : wrong}`];
    }
  }
}

/** Answers the question on screen (right or wrong) by tapping, then taps Submit. */
export async function answerByTapping(page: RenderedPage, question: Question, right: boolean): Promise<void> {
  for (const selector of tapsFor(question, right)) await tap(page, selector);
  await tapVant(page, '#submit');
}

export function questionOnScreen(page: RenderedPage): Question {
  const data = page.data as { question: { id: string } | null };
  const q = QUESTIONS.find((x) => x.id === data.question?.id);
  if (!q) throw new Error('no question on screen');
  return q;
}

/** Progress after one finished quiz on a lesson, recorded with the given points of the given total (default 100). */
export function withLessonQuizScore(lessonId: string, points: number, now: number, total = 100): Progress {
  const made = createRun(QUESTIONS, { mode: 'lesson', lessonId }, 3, now);
  if (!made.ok) throw new Error(made.error);
  const result = summarize(finishRun(made.run, now + 1000), now + 1000);
  return recordResult(initialProgress(), { ...result, points, total }, now);
}
