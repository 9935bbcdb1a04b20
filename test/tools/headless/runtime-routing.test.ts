import { connectFixture, useFixture, appLog, $ } from './fixture';
import type { FixtureSession } from './fixture';
import type Page from 'miniprogram-automator/out/Page';

// The page stack and lifecycles, checked against WeChat's documented order (页面路由 / 页面生命周期).
let s: FixtureSession;
let home: Page;

useFixture((session, first) => {
  s = session;
  home = first;
});

const stackPaths = async () => (await s.mp.pageStack()).map((p) => p.path);
const wx = (method: string, arg: Record<string, unknown>) => s.mp.callWxMethod(method, arg);

describe('launch', () => {
  it('runs onLaunch, onShow, then the page: attached → onLoad → onShow → pageLifetimes.show → ready → onReady', async () => {
    const fresh = await connectFixture();
    try {
      expect(await appLog(fresh.mp)).toEqual([
        'app:onLaunch:pages/home/index',
        'app:onShow',
        'box:attached',
        'home:onLoad:{}',
        'home:onShow',
        'home:pageLifetimes.show',
        'box:pageLifetimes.show',
        'box:ready',
        'home:onReady',
      ]);
    } finally {
      await fresh.close();
    }
  });
});

describe('navigateTo / navigateBack', () => {
  it('hides the opener, then opens the new page; back unloads it and shows the opener', async () => {
    await (await $(home, '#go-detail')).tap();
    expect(await stackPaths()).toEqual(['pages/home/index', 'pages/detail/index']);
    const detail = await s.mp.currentPage();
    if (!detail) throw new Error('no page');
    await (await $(detail, '#back')).tap();
    expect(await appLog(s.mp)).toEqual([
      'home:onHide',
      'box:pageLifetimes.hide',
      'detail:onLoad:7',
      'detail:onShow',
      'detail:onReady',
      'detail:onUnload',
      'home:onShow',
      'home:pageLifetimes.show',
      'box:pageLifetimes.show',
    ]);
    expect(await stackPaths()).toEqual(['pages/home/index']);
  });

  it('passes the query to onLoad and to properties of the same name, undecoded', async () => {
    await (await $(home, '#go-detail')).tap();
    const detail = await s.mp.currentPage();
    expect(detail?.query).toEqual({ id: '7' });
    expect(await detail?.data('id')).toBe('7');
    await wx('navigateBack', {});
    await (await $(home, '#nav-legacy')).tap();
    const legacy = await s.mp.currentPage();
    expect(await legacy?.data('name')).toBe('a%20b');
  });

  it('connects opener and opened page through an event channel', async () => {
    await (await $(home, '#go-detail')).tap();
    const detail = await s.mp.currentPage();
    if (!detail) throw new Error('no page');
    await (await $(detail, '#reply')).tap();
    await wx('navigateBack', {});
    expect(await home.data('answer')).toBe('hello from 7');
  });

  it('goes back several pages at once', async () => {
    await wx('navigateTo', { url: '/pages/detail/index?id=1' });
    await wx('navigateTo', { url: '/pages/detail/index?id=2' });
    await wx('navigateTo', { url: '/pages/form/index' });
    await wx('navigateBack', { delta: 2 });
    expect(await stackPaths()).toEqual(['pages/home/index', 'pages/detail/index']);
    expect((await s.mp.currentPage())?.query).toEqual({ id: '1' });
  });

  it('fails navigateBack on the first page, navigateTo of a tab page, and unknown pages', async () => {
    await expect(wx('navigateBack', {})).rejects.toThrow('navigateBack:fail cannot navigate back at first page.');
    await expect(wx('navigateTo', { url: '/pages/list/index' })).rejects.toThrow(
      'navigateTo:fail can not navigateTo a tabbar page',
    );
    await expect(wx('redirectTo', { url: '/pages/list/index' })).rejects.toThrow(
      'redirectTo:fail can not redirectTo a tabbar page',
    );
    await expect(wx('switchTab', { url: '/pages/form/index' })).rejects.toThrow(
      'switchTab:fail can not switch to no-tabBar page',
    );
    await expect(wx('reLaunch', { url: '/pages/missing/index' })).rejects.toThrow(
      'reLaunch:fail page "pages/missing/index" is not found',
    );
  });

  it('keeps at most 10 pages: the 11th navigateTo fails with webview count limit exceed', async () => {
    for (let i = 1; i <= 9; i += 1) await wx('navigateTo', { url: `/pages/detail/index?id=${i}` });
    expect(await stackPaths()).toHaveLength(10);
    const top = await s.mp.currentPage();
    if (!top) throw new Error('no page');
    await (await $(top, '#again')).tap();
    expect(await top.data('result')).toBe('navigateTo:fail webview count limit exceed');
    expect(await stackPaths()).toHaveLength(10);
  });

  it('resolves a relative url against the current page', async () => {
    await wx('navigateTo', { url: '/pages/detail/index?id=1' });
    await wx('navigateTo', { url: '../form/index' });
    expect((await s.mp.currentPage())?.path).toBe('pages/form/index');
  });
});

