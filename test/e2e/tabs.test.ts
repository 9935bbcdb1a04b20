import {
  useApp,
  freshStart,
  openTab,
  tap,
  text,
  exists,
  waitFor,
  waitForText,
  waitForPage,
  el,
  all,
  firstWithId,
  numbers,
} from './helpers/app';

// The four tabs: what each one offers a learner, and that switching keeps them alive.
const app = useApp();

beforeEach(async () => {
  await freshStart(app().mp);
});

describe('学习 Learn', () => {
  it('lays out the access flow as four stages, each with its lessons', async () => {
    const page = await openTab(app().mp, 'pages/learn/index');
    const stages = await page.$$('.stage');
    expect(stages).toHaveLength(4);
    for (const stage of stages) {
      expect((await stage.$$('van-cell')).length).toBeGreaterThan(0);
      expect((await stage.$('.stage__title')) === null ? '' : await (await stage.$('.stage__title'))?.text()).not.toBe(
        '',
      );
    }
  });
});

describe('练习 Practice', () => {
  it('offers the wrong-answer book, the exam, and quizzes by stage and by lesson', async () => {
    const page = await openTab(app().mp, 'pages/practice/index');
    expect(await exists(page, '#book')).toBe(true);
    expect(await exists(page, '#start-exam')).toBe(true);
    const ids = await Promise.all((await all(page, 'van-cell')).map((c) => c.attribute('id')));
    expect(ids.filter((id) => id && id.startsWith('quiz-stage-')).length).toBeGreaterThan(0);
    expect(ids.filter((id) => id && id.startsWith('quiz-lesson-')).length).toBeGreaterThan(0);
  });
});

describe('实操 Lab', () => {
  it('explains the simulated console on demand', async () => {
    const page = await openTab(app().mp, 'pages/lab/index');
    expect(await exists(page, '#intro')).toBe(false);
    await tap(page, '#toggle-intro');
    expect(await text(page, '#intro')).toContain('mp.weixin.qq.com');
    await tap(page, '#toggle-intro');
    await waitFor(async () => !(await exists(page, '#intro')), '#intro to close');
  });
});

describe('我的 Me', () => {
  it('switches the interface language, and the other tabs follow', async () => {
    const mp = app().mp;
    const learn = await openTab(mp, 'pages/learn/index');
    const learnTitleZh = await text(learn, '.rl-title');
    const me = await openTab(mp, 'pages/me/index');
    const titleZh = await text(me, '.rl-title');
    await tap(me, '#lang-en');
    const titleEn = await waitForText(me, '.rl-title', (t) => t !== titleZh, 'the title to change language');
    expect(titleEn).toMatch(/[A-Za-z]/);
    expect(await (await el(me, '#lang-en')).attribute('class')).toContain('is-selected');
    const learnAgain = await openTab(mp, 'pages/learn/index');
    await waitForText(learnAgain, '.rl-title', (t) => t !== learnTitleZh, 'Learn to follow the language');
    await openTab(mp, 'pages/me/index');
    await tap(me, '#lang-zh');
    await waitForText(me, '.rl-title', (t) => t === titleZh, 'the title back in Chinese');
  });
});

describe('我的 Me: resetting progress', () => {
  it('asks first, and clears what the learner has read once they confirm', async () => {
    const mp = app().mp;
    const learn = await openTab(mp, 'pages/learn/index');
    await (await firstWithId(learn, 'van-cell', 'lesson-')).tap();
    const lesson = await waitForPage(mp, 'pages/lesson/index');
    // Read every section ('已读 1 / 4' … '4 / 4'), so the lesson counts as read.
    for (let i = 0; i < 20; i += 1) {
      const [read, total] = numbers(await text(lesson, '#lesson-progress'));
      if (read >= total) break;
      const section = await text(lesson, '#section-title');
      await tap(lesson, '#next');
      await waitForText(lesson, '#section-title', (t) => t !== section, 'the next section');
    }
    await mp.callWxMethod('navigateBack');
    const me = await openTab(mp, 'pages/me/index');
    const lessonsRead = async () =>
      numbers((await (await all(await el(me, '#stats'), 'van-cell'))[0].attribute('value')) ?? '')[0];
    const before = await lessonsRead();
    expect(before).toBe(1);

    await mp.mockWxMethod('showModal', { confirm: false, cancel: true });
    await tap(me, '#reset');
    expect(await lessonsRead()).toBe(before);

    await mp.mockWxMethod('showModal', { confirm: true, cancel: false });
    await tap(me, '#reset');
    await waitFor(async () => (await lessonsRead()) === 0, 'the progress to be cleared');
    await mp.restoreWxMethod('showModal');
  });
});

describe('the tab bar', () => {
  it('keeps each tab page alive: coming back finds the same page', async () => {
    const mp = app().mp;
    const first = await openTab(mp, 'pages/learn/index');
    for (const route of ['pages/practice/index', 'pages/lab/index', 'pages/me/index']) await openTab(mp, route);
    const again = await openTab(mp, 'pages/learn/index');
    // The client caches Page objects by page id: the same object is the same page instance.
    expect(again).toBe(first);
    expect((await mp.pageStack()).map((p) => p.path)).toEqual(['pages/learn/index']);
  });
});
