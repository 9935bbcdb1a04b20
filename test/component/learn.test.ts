import { LESSONS } from '../../miniprogram/content/index';
import { STAGES, STAGE_TITLES } from '../../miniprogram/core/content-model';
import { markSectionSeen, saveActiveRun } from '../../miniprogram/core/progress/actions';
import { initialProgress } from '../../miniprogram/core/progress/model';
import { createRun } from '../../miniprogram/core/quiz/run';
import { QUESTIONS } from '../../miniprogram/pages/quiz/bank/index';
import { forgetLoadedProgress } from '../../miniprogram/services/storage';
import { renderPage, textOf } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { tapCell, tapVant } from '../helpers/dom';
import { seedProgress, withLessonQuizScore } from '../helpers/quiz';
import { fake } from '../helpers/environment';

let page: RenderedPage | undefined;

const NOW = Date.now();

describe('学习 tab', () => {
  it('shows the four stages as a path with every lesson, and starts at the first lesson', async () => {
    page = await renderPage('pages/learn/index');
    const text = textOf(page.dom as Element);
    for (const stage of STAGES) expect(textOf(page.querySelector(`#stage-${stage}`))).toContain(STAGE_TITLES[stage].zh);
    for (const lesson of LESSONS) expect(text).toContain(lesson.title.zh);
    expect(textOf(page.querySelector('#resume-title'))).toBe(LESSONS[0].title.zh);
    expect(textOf(page.querySelector('#continue'))).toContain('开始学习');
    await tapVant(page, '#continue');
    expect(fake.navigations).toEqual([
      { kind: 'navigateTo', url: `/pages/lesson/index?id=${encodeURIComponent(LESSONS[0].id)}` },
    ]);
  });

  it('shows progress per lesson and continues where the learner left off', async () => {
    const lesson = LESSONS.find((l) => l.sections.length >= 3);
    if (!lesson) throw new Error('no long lesson');
    seedProgress(fake, markSectionSeen(initialProgress(), lesson, lesson.sections[1].id, NOW));
    page = await renderPage('pages/learn/index');
    expect(textOf(page.querySelector(`#lesson-${lesson.id}`))).toContain(`1 / ${lesson.sections.length} 节`);
    expect(textOf(page.querySelector('#resume-title'))).toBe(lesson.title.zh);
    expect(textOf(page.querySelector('#resume'))).toContain(lesson.sections[1].title.zh);
    await tapVant(page, '#continue');
    expect(fake.navigations[0]).toEqual({
      kind: 'navigateTo',
      url: `/pages/lesson/index?id=${encodeURIComponent(lesson.id)}&section=${encodeURIComponent(lesson.sections[1].id)}`,
    });
  });

  it("states a lesson's best quiz score against the pass mark, a fail in the fail colour", async () => {
    const lesson = LESSONS[0];
    seedProgress(fake, withLessonQuizScore(lesson.id, 30, NOW));
    page = await renderPage('pages/learn/index');
    const row = page.querySelector(`#lesson-${lesson.id}`);
    expect(textOf(row)).toContain('测验最好成绩 30%，未达及格线 80%');
    expect(textOf(row)).not.toContain('测验最好 30%');
    expect(page.querySelector(`#score-${lesson.id}`)?.dom?.className).toMatch(/rl-score--fail/);
    expect(textOf(page.querySelector(`#lesson-${LESSONS[1].id}`))).not.toContain('最好成绩');

    seedProgress(fake, { ...withLessonQuizScore(lesson.id, 90, NOW), lang: 'en' });
    forgetLoadedProgress();
    page.instance.onShow?.();
    await new Promise((r) => setTimeout(r, 10));
    const en = page.querySelector(`#lesson-${lesson.id}`);
    expect(textOf(en)).toContain('Quiz: best score 90%, at or above the pass mark of 80%');
    expect(page.querySelector(`#score-${lesson.id}`)?.dom?.className).toMatch(/rl-score--pass/);
  });

  it('shows a best of 79.6 % as 79 %, not passed, in the fail colour (pass mark 80 %)', async () => {
    const lesson = LESSONS[0];
    seedProgress(fake, withLessonQuizScore(lesson.id, 99.5, NOW, 125));
    page = await renderPage('pages/learn/index');
    expect(textOf(page.querySelector(`#lesson-${lesson.id}`))).toContain('测验最好成绩 79%，未达及格线 80%');
    const score = page.querySelector(`#score-${lesson.id}`)?.dom?.className;
    expect(score).toMatch(/rl-score--fail/);
    expect(score).not.toMatch(/rl-score--pass/);
  });

  it('offers to continue an unfinished quiz', async () => {
    const made = createRun(QUESTIONS, { mode: 'mixed' }, 5, NOW);
    if (!made.ok) throw new Error(made.error);
    seedProgress(fake, saveActiveRun(initialProgress(), made.run, NOW));
    page = await renderPage('pages/learn/index');
    expect(textOf(page.querySelector('#resume'))).toContain('随机练习');
    await tapVant(page, '#continue');
    expect(fake.navigations[0]).toEqual({ kind: 'navigateTo', url: '/pages/quiz/index?mode=resume' });
  });

  it('opens a lesson when its row is tapped', async () => {
    page = await renderPage('pages/learn/index');
    const lesson = LESSONS[1];
    await tapCell(page, `#lesson-${lesson.id}`);
    expect(fake.navigations).toContainEqual({
      kind: 'navigateTo',
      url: `/pages/lesson/index?id=${encodeURIComponent(lesson.id)}`,
    });
  });

  it('switches language', async () => {
    page = await renderPage('pages/learn/index');
    expect(textOf(page.querySelector('.rl-title'))).toBe('学习');
    seedProgress(fake, { ...initialProgress(), lang: 'en' });
    forgetLoadedProgress();
    page.instance.onShow?.();
    await new Promise((r) => setTimeout(r, 10));
    expect(textOf(page.querySelector('.rl-title'))).toBe('Learn');
    expect(textOf(page.querySelector(`#stage-${STAGES[0]}`))).toContain(STAGE_TITLES[STAGES[0]].en);
    expect(textOf(page.dom as Element)).toContain(LESSONS[0].title.en);
  });
});
