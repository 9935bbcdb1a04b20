import { LESSONS, sourceById } from '../../miniprogram/content/index';
import { findFact, isDated } from '../../miniprogram/content/facts';
import { questionsFor } from '../../miniprogram/pages/quiz/bank/index';
import type { Lesson } from '../../miniprogram/core/content-model';
import { AVAILABLE_CONSOLE_TARGETS } from '../../miniprogram/core/available-routes';
import { forgetLoadedProgress } from '../../miniprogram/services/storage';
import { renderPage, textOf } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { tap, tapVant } from '../helpers/dom';
import { savedProgress, seedProgress, seededProgress, withLessonQuizScore } from '../helpers/quiz';
import { fake } from '../helpers/environment';

let page: RenderedPage | undefined;

function lessonWith(predicate: (l: Lesson) => boolean): Lesson {
  const lesson = LESSONS.find(predicate);
  if (!lesson) throw new Error('no such lesson');
  return lesson;
}

describe('lesson page', () => {
  it('shows the first section with its callouts, marks it read, and lists the sources', async () => {
    const lesson = lessonWith((l) => l.sections.length >= 2 && l.sections[0].callouts.length > 0);
    page = await renderPage('pages/lesson/index', { query: { id: lesson.id } });
    expect(textOf(page.querySelector('#title'))).toBe(lesson.title.zh);
    expect(textOf(page.querySelector('#section-title'))).toBe(lesson.sections[0].title.zh);
    const section = textOf(page.querySelector('#section'));
    expect(section).toContain(lesson.sections[0].paragraphs[0].zh);
    expect(section).toContain(lesson.sections[0].callouts[0].text.zh);
    const first = sourceById(lesson.sources[0]);
    expect(textOf(page.querySelector('#sources'))).toContain(
      `${first?.title.zh} · ${first?.publisher.zh} · ${first?.asOf}`,
    );
    expect(savedProgress(fake).lessons[lesson.id].seen).toEqual([lesson.sections[0].id]);
    expect(textOf(page.querySelector('#lesson-progress'))).toContain(`1 / ${lesson.sections.length}`);
  });

  it('shows no fact ID or seed file name, and says "as of" where a section rests on facts older than 2024', async () => {
    for (const lesson of LESSONS) {
      for (const section of lesson.sections) {
        page = await renderPage('pages/lesson/index', { query: { id: lesson.id, section: section.id } });
        const visible = textOf(page);
        expect({
          where: `${lesson.id}/${section.id}`,
          idOrFile: visible.match(/\b[A-Z]-\d{2}\b|seed-\d{3}|\.md\b/),
        }).toEqual({
          where: `${lesson.id}/${section.id}`,
          idOrFile: null,
        });
        const dated = section.factIds.map((id) => findFact(id)).filter((f) => f && isDated(f));
        if (dated.length > 0) expect(textOf(page.querySelector('#dated-note'))).toContain(String(dated[0]?.asOf));
        else expect(page.querySelector('#dated-note')).toBeFalsy();
      }
    }
    // Every section of every lesson rendered: allow for a busy machine.
  }, 90000);

  it('labels "older tutorials say" notes', async () => {
    const lesson = lessonWith((l) => l.sections.some((s) => s.callouts.some((c) => c.kind === 'older')));
    const index = lesson.sections.findIndex((s) => s.callouts.some((c) => c.kind === 'older'));
    page = await renderPage('pages/lesson/index', { query: { id: lesson.id, section: lesson.sections[index].id } });
    expect(textOf(page.querySelector('.callout--older'))).toContain('旧教程里是这样写的');
  });

  it('pages through the sections by tapping, and finishing them all completes the lesson', async () => {
    const lesson = lessonWith((l) => l.sections.length >= 2);
    page = await renderPage('pages/lesson/index', { query: { id: lesson.id } });
    for (let i = 1; i < lesson.sections.length; i++) {
      await tapVant(page, '#next');
      expect(textOf(page.querySelector('#section-title'))).toBe(lesson.sections[i].title.zh);
    }
    const saved = savedProgress(fake);
    expect(saved.lessons[lesson.id].completedAt).toBeDefined();
    expect(textOf(page.querySelector('#lesson-progress'))).toContain('本课已读完');
    await tap(page, '#chip-1');
    expect(textOf(page.querySelector('#section-title'))).toBe(lesson.sections[0].title.zh);
    await tapVant(page, '#prev');
    expect(textOf(page.querySelector('#section-title'))).toBe(lesson.sections[0].title.zh);
  });

  it('offers 下一课 at the last section and opens the next lesson; the last lesson has none', async () => {
    const lesson = LESSONS[0];
    const last = lesson.sections[lesson.sections.length - 1];
    page = await renderPage('pages/lesson/index', { query: { id: lesson.id, section: last.id } });
    expect(textOf(page.querySelector('#next'))).toContain('下一课');
    await tapVant(page, '#next');
    expect(fake.navigations).toContainEqual({ kind: 'redirectTo', url: `/pages/lesson/index?id=${LESSONS[1].id}` });

    const final = LESSONS[LESSONS.length - 1];
    page = await renderPage('pages/lesson/index', {
      query: { id: final.id, section: final.sections[final.sections.length - 1].id },
    });
    expect(textOf(page.querySelector('#next'))).toContain('下一节');
    expect(page.querySelector('#next')!.querySelector('.van-button--disabled')).toBeTruthy();
  });

  it('opens at the section a quiz linked to', async () => {
    const lesson = lessonWith((l) => l.sections.length >= 3);
    page = await renderPage('pages/lesson/index', { query: { id: lesson.id, section: lesson.sections[2].id } });
    expect(textOf(page.querySelector('#section-title'))).toBe(lesson.sections[2].title.zh);
    expect(savedProgress(fake).lastPosition).toMatchObject({ kind: 'lesson', sectionId: lesson.sections[2].id });
  });

  it('takes the quiz, and opens the console page, or says it is coming soon while it does not exist', async () => {
    const lesson = lessonWith((l) => l.console !== undefined && questionsFor(l.id).length > 0);
    const target = lesson.console?.target ?? '';
    // The console helper lists built pages in AVAILABLE_CONSOLE_TARGETS; try both states.
    const targets = AVAILABLE_CONSOLE_TARGETS as Record<string, string>;
    const original = targets[target];
    delete targets[target];
    try {
      page = await renderPage('pages/lesson/index', { query: { id: lesson.id } });
      expect(textOf(page.querySelector('#quiz'))).toContain(`${questionsFor(lesson.id).length} 题`);
      await tapVant(page, '#quiz');
      expect(fake.navigations).toEqual([
        { kind: 'navigateTo', url: `/pages/quiz/index?mode=lesson&id=${encodeURIComponent(lesson.id)}` },
      ]);
      expect(textOf(page.querySelector('#console'))).toContain('即将开放');
      await tapVant(page, '#console');
      expect(fake.toasts.map((x) => x.title)).toContain('即将开放');
      expect(fake.navigations).toHaveLength(1);
      page.detach();

      targets[target] = `${target}?from=lesson`;
      page = await renderPage('pages/lesson/index', { query: { id: lesson.id } });
      expect(textOf(page.querySelector('#console'))).not.toContain('即将开放');
      await tapVant(page, '#console');
      expect(fake.navigations[1]).toEqual({ kind: 'navigateTo', url: `${target}?from=lesson` });
    } finally {
      if (original === undefined) delete targets[target];
      else targets[target] = original;
    }
  });

  it("shows the lesson quiz's best score under its button, against the pass mark", async () => {
    const lesson = lessonWith((l) => questionsFor(l.id).length > 0);
    page = await renderPage('pages/lesson/index', { query: { id: lesson.id } });
    expect(page.querySelector('#quiz-score')).toBeFalsy();
    seedProgress(fake, withLessonQuizScore(lesson.id, 50, Date.now()));
    forgetLoadedProgress();
    page = await renderPage('pages/lesson/index', { query: { id: lesson.id } });
    const score = page.querySelector('#quiz-score');
    expect(textOf(score)).toBe('最好成绩 50%，未达及格线 80%');
    expect(score?.dom?.className).toMatch(/rl-score--fail/);
    expect(textOf(page.querySelector('#quiz'))).toBe(`做本课测验 · ${questionsFor(lesson.id).length} 题`);
  });

  it('shows a best of 79.6 % as not passed when the pass mark is 80 %', async () => {
    const lesson = lessonWith((l) => questionsFor(l.id).length > 0);
    seedProgress(fake, withLessonQuizScore(lesson.id, 99.5, Date.now(), 125));
    page = await renderPage('pages/lesson/index', { query: { id: lesson.id } });
    const score = page.querySelector('#quiz-score');
    expect(textOf(score)).toBe('最好成绩 79%，未达及格线 80%');
    expect(score?.dom?.className).toMatch(/rl-score--fail/);
  });

  it('switches language', async () => {
    const lesson = LESSONS[0];
    seedProgress(fake, seededProgress({ lang: 'en' }));
    page = await renderPage('pages/lesson/index', { query: { id: lesson.id } });
    expect(textOf(page.querySelector('#title'))).toBe(lesson.title.en);
    expect(textOf(page.querySelector('#next'))).toContain('Next section');
    seedProgress(fake, { ...savedProgress(fake), lang: 'zh' });
    forgetLoadedProgress();
    page.instance.onShow?.();
    await new Promise((r) => setTimeout(r, 10));
    expect(textOf(page.querySelector('#title'))).toBe(lesson.title.zh);
    expect(textOf(page.querySelector('#next'))).toContain('下一节');
  });

  it('says so for an unknown lesson', async () => {
    page = await renderPage('pages/lesson/index', { query: { id: 'no-such-lesson' } });
    expect(textOf(page.querySelector('#not-found'))).toContain('找不到这节课');
  });
});