describe('a page that fails to load', () => {
  it('fails the navigation with its error, reports the exception, and leaves the opener shown', async () => {
    await expect(wx('navigateTo', { url: '/pages/broken/index' })).rejects.toThrow(
      'navigateTo:fail broken page script',
    );
    expect(s.exceptions.map((e) => e.message)).toContain('broken page script');
    s.exceptions.length = 0;
    expect(await stackPaths()).toEqual(['pages/home/index']);
    await (await $(home, '#inc')).tap();
    expect(await home.data('count')).toBe(1);
    expect(await appLog(s.mp)).toEqual([
      'home:onHide',
      'box:pageLifetimes.hide',
      'home:onShow',
      'home:pageLifetimes.show',
      'box:pageLifetimes.show',
    ]);
  });
});

describe('redirectTo and reLaunch', () => {
  it('redirectTo unloads the current page and opens the new one in its place', async () => {
    await wx('navigateTo', { url: '/pages/detail/index?id=3' });
    await s.mp.evaluate(() => {
      (getApp().globalData as { log: string[] }).log.length = 0;
    });
    const detail = await s.mp.currentPage();
    if (!detail) throw new Error('no page');
    await (await $(detail, '#redirect')).tap();
    expect(await stackPaths()).toEqual(['pages/home/index', 'pages/legacy/index']);
    expect(await appLog(s.mp)).toEqual(['detail:onUnload', 'legacy:onLoad:{}']);
  });

  it('reLaunch unloads every page, kept-alive tabs included', async () => {
    await wx('switchTab', { url: '/pages/list/index' });
    await wx('reLaunch', { url: '/pages/detail/index?id=9' });
    const log = await appLog(s.mp);
    expect(log).toContain('list:onUnload');
    expect(log).toContain('home:onUnload');
    expect(log).toContain('box:detached');
    expect(await stackPaths()).toEqual(['pages/detail/index']);
  });
});

describe('switchTab', () => {
  it('A → B: A.onHide, B.onLoad, B.onShow; B → A again: B.onHide, A.onShow (A kept alive)', async () => {
    const before = await s.mp.currentPage();
    await wx('switchTab', { url: '/pages/list/index' });
    await wx('switchTab', { url: '/pages/home/index' });
    expect(await appLog(s.mp)).toEqual([
      'home:onHide',
      'box:pageLifetimes.hide',
      'list:onLoad',
      'list:onShow',
      'list:onReady',
      'list:onHide',
      'home:onShow',
      'home:pageLifetimes.show',
      'box:pageLifetimes.show',
    ]);
    // The client caches Page objects by pageId: the same object means the same (kept-alive) page.
    expect(await s.mp.currentPage()).toBe(before);
    expect(await stackPaths()).toEqual(['pages/home/index']);
  });

  it("keeps a tab page's state while it is hidden", async () => {
    await (await $(home, '#inc')).tap();
    await wx('switchTab', { url: '/pages/list/index' });
    await wx('switchTab', { url: '/pages/home/index' });
    expect(await home.data('count')).toBe(1);
  });

  it('from a page opened over a tab: unloads the non-tab pages, shows the target', async () => {
    await wx('navigateTo', { url: '/pages/detail/index?id=1' });
    await wx('navigateTo', { url: '/pages/form/index' });
    await s.mp.evaluate(() => {
      (getApp().globalData as { log: string[] }).log.length = 0;
    });
    await wx('switchTab', { url: '/pages/home/index' });
    expect(await appLog(s.mp)).toEqual([
      'detail:onUnload',
      'home:onShow',
      'home:pageLifetimes.show',
      'box:pageLifetimes.show',
    ]);
    expect(await stackPaths()).toEqual(['pages/home/index']);
  });

  it("a tap on the tab bar (native().switchTab) also calls the page's onTabItemTap", async () => {
    await s.mp.native().switchTab({ url: '/pages/list/index' });
    expect((await s.mp.currentPage())?.path).toBe('pages/list/index');
    expect(await appLog(s.mp)).toContain('list:onTabItemTap:1:pages/list/index');
  });

  it('switching to the tab already shown does nothing', async () => {
    await wx('switchTab', { url: '/pages/home/index' });
    expect(await appLog(s.mp)).toEqual([]);
  });
});

describe('navigator and subpackages', () => {
  it('a tap on a navigator (or its child) navigates, and a subpackage page loads with its own component', async () => {
    const text = await $(home, '.nav-deep-text');
    await text.tap();
    const deep = await s.mp.currentPage();
    expect(deep?.path).toBe('sub/deep/index');
    expect(await deep?.data('x')).toBe('1');
    expect(await (await deep?.$('#leaf'))?.text()).toBe('leaf in a subpackage');
  });
});

describe('Page() pages', () => {
  it('map onto components: data, lifecycles, handlers and per-instance custom fields', async () => {
    await (await $(home, '#nav-legacy')).tap();
    const legacy = await s.mp.currentPage();
    if (!legacy) throw new Error('no page');
    expect(await legacy.data('from')).toBe('home');
    await (await $(legacy, '#legacy-bump')).tap();
    expect(await legacy.data('msg')).toBe('step 6');
    await wx('redirectTo', { url: '/pages/legacy/index' });
    const second = await s.mp.currentPage();
    if (!second) throw new Error('no page');
    await (await $(second, '#legacy-bump')).tap();
    expect(await second.data('msg')).toBe('step 6');
  });
});
