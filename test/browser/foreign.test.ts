import * as path from 'path';
import type { Page } from 'playwright-core';
import { openPreview, exceptionsOf } from '../../tools/web/index';
import type { PreviewServer } from '../../tools/web/index';
import { pageRoot as pageOf, settledText, usePreview } from './helpers';

// The preview on a mini program written as published apps are (test/fixtures/foreign-app, issue 16): ES modules in
// .js, the shared `global`, a custom navigation bar (the capsule stays), a loading button (a spinner).
const ROOT = path.resolve(__dirname, '../fixtures/foreign-app/miniprogram');

let server: PreviewServer;
let page: Page;
usePreview(ROOT, (f) => ({ server, page } = f));

const pageRoot = (route: string) => pageOf(page, route);

it("runs an app.js that writes WeChat's global, and ES-module pages", async () => {
  await openPreview(page, server.url, { route: 'pages/home/index', bare: false });
  expect(await settledText(pageRoot('pages/home/index'), (t) => t.includes('foreign'))).toContain('homeforeign');
  await openPreview(page, server.url, { route: 'pages/esm/index', bare: false });
  // MINIFIED comes from a module whose `export` follows other statements on its line, as minifiers write it.
  expect(await settledText(pageRoot('pages/esm/index'), (t) => t.includes('hello async'))).toBe(
    'HELLO ESMhello asyncMINIFIED',
  );
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

it("styles a page written in .scss, as DevTools' sass plugin does", async () => {
  await openPreview(page, server.url, { route: 'pages/scss/index', bare: false });
  await settledText(pageRoot('pages/scss/index'), (t) => t.includes('scss'));
  const color = await pageRoot('pages/scss/index')
    .locator('.title')
    .first()
    .evaluate((el) => getComputedStyle(el).color);
  expect(color).toBe('rgb(250, 81, 81)');
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

it("keeps a component instance a relation hands over in data (Lin UI's tabs): the panels show, a tap reaches the parent", async () => {
  await openPreview(page, server.url, { route: 'pages/relation-parent/index', bare: false });
  const root = pageRoot('pages/relation-parent/index');
  expect(await settledText(root, (t) => t.includes('居家'))).toContain('精选居家');
  await root.locator('rel-panel').nth(1).click();
  expect(await settledText(root, (t) => t.includes('life'))).toContain('life');
  expect(await exceptionsOf(page)).toEqual([]);
});
