import { LESSONS, SOURCES } from '../../miniprogram/content/index';
import { markSectionSeen } from '../../miniprogram/core/progress/actions';
import { applyAnswer } from '../../miniprogram/pages/quiz/schedule';
import { PROGRESS_KEY, initialProgress } from '../../miniprogram/core/progress/model';
import type { Progress } from '../../miniprogram/core/progress/model';
import { forgetLoadedProgress } from '../../miniprogram/services/storage';
import { renderPage, textOf } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { tap, tapVant } from '../helpers/dom';
import { savedProgress, seedProgress } from '../helpers/quiz';
import { fake } from '../helpers/environment';

let page: RenderedPage | undefined;

const NOW = Date.now();

describe('我的 tab', () => {
  it('switches language by tapping, remembers it, and the text changes', async () => {
    page = await renderPage('pages/me/index');
    expect(textOf(page.querySelector('.rl-title'))).toBe('我的');
    expect(textOf(page.querySelector('#reset'))).toBe('清空学习进度');
    await tap(page, '#lang-en');
    expect(textOf(page.querySelector('.rl-title'))).toBe('Me');
    expect(textOf(page.querySelector('#reset'))).toBe('Reset progress');
    expect(textOf(page.querySelector('#theme-system'))).toBe('Follow system');
    expect(savedProgress(fake).lang).toBe('en');
    // After a restart the choice is still there.
    page.detach();
    forgetLoadedProgress();
    page = await renderPage('pages/me/index');
    expect(textOf(page.querySelector('.rl-title'))).toBe('Me');
    await tap(page, '#lang-zh');
    expect(textOf(page.querySelector('.rl-title'))).toBe('我的');
  });

  it('shows the last exam as a score against the pass mark', async () => {
    page = await renderPage('pages/me/index');
    expect(textOf(page.querySelector('#last-exam'))).toContain('还没考过');
    page.detach();
    forgetLoadedProgress();
    const exam = { at: NOW, points: 9, total: 20, passed: false, timedOut: false, durationMs: 1000 };
    const byStage = [{ stage: 'register' as const, total: 20, correct: 9, points: 9 }];
    seedProgress(fake, { ...initialProgress(), lang: 'en', exams: [{ ...exam, byStage }] });
    page = await renderPage('pages/me/index');
    expect(textOf(page.querySelector('#last-exam'))).toContain('Score 9 / 20 (45%); Not passed: the pass mark is 80%');
    expect(page.querySelector('#last-exam')?.querySelector('.van-cell__label')?.dom?.className).toMatch(
      /rl-score--fail/,
    );
  });

  it('shows an exam of 79.6 % as not passed (pass mark 80 %), and the best exam by its exact score', async () => {
    const exam = (points: number, total: number) => ({
      at: NOW,
      points,
      total,
      passed: points * 100 >= 80 * total,
      timedOut: false,
      durationMs: 1000,
      byStage: [{ stage: 'register' as const, total, correct: Math.floor(points), points }],
    });
    // 99.5 of 125 (79.6 %) would round to the 80 % of 16 of 20: the best is the 16 of 20.
    seedProgress(fake, { ...initialProgress(), exams: [exam(99.5, 125), exam(16, 20), exam(99.5, 125)] });
    page = await renderPage('pages/me/index');
    const label = (id: string) => page?.querySelector(id)?.querySelector('.van-cell__label')?.dom?.className;
    expect(textOf(page.querySelector('#last-exam'))).toContain('得分 99.5 / 125（79%），未通过：及格线是 80%');
    expect(label('#last-exam')).toMatch(/rl-score--fail/);
    expect(textOf(page.querySelector('#best-exam'))).toContain('得分 16 / 20（80%），通过：达到及格线 80%');
    expect(label('#best-exam')).toMatch(/rl-score--pass/);
  });

  it('switches theme: follow system, light or dark, applied to the page root', async () => {
    page = await renderPage('pages/me/index');
    const root = () => (page?.querySelector('.rl-page') as { dom?: Element } | undefined)?.dom;
    expect(root()?.className).not.toMatch(/rl-theme-/);
    await tap(page, '#theme-dark');
    expect(root()?.className).toContain('rl-theme-dark');
    expect(savedProgress(fake).theme).toBe('dark');
    await tap(page, '#theme-light');
    expect(root()?.className).toContain('rl-theme-light');
    await tap(page, '#theme-system');
    expect(root()?.className).not.toMatch(/rl-theme-/);
    expect(savedProgress(fake).theme).toBe('system');
  });

  it('resets progress only after confirmation, keeping language and theme', async () => {
    const lesson = LESSONS[0];
    let p: Progress = { ...initialProgress(), theme: 'dark' };
    for (const s of lesson.sections) p = markSectionSeen(p, lesson, s.id, NOW);
    p = applyAnswer(p, 'q-any', 0, NOW).progress;
    seedProgress(fake, p);
    page = await renderPage('pages/me/index');
    expect(textOf(page.querySelector('#stats'))).toContain(`1 / ${LESSONS.length}`);

    fake.modalAnswers.push(false);
    await tapVant(page, '#reset');
    expect(fake.modals[0].title).toBe('清空学习进度？');
    expect(Object.keys(savedProgress(fake).wrongBook.entries)).toHaveLength(1);

    fake.modalAnswers.push(true);
    await tapVant(page, '#reset');
    const after = savedProgress(fake);
    expect(after.lessons).toEqual({});
    expect(after.wrongBook.entries).toEqual({});
    expect(after.theme).toBe('dark');
    expect(textOf(page.querySelector('#stats'))).toContain(`0 / ${LESSONS.length}`);
  });

  it('shows about and the sources with their dates', async () => {
    page = await renderPage('pages/me/index');
    expect(textOf(page.querySelector('#about'))).toContain('请勿填写真实的个人信息');
    const sources = textOf(page.querySelector('#sources'));
    for (const s of SOURCES) expect(sources).toContain(`${s.title.zh} · ${s.publisher.zh} · ${s.asOf}`);
    expect(sources).not.toMatch(/\b[A-Z]-\d{2}\b|seed-\d{3}/);
  });

  it('tells the learner when saved progress was unreadable and lists the backup', async () => {
    fake.storage.set(PROGRESS_KEY, '{"schema":2,"data":');
    page = await renderPage('pages/me/index');
    expect(fake.modals).toHaveLength(1);
    expect(fake.modals[0].title).toBe('学习记录无法读取');
    expect(fake.modals[0].content).toContain(`${PROGRESS_KEY}.backup.`);
    expect(textOf(page.querySelector('#backups'))).toContain(`${PROGRESS_KEY}.backup.`);
    expect(textOf(page.querySelector('.rl-title'))).toBe('我的');
  });
});
