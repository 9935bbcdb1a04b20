/** A refused write is shown to the learner with advice (issue 14, item 4), once per run of failures. */
import { LESSONS } from '../../miniprogram/content/index';
import { forgetLoadedWorld, startWorld } from '../../miniprogram/console/services/session';
import { readProgress } from '../../miniprogram/services/storage';
import { renderPage, textOf } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { fake } from '../helpers/environment';
import { tapVant } from '../helpers/dom';

// A fresh fake wx before each test and the pages detached after it: test/helpers/setup-component.ts.
let page: RenderedPage | undefined;

describe('failed saves', () => {
  it('reading a lesson with storage full tells the learner once, with what to do', async () => {
    const lesson = LESSONS.find((l) => l.sections.length >= 3);
    if (!lesson) throw new Error('no lesson with three sections');
    fake.failWrites = true;
    page = await renderPage('pages/lesson/index', { query: { id: lesson.id } });
    expect(textOf(page.querySelector('#section-title'))).toBe(lesson.sections[0].title.zh);
    expect(fake.modals).toHaveLength(1);
    expect(fake.modals[0].title).toBe('未能保存进度');
    expect(fake.modals[0].content).toContain('10 MB');
    expect(fake.modals[0].content).toContain('数据备份');
    await tapVant(page, '#next');
    expect(fake.modals).toHaveLength(1);
    // In memory the reading goes on; nothing was written.
    expect(readProgress().lessons[lesson.id].seen).toHaveLength(2);
    expect(fake.storage.size).toBe(0);
    // Once storage has room again, the next save works and a later failure is reported again.
    fake.failWrites = false;
    await tapVant(page, '#next');
    expect(fake.storage.size).toBe(1);
    fake.failWrites = true;
    await tapVant(page, '#prev');
    expect(fake.modals).toHaveLength(2);
  });
});

describe('failed console saves', () => {
  it('a sandbox started while storage is full is told on the first console page, with the advice', async () => {
    forgetLoadedWorld();
    fake.failWrites = true;
    startWorld({ scenario: 'existing-app' });
    expect(fake.storage.size).toBe(0);
    page = await renderPage('console/login/index');
    const told = fake.modals.filter((m) => m.title === '未能保存进度');
    expect(told).toHaveLength(1);
    expect(told[0].content).toContain('10 MB');
  });
});
