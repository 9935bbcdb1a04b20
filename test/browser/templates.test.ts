import * as path from 'path';
import type { Page } from 'playwright-core';
import { openPreview, exceptionsOf } from '../../tools/web/index';
import type { PreviewServer } from '../../tools/web/index';
import { settledText, usePreview } from './helpers';

// The preview on what the CloudBase and TDesign templates do (test/fixtures/cloud-template): a custom tab bar.
const ROOT = path.resolve(__dirname, '../fixtures/cloud-template/miniprogram');

let server: PreviewServer;
let page: Page;
usePreview(ROOT, (f) => ({ server, page } = f));

it("draws the app's custom tab bar (app.json tabBar.custom) below a tab page instead of WeChat's", async () => {
  await openPreview(page, server.url, { route: 'pages/mine/index', bare: false });
  const shown = page.locator('.headless-page:visible');
  expect(await settledText(shown, (t) => t.includes('tab 1'))).toBe('tab 1tab 1');
  await expect(page.locator('.rlw-tabbar').isVisible()).resolves.toBe(false);
  expect(await exceptionsOf(page)).toEqual([]);
});
