import { QUESTIONS } from '../../miniprogram/pages/quiz/bank/index';
import { applyAnswer } from '../../miniprogram/pages/quiz/schedule';
import { initialProgress } from '../../miniprogram/core/progress/model';
import type { Progress } from '../../miniprogram/core/progress/model';
import { renderPage, textOf } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { tap, tapVant } from '../helpers/dom';
import { answerByTapping, questionOnScreen, savedProgress, seedProgress } from '../helpers/quiz';
import { fake } from '../helpers/environment';

let page: RenderedPage | undefined;

const NOW = Date.now();
const [A, B] = QUESTIONS;

function bookOf(lang: 'zh' | 'en' = 'zh'): Progress {
  let p: Progress = { ...initialProgress(), lang };
  p = applyAnswer(p, A.id, 0, NOW).progress;
  p = applyAnswer(p, B.id, 0, NOW).progress;
  // B reviewed right today: due again in a few days.
  p = applyAnswer(p, B.id, 1, NOW).progress;
  // A question the bank no longer has is dropped from the book.
  return applyAnswer(p, 'gone-from-the-bank', 0, NOW).progress;
}

describe('wrong-answer book page', () => {
  it('counts the book and what is due today, and lists each question with its schedule', async () => {
    seedProgress(fake, bookOf());
    page = await renderPage('pages/quiz/wrongbook/index');
    expect(textOf(page.querySelector('#total'))).toBe('2');
    expect(textOf(page.querySelector('#due'))).toBe('1');
    expect(textOf(page.querySelector(`#entry-${A.id}`))).toContain(A.prompt.zh);
    expect(textOf(page.querySelector(`#entry-${A.id}`))).toContain('复习 · 今天');
    expect(textOf(page.querySelector(`#entry-${B.id}`))).toContain('按时答对 1/3');
    expect(savedProgress(fake).wrongBook.entries['gone-from-the-bank']).toBeUndefined();
  });

  it('shows the answer and explanation, and removes a question after confirmation', async () => {
    seedProgress(fake, bookOf());
    page = await renderPage('pages/quiz/wrongbook/index');
    await tap(page, `#toggle-${A.id}`);
    expect(textOf(page.querySelector(`#answer-${A.id}`))).toContain(A.explanation.zh);
    fake.modalAnswers.push(true);
    await tap(page, `#remove-${A.id}`);
    expect(fake.modals).toHaveLength(1);
    expect(page.querySelector(`#entry-${A.id}`)).toBeUndefined();
    expect(savedProgress(fake).wrongBook.entries[A.id]).toBeUndefined();
  });

  it('reviews what is due: answering right on schedule moves it forward', async () => {
    seedProgress(fake, bookOf());
    page = await renderPage('pages/quiz/wrongbook/index');
    await tapVant(page, '#review');
    expect(fake.navigations).toEqual([{ kind: 'navigateTo', url: '/pages/quiz/index?mode=review' }]);
    page.detach();
    page = await renderPage('pages/quiz/index', { query: { mode: 'review' } });
    expect(textOf(page.querySelector('#count'))).toBe('1 / 1');
    expect(questionOnScreen(page).id).toBe(A.id);
    await answerByTapping(page, A, true);
    expect(textOf(page.querySelector('#book-note'))).toContain('复习进度 1/3');
    expect(savedProgress(fake).wrongBook.entries[A.id].streak).toBe(1);
  });

  it('is empty at first and switches language', async () => {
    seedProgress(fake, { ...initialProgress(), lang: 'en' });
    page = await renderPage('pages/quiz/wrongbook/index');
    expect(textOf(page.querySelector('#empty'))).toContain('The book is empty');
    expect(textOf(page.querySelector('#review'))).toContain('Nothing is due today');
  });
});
