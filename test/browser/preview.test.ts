import type { BrowserContext, Page } from 'playwright-core';
import { localOnly, localContext, startPreviewServer, openPreview, exceptionsOf, PHONE } from '../../tools/web/index';
import type { PreviewServer } from '../../tools/web/index';
import * as fs from 'fs';
import * as path from 'path';
import { FIXTURE, copyFixture, pageRoot as pageOf, settledText, usePreview } from './helpers';

// The preview in Chromium on the fixture app: the runtime, the built-ins, WXSS, the shell around the page.

let server: PreviewServer;
let context: BrowserContext;
let page: Page;
/** Every URL the page asked for. */
const requests: string[] = [];

const preview = usePreview(
  FIXTURE,
  (f) => ({ server, context, page } = f),
  async (p) => expect(await exceptionsOf(p)).toEqual([]),
);
beforeEach(() => {
  page.on('request', (r) => requests.push(r.url()));
});

/** The element the page renders into (the runtime's <page data-route>). */
const pageRoot = (route: string) => pageOf(page, route);

describe('the phone', () => {
  it('shows the first page in a 375 × 812 screen with its navigation bar and the tab bar', async () => {
    await openPreview(page, server.url, { route: 'pages/home/index', bare: false });
    const box = await page.locator('.rlw-phone').boundingBox();
    expect(box && { width: box.width, height: box.height }).toEqual(PHONE);
    expect(await settledText(page.locator('.rlw-nav-text'), (t) => t === '首页 Home')).toBe('首页 Home');
    await expect(page.locator('.rlw-nav-back').isVisible()).resolves.toBe(false);
    const tabs = page.locator('.rlw-tab');
    await expect(tabs.allTextContents()).resolves.toEqual(['首页', '其他']);
    await expect(tabs.nth(0).getAttribute('aria-selected')).resolves.toBe('true');
    expect(await settledText(pageRoot('pages/home/index').locator('.title').first(), (t) => t === 'Fixture')).toBe(
      'Fixture',
    );
    // The desk beside the phone tells the current page.
    expect(await settledText(page.locator('.rlw-route'), (t) => t === 'pages/home/index')).toBe('pages/home/index');
  });

  it('switches tabs, opens a subpackage page with its query, and goes back', async () => {
    await openPreview(page, server.url, { route: 'pages/home/index' });
    await page.locator('.rlw-tab', { hasText: '其他' }).click();
    expect(await settledText(pageRoot('pages/other/index'), (t) => t.includes('第二页 Second'))).toContain(
      '第二页 Second',
    );
    await page.locator('.rlw-nav-text', { hasText: '其他 Other' }).waitFor();
    await page.locator('.rlw-tab', { hasText: '首页' }).click();
    await pageRoot('pages/home/index').locator('wx-navigator').click();
    expect(await settledText(pageRoot('sub/detail/index').locator('wx-text'), (t) => t === 'id=7')).toBe('id=7');
    await page.locator('.rlw-tabbar').waitFor({ state: 'hidden' });
    await page.waitForFunction(() => window.location.hash === '#/sub/detail/index?id=7');
    await page.locator('.rlw-nav-back').click();
    await pageRoot('pages/home/index').waitFor({ state: 'visible' });
    await expect(
      page.evaluate(() => (window as unknown as { __RLW__: { route(): string } }).__RLW__.route()),
    ).resolves.toBe('pages/home/index');
  });

  it('tells the page its tab was tapped, and reports the window the page is drawn in', async () => {
    await openPreview(page, server.url, { route: 'pages/home/index' });
    type Api = { getWindowInfo(): { windowHeight: number; screenHeight: number }; getStorageSync(k: string): string };
    const api = () =>
      page.evaluate(() => {
        const w = (window as unknown as { __RLW__: { runtime: { wx: { api: Api } } } }).__RLW__.runtime.wx.api;
        return {
          height: w.getWindowInfo().windowHeight,
          screen: w.getWindowInfo().screenHeight,
          tap: w.getStorageSync('tabTap'),
        };
      });
    // 812 - status bar 44 - navigation bar 44 - tab bar 50 - home indicator 34.
    expect(await api()).toEqual({ height: 640, screen: 812, tap: '' });
    await page.locator('.rlw-tab', { hasText: '其他' }).click();
    await page.waitForFunction(
      () => (window as unknown as { __RLW__: { route(): string } }).__RLW__.route() === 'pages/other/index',
    );
    await page.evaluate(() => (window as unknown as { __RLW__: { idle(): Promise<void> } }).__RLW__.idle());
    expect((await api()).tap).toBe('1:pages/other/index:其他');
    const box = await page.locator('.rlw-window').boundingBox();
    expect(box?.height).toBe(640);
    // min-height: 100vh fills that window exactly.
    const screenBox = await pageRoot('pages/other/index').locator('.screen').boundingBox();
    expect(screenBox?.height).toBe(640);
  });

  it('lists what the mini program throws beside the phone', async () => {
    await openPreview(page, server.url, { route: 'pages/home/index', bare: false });
    await pageRoot('pages/home/index').getByText('出错 Throw').click();
    const errors = page.getByRole('group', { name: '错误 Errors' });
    await errors.getByText(/boom, on purpose/).waitFor();
    const thrown = await exceptionsOf(page);
    expect(thrown.map((e) => e.message)).toEqual(['boom, on purpose']);
    // Expected here: clear it for the check after each test.
    await page.evaluate(() => {
      (window as unknown as { __RLW__: { exceptions: unknown[] } }).__RLW__.exceptions.length = 0;
    });
  });

  it('opens the page the address names', async () => {
    await openPreview(page, server.url, { route: 'sub/detail/index', query: { id: '42' } });
    expect(await settledText(pageRoot('sub/detail/index'), (t) => t.includes('id=42'))).toContain('id=42');
    // Launched on a page that is not a tab: WeChat shows the home button.
    await expect(page.locator('.rlw-nav-home').isVisible()).resolves.toBe(true);
  });
});

