import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import type { CustomElement } from 'miniprogram-automator/out/Element';
import { el, tap, waitFor, currentPage } from './app';

const QUIZ = 'pages/quiz/index';

/** Whether the quiz's submit button is enabled (van-button's `disabled` property). */
async function canSubmit(page: Page): Promise<boolean> {
  const submit = (await page.$('#submit')) as CustomElement | null;
  return !!submit && (await submit.data('disabled')) === false;
}

/**
 * Answers the current question without knowing the answer: the first field of a "find the mistake" form, else
 * choices in order until submit is enabled (one for single choice, all of them for an ordering question).
 * Submits, waits for the feedback, and goes on. Returns the feedback title ('回答正确 · 得分 1').
 */
export async function answerOne(page: Page): Promise<string> {
  const fields = await page.$$('.field');
  if (fields.length) await fields[0].tap();
  else {
    for (const choice of await page.$$('.choice')) {
      await choice.tap();
      if (await canSubmit(page)) break;
    }
  }
  await waitFor(() => canSubmit(page), 'the submit button to be enabled');
  await tap(page, '#submit');
  const feedback = await (await el(page, '#feedback-title')).text();
  await tap(page, '#next');
  return feedback;
}

/**
 * Answers questions until the quiz page closes (it redirects to the result page). Returns each feedback title.
 */
export async function answerAll(mp: MiniProgram, max = 100): Promise<string[]> {
  const feedback: string[] = [];
  for (let i = 0; i < max; i += 1) {
    const page = await currentPage(mp);
    if (page.path !== QUIZ) return feedback;
    const position = await (await el(page, '#count')).text();
    feedback.push(await answerOne(page));
    // Wait for the next question (or for the quiz to close) before answering again.
    await waitFor(async () => {
      const now = await currentPage(mp);
      if (now.path !== QUIZ) return true;
      const count = await now.$('#count');
      return !!count && (await count.text()) !== position;
    }, 'the next question');
  }
  throw new Error(`the quiz did not end after ${max} answers`);
}
