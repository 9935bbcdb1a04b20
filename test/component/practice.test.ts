import { LESSONS } from '../../miniprogram/content/index';
import { QUESTIONS } from '../../miniprogram/pages/quiz/bank/index';
import { recordResult } from '../../miniprogram/core/progress/actions';
import { applyAnswer } from '../../miniprogram/pages/quiz/schedule';
import { initialProgress } from '../../miniprogram/core/progress/model';
import type { Progress } from '../../miniprogram/core/progress/model';
import { DEFAULT_EXAM } from '../../miniprogram/core/quiz/exam';
import { createRun, finishRun, summarize } from '../../miniprogram/core/quiz/run';
import { renderPage, textOf } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { tapCell, tapVant } from '../helpers/dom';
import { seedProgress } from '../helpers/quiz';
import { fake } from '../helpers/environment';

let page: RenderedPage | undefined;

const NOW = Date.now();

describe('练习 tab', () => {
  it('lists the exam rules, the mixed quiz with the partial-credit rule, and a quiz per stage and lesson', async () => {
    page = await renderPage('pages/practice/index');
    expect(textOf(page.querySelector('#exam-rules'))).toBe(
      `${DEFAULT_EXAM.questionCount} 道题，覆盖四个阶段，限时 ${DEFAULT_EXAM.durationMinutes} 分钟，${DEFAULT_EXAM.passPercent}% 及格`,
    );
    expect(textOf(page.querySelector('#multiple-rule'))).toContain('0.5');
    expect(textOf(page.querySelector('#book-line'))).toBe('还没有错题');
    for (const lesson of LESSONS.filter((l) => QUESTIONS.some((q) => q.lessonId === l.id))) {
      expect(textOf(page.querySelector(`#quiz-lesson-${lesson.id}`))).toContain(lesson.title.zh);
    }
    await tapVant(page, '#start-exam');
    await tapVant(page, '#start-mixed');
    await tapCell(page, '#quiz-stage-develop');
    const lesson = LESSONS.find((l) => QUESTIONS.some((q) => q.lessonId === l.id));
    await tapCell(page, `#quiz-lesson-${lesson?.id}`);
    expect(fake.navigations.map((n) => n.url)).toEqual([
      '/pages/quiz/index?mode=exam',
      '/pages/quiz/index?mode=mixed',
      '/pages/quiz/index?mode=stage&id=develop',
      `/pages/quiz/index?mode=lesson&id=${encodeURIComponent(lesson?.id ?? '')}`,
    ]);
  });

  it('shows how many wrong answers are due today and starts the review', async () => {
    let p: Progress = initialProgress();
    p = applyAnswer(p, QUESTIONS[0].id, 0, NOW).progress;
    p = applyAnswer(p, QUESTIONS[1].id, 0, NOW).progress;
    // Reviewed right today: next due in a few days, so not due today.
    p = applyAnswer(p, QUESTIONS[1].id, 1, NOW).progress;
    seedProgress(fake, p);
    page = await renderPage('pages/practice/index');
    expect(textOf(page.querySelector('#book-line'))).toBe('共 2 道，今天待复习 1 道');
    expect(textOf(page.querySelector('#review'))).toContain('(1)');
    await tapVant(page, '#review');
    await tapVant(page, '#open-book');
    expect(fake.navigations.map((n) => n.url)).toEqual([
      '/pages/quiz/index?mode=review',
      '/pages/quiz/wrongbook/index',
    ]);
  });

  it('shows the exam history and best scores', async () => {
    const made = createRun(QUESTIONS, { mode: 'exam' }, 9, NOW);
    if (!made.ok) throw new Error(made.error);
    const result = summarize(finishRun(made.run, NOW + 1000), NOW + 1000);
    seedProgress(fake, recordResult(initialProgress(), { ...result, points: 17, passed: true }, NOW));
    page = await renderPage('pages/practice/index');
    const history = page.querySelector('#exam-history');
    expect(textOf(history)).toBe('已考 1 次 · 最好成绩 85%，达到及格线 80% · 上次 85%');
    expect(history?.dom?.className).toMatch(/rl-score--pass/);
  });

  it('shows an exam of 79.6 % as 79 %, below the pass mark of 80 %, in the fail colour', async () => {
    const made = createRun(QUESTIONS, { mode: 'exam' }, 9, NOW);
    if (!made.ok) throw new Error(made.error);
    const result = summarize(finishRun(made.run, NOW + 1000), NOW + 1000);
    seedProgress(fake, recordResult(initialProgress(), { ...result, points: 99.5, total: 125, passed: false }, NOW));
    page = await renderPage('pages/practice/index');
    const history = page.querySelector('#exam-history');
    expect(textOf(history)).toBe('已考 1 次 · 最好成绩 79%，未达及格线 80% · 上次 79%');
    expect(history?.dom?.className).toMatch(/rl-score--fail/);
  });

  it('states each quiz row as a sentence against the pass mark, a fail in the fail colour', async () => {
    const made = createRun(QUESTIONS, { mode: 'stage', stage: 'register' }, 9, NOW);
    if (!made.ok) throw new Error(made.error);
    const result = summarize(finishRun(made.run, NOW + 1000), NOW + 1000);
    seedProgress(fake, recordResult(initialProgress(), { ...result, points: result.total * 0.3 }, NOW));
    page = await renderPage('pages/practice/index');
    const row = page.querySelector('#quiz-stage-register');
    expect(textOf(row)).toContain(`${result.total} 题，最好成绩 30%，未达及格线 80%`);
    expect(row?.querySelector('.van-cell__label')?.dom?.className).toMatch(/rl-score--fail/);
    expect(textOf(page.querySelector('#quiz-stage-develop'))).toMatch(/\d+ 题，还没测过/);
  });

  it('switches language', async () => {
    seedProgress(fake, { ...initialProgress(), lang: 'en' });
    page = await renderPage('pages/practice/index');
    expect(textOf(page.querySelector('.rl-title'))).toBe('Practice');
    expect(textOf(page.querySelector('#book-line'))).toBe('No wrong answers yet');
    expect(textOf(page.querySelector('#exam-rules'))).toContain('questions across the four stages');
  });
});