describe('built-in components', () => {
  beforeEach(async () => {
    await openPreview(page, server.url, { route: 'pages/home/index' });
  });

  it('input: typing fires bindinput with the value', async () => {
    await pageRoot('pages/home/index').getByLabel('名字 Name').fill('小明');
    expect(await settledText(pageRoot('pages/home/index').locator('wx-text').first(), (t) => t === '你好，小明')).toBe(
      '你好，小明',
    );
  });

  it('input with model:value writes what is typed back to the page data', async () => {
    await pageRoot('pages/home/index').getByLabel('双向 Two-way').fill('同步 synced');
    await pageRoot('pages/home/index').locator('.model-echo').filter({ hasText: '同步 synced' }).waitFor();
  });

  it('switch: a click toggles it and fires bindchange', async () => {
    const sw = pageRoot('pages/home/index').locator('wx-switch');
    await sw.click();
    await pageRoot('pages/home/index').locator('wx-switch[aria-checked="true"][checked]').waitFor();
    expect(await settledText(pageRoot('pages/home/index'), (t) => t.includes('开'))).toContain('开');
  });

  it('button + wx.showModal + wx.showToast: the dialog waits for the person, then the toast shows', async () => {
    await pageRoot('pages/home/index').locator('wx-button').click();
    const dialog = page.getByRole('dialog');
    expect(await settledText(dialog, (t) => t.includes('继续吗？ Go on?'))).toContain('继续吗？ Go on?');
    await dialog.getByRole('button', { name: '确定' }).click();
    await page.getByRole('status').filter({ hasText: '好的 OK' }).waitFor();
    expect(await settledText(pageRoot('pages/home/index'), (t) => t.includes('yes'))).toContain('yes');
  });

  it('hover-class: on while pressed, off hover-stay-time after release', async () => {
    const el = pageRoot('pages/home/index').locator('.press');
    const box = await el.boundingBox();
    if (!box) throw new Error('no .press box');
    await page.mouse.move(box.x + 5, box.y + 5);
    await page.mouse.down();
    await pageRoot('pages/home/index').locator('.press.pressed').waitFor();
    expect(await el.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(0, 128, 0)');
    await page.mouse.up();
    await pageRoot('pages/home/index').locator('.press.pressed').waitFor({ state: 'detached' });
  });

  it('image: the picture is drawn from the mini program folder', async () => {
    const inner = pageRoot('pages/home/index').locator('wx-image .rlw-image-inner');
    await expect(inner.evaluate((el) => getComputedStyle(el).backgroundImage)).resolves.toContain('/mp/images/dot.png');
  });
});

describe('WXSS', () => {
  beforeEach(async () => {
    await openPreview(page, server.url, { route: 'pages/home/index' });
  });

  const style = (selector: string, prop: string) =>
    pageRoot('pages/home/index')
      .locator(selector)
      .first()
      .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);

  it('converts rpx in stylesheets and inline styles (750 rpx = 375 px)', async () => {
    await expect(style('.title', 'font-size')).resolves.toBe('14px');
    const box = await pageRoot('pages/home/index').locator('.box').boundingBox();
    expect(box?.width).toBe(187);
    expect(box?.height).toBe(50);
  });

  it('keeps component styles isolated: the page\u2019s .title and the card\u2019s .title do not mix', async () => {
    await expect(style('.title', 'color')).resolves.toBe('rgb(0, 0, 255)');
    await expect(style('card wx-view', 'color')).resolves.toBe('rgb(255, 0, 0)');
    // :host of the card's WXSS styles the card element.
    await expect(style('card', 'display')).resolves.toBe('block');
    await expect(style('card', 'margin-top')).resolves.toBe('5px');
  });

  it('applies app.wxss to the page element, with dark rules in the dark theme', async () => {
    await expect(pageRoot('pages/home/index').evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(
      'rgb(245, 245, 245)',
    );
  });
});

describe('dark mode', () => {
  it('follows the system theme: WXSS media queries and theme.json colours for the bars', async () => {
    await preview.reopen({ colorScheme: 'dark' });
    await openPreview(page, server.url, { route: 'pages/home/index' });
    await expect(pageRoot('pages/home/index').evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(
      'rgb(17, 17, 17)',
    );
    await expect(page.locator('.rlw-nav').evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(
      'rgb(25, 25, 25)',
    );
    await expect(page.locator('.rlw-nav').evaluate((el) => getComputedStyle(el).color)).resolves.toBe(
      'rgb(255, 255, 255)',
    );
    const theme = await page.evaluate(() =>
      (
        window as unknown as { __RLW__: { runtime: { wx: { api: { getSystemInfoSync(): { theme: string } } } } } }
      ).__RLW__.runtime.wx.api.getSystemInfoSync(),
    );
    expect(theme.theme).toBe('dark');
  });

  it('can be forced from the desk panel, whatever the system says', async () => {
    await openPreview(page, server.url, { route: 'pages/home/index', bare: false });
    await page.getByLabel('深色 Dark').check();
    await expect(pageRoot('pages/home/index').evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(
      'rgb(17, 17, 17)',
    );
    await page.getByLabel('浅色 Light').check();
    await expect(pageRoot('pages/home/index').evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe(
      'rgb(245, 245, 245)',
    );
  });
});

describe('a mini program that does not build', () => {
  it('shows the compiler\u2019s error, with the file, in place of the app', async () => {
    const dir = copyFixture();
    fs.writeFileSync(path.join(dir, 'pages/other/index.wxml'), '<view>\n  <text>unclosed\n</view>\n');
    const broken = await startPreviewServer({ root: dir, port: 0 });
    try {
      await localOnly(context, broken.url);
      await expect(openPreview(page, broken.url, { route: 'pages/home/index' })).rejects.toThrow(
        /The preview failed to start: Build failed:[\s\S]*pages\/other\/index\.wxml/,
      );
      expect(await settledText(page.getByRole('alert'), (t) => t.includes('pages/other/index.wxml'))).toContain(
        'pages/other/index.wxml',
      );
    } finally {
      await broken.close();
      fs.rmSync(dir, { recursive: true, force: true });
      // This test's server is a second local origin; the network check below is about the main one.
      requests.splice(0, requests.length, ...requests.filter((u) => !u.startsWith(broken.url)));
    }
  });
});

describe('network', () => {
  it('asks nothing of anyone but the preview server', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(server.url) && !u.startsWith('data:'))).toEqual([]);
  });
});

describe('a context that is off the network but keeps its cache (localContext, for suites that open many pages)', () => {
  it('opens the preview, reuses its scripts on a reload, and reaches nothing outside 127.0.0.1', async () => {
    const local = await localContext(context.browser()!, { viewport: { width: 375, height: 812 } });
    try {
      const tab = await local.newPage();
      const statuses: number[] = [];
      tab.on('response', (r) => {
        if (r.url().endsWith('/app.js')) statuses.push(r.status());
      });
      await openPreview(tab, server.url, { route: 'pages/home/index' });
      expect(await exceptionsOf(tab)).toEqual([]);
      await openPreview(tab, server.url, { route: 'pages/home/index' });
      expect(await exceptionsOf(tab)).toEqual([]);
      // The first load fetched the app; the reload was answered 304 and used the browser's copy.
      expect(statuses[0]).toBe(200);
      expect(statuses[statuses.length - 1]).toBe(304);
      // Outside addresses fail in the browser itself (a proxy that is not there), whatever the page's policy.
      const outside = await tab.goto('http://example.com/').then(
        () => 'loaded',
        (err: Error) => err.message,
      );
      expect(outside).toMatch(/ERR_PROXY_CONNECTION_FAILED|ERR_TUNNEL_CONNECTION_FAILED|ERR_CONNECTION_REFUSED/);
    } finally {
      await local.close();
    }
  });
});
