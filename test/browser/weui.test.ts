import * as path from 'path';
import type { Page } from 'playwright-core';
import { openPreview, exceptionsOf } from '../../tools/web/index';
import type { PreviewServer } from '../../tools/web/index';
import { pageRoot, settledText, usePreview } from './helpers';

// The preview on a mini program that takes weui from WeChat (app.json `useExtendedLib: { weui: true }`, issue 16 root
// cause 5): the library's components are compiled with the app's own templates and styles, weui.wxss applies as if
// app.wxss imported it, and the components' events reach the page.
const ROOT = path.resolve(__dirname, '../fixtures/weui-app/miniprogram');

let server: PreviewServer;
let page: Page;
const warnings: string[] = [];
usePreview(ROOT, (f) => {
  ({ server, page } = f);
  page?.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
});

beforeEach(() => {
  warnings.length = 0;
});

const HOME = 'pages/home/index';

it("draws weui's cells and dialog with weui.wxss, and the dialog's buttons reach the page", async () => {
  await openPreview(page, server.url, { route: HOME, bare: false });
  const root = pageRoot(page, HOME);
  expect(await settledText(root, (t) => t.includes('Sample Learner'))).toContain('AccountNameSample LearnerPlanfree');
  // weui.wxss (not imported by the app) styles the components' own elements.
  const title = root.locator('.weui-cells__title');
  expect(await title.evaluate((el) => getComputedStyle(el).fontSize)).toBe('14px');
  // app.wxss comes after weui.wxss.
  expect(await root.locator('.note').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(1, 2, 3)');

  await root.locator('.weui-cell_access').click();
  const dialog = root.locator('.weui-dialog');
  await dialog.waitFor({ state: 'visible' });
  expect(await dialog.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  expect(await dialog.locator('.weui-dialog__title').textContent()).toContain('Upgrade the plan?');
  expect(await dialog.locator('.weui-dialog__btn').allTextContents()).toEqual(['Keep', 'Upgrade']);
  await dialog.locator('.weui-dialog__btn', { hasText: 'Upgrade' }).click();
  expect(await settledText(root.locator('.note'), (t) => t.includes('Upgrade'))).toBe('Upgrade (button 1)');
  expect(await root.locator('.weui-cell_access').textContent()).toContain('team');
  expect(await exceptionsOf(page)).toEqual([]);
  expect(warnings.filter((w) => w.includes('unsupported'))).toEqual([]);
});

it("validates weui's form with its checkbox group", async () => {
  const route = 'pages/form/index';
  await openPreview(page, server.url, { route, bare: false });
  const root = pageRoot(page, route);
  await settledText(root, (t) => t.includes('Registration'));
  await root.locator('wx-button', { hasText: 'Check' }).click();
  expect(await settledText(root, (t) => t.includes('Pick at least'))).toContain('Pick at least one topic');
  await root.locator('wx-label', { hasText: 'Release' }).click();
  expect(await settledText(root, (t) => t.includes('release'))).toContain('release');
  await root.locator('wx-button', { hasText: 'Check' }).click();
  expect(await settledText(root, (t) => !t.includes('Pick at least'))).toContain('ok');
  expect(await exceptionsOf(page)).toEqual([]);
});
