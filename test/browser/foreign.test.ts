import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { startPreviewServer, launchChromium, localOnly, openPreview, exceptionsOf } from '../../tools/web/index';
import type { PreviewServer, LaunchedBrowser } from '../../tools/web/index';
import { settledText } from './helpers';

// The preview on a mini program written as published apps are (test/fixtures/foreign-app, issue 16): ES modules in
// .js, the shared `global`, a custom navigation bar (the capsule stays), a loading button (a spinner).
const ROOT = path.resolve(__dirname, '../fixtures/foreign-app/miniprogram');

let server: PreviewServer;
let chromium: LaunchedBrowser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startPreviewServer({ root: ROOT, port: 0 });
  await server.warm();
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

beforeEach(async () => {
  context = await chromium.browser.newContext({ viewport: { width: 800, height: 900 } });
  await localOnly(context, server.url);
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

const pageRoot = (route: string) => page.locator(`page[data-route="${route}"]`);

it("runs an app.js that writes WeChat's global, and ES-module pages", async () => {
  await openPreview(page, server.url, { route: 'pages/home/index', bare: false });
  expect(await settledText(pageRoot('pages/home/index'), (t) => t.includes('foreign'))).toContain('homeforeign');
  await openPreview(page, server.url, { route: 'pages/esm/index', bare: false });
  expect(await settledText(pageRoot('pages/esm/index'), (t) => t.includes('hello async'))).toBe('HELLO ESMhello async');
  expect(await exceptionsOf(page)).toEqual([]);
});

it('keeps the capsule on a page with navigationStyle custom, and spins a loading button', async () => {
  await openPreview(page, server.url, { route: 'pages/custom-nav/index', bare: false });
  expect(await settledText(pageRoot('pages/custom-nav/index'), (t) => t.includes('my own bar'))).toContain(
    'my own bar',
  );
  await expect(page.locator('.rlw-capsule').isVisible()).resolves.toBe(true);
  await expect(page.locator('.rlw-nav-text').isVisible()).resolves.toBe(false);
  const spinner = await pageRoot('pages/custom-nav/index')
    .locator('wx-button')
    .evaluate((el) => getComputedStyle(el, '::before').animationName);
  expect(spinner).toBe('rlw-spin');
  expect(await exceptionsOf(page)).toEqual([]);
});

it('styles a page written in .less (with @import), as DevTools does', async () => {
  await openPreview(page, server.url, { route: 'pages/less/index', bare: false });
  await settledText(pageRoot('pages/less/index'), (t) => t.includes('less'));
  const color = await pageRoot('pages/less/index')
    .locator('.title')
    .first()
    .evaluate((el) => getComputedStyle(el).color);
  expect(color).toBe('rgb(7, 193, 96)');
  expect(await exceptionsOf(page)).toEqual([]);
});
