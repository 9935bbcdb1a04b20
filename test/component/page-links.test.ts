/**
 * Page links with a malformed percent-encoding (issue 14, item 7): the page opens as if the parameter were absent
 * and says so where it matters, instead of `onLoad` throwing a URIError.
 */
import { LESSONS } from '../../miniprogram/content/index';
import { renderPage, textOf } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';

// A fresh fake wx before each test and the pages detached after it: test/helpers/setup-component.ts.
let page: RenderedPage | undefined;

describe('page links with malformed parameters', () => {
  it.each(['%', '%E0%A4%A'])('pages/lesson/index?id=%s says the lesson was not found', async (id) => {
    page = await renderPage('pages/lesson/index', { query: { id } });
    expect(textOf(page.querySelector('#not-found'))).toContain('找不到这节课');
  });

  it('pages/lesson/index?section=% opens the lesson at its first section', async () => {
    const lesson = LESSONS.find((l) => l.sections.length >= 2);
    if (!lesson) throw new Error('no lesson with two sections');
    page = await renderPage('pages/lesson/index', { query: { id: lesson.id, section: '%' } });
    expect(textOf(page.querySelector('#section-title'))).toBe(lesson.sections[0].title.zh);
  });

  it('pages/quiz/index?mode=lesson&id=%E0%A4%A shows the empty state', async () => {
    page = await renderPage('pages/quiz/index', { query: { mode: 'lesson', id: '%E0%A4%A' } });
    expect(textOf(page.querySelector('#empty'))).toContain('这里还没有可做的题目');
  });

  it('pages/quiz/index?id=% starts the mixed quiz as if no id were given', async () => {
    page = await renderPage('pages/quiz/index', { query: { id: '%' } });
    expect(page.querySelector('#empty')).toBeFalsy();
    expect(textOf(page.querySelector('#count'))).toMatch(/^1 \/ \d+$/);
  });
});
