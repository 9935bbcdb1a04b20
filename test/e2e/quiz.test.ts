import { useApp, freshStart, openTab, waitForPage, tap, text, firstWithId, numbers } from './helpers/app';
import { answerAll } from './helpers/quiz';

// Journey: a lesson quiz from 练习 to its result, and the wrong answers into the wrong-answer book.
const app = useApp();

it('takes a lesson quiz to the result page, and files the misses in the wrong-answer book', async () => {
  const mp = app().mp;
  await freshStart(mp);
  const practice = await openTab(mp, 'pages/practice/index');
  await (await firstWithId(practice, 'van-cell', 'quiz-lesson-')).tap();
  await waitForPage(mp, 'pages/quiz/index');

  const feedback = await answerAll(mp);
  expect(feedback.length).toBeGreaterThan(0);
  feedback.forEach((f) => expect(f).not.toBe(''));

  const result = await waitForPage(mp, 'pages/quiz/result/index');
  const [correct, total] = numbers(await text(result, '#correct'));
  expect(total).toBe(feedback.length);
  expect(correct).toBeLessThanOrEqual(total);
  // The percent is rounded down (a fail never shows the pass mark): core/quiz/score.ts.
  expect(numbers(await text(result, '#percent'))[0]).toBe(
    Math.floor(numbersScore(await text(result, '#points')) + 1e-9),
  );

  if (correct < total) {
    await tap(result, '#to-book');
    const book = await waitForPage(mp, 'pages/quiz/wrongbook/index');
    expect(numbers(await text(book, '#total'))[0]).toBe(total - correct);
  }
});

/** '得分 2 / 8' → 25 (points as a percentage of the maximum). */
function numbersScore(points: string): number {
  const [got, max] = numbers(points);
  return (got / max) * 100;
}
