import * as path from 'path';
import type { Page } from 'playwright-core';
import { openPreview, exceptionsOf } from '../../tools/web/index';
import type { PreviewServer } from '../../tools/web/index';
import { pageRoot, settledText, usePreviewWarnings } from './helpers';

// WXS response events in the preview (test/fixtures/wxs-app): the shared runtime runs handlers and `change:`
// observers bound to WXS functions, here on the mouse's touches and the browser's real styles.
const ROOT = path.resolve(__dirname, '../fixtures/wxs-app/miniprogram');
const ROUTE = 'pages/drag/index';

let server: PreviewServer;
let page: Page;
const warnings = usePreviewWarnings(ROOT, (f) => {
  ({ server, page } = f);
});

it('drags the box with the mouse (setStyle from touchmove) and the page hears of it at touchend', async () => {
  await openPreview(page, server.url, { route: ROUTE, bare: false });
  const root = pageRoot(page, ROUTE);
  const box = root.locator('.box');
  await box.waitFor();
  const at = await box.boundingBox();
  if (!at) throw new Error('no .box box');
  await page.mouse.move(at.x + 10, at.y + 10);
  await page.mouse.down();
  await page.mouse.move(at.x + 40, at.y + 30, { steps: 3 });
  const moved = await box.evaluate((el) => (el as HTMLElement).style.transform);
  expect(moved).toMatch(/^translate\(\d+(\.\d+)?px, \d+(\.\d+)?px\)$/);
  await page.mouse.up();
  const log = await settledText(root.locator('.log'), (t) => t.startsWith('moved'));
  expect(log).toMatch(/^moved the box by \d+(\.\d+)?,\d+(\.\d+)? in 3 moves$/);
  // The box's own style stays: app.wxss's background.
  expect(await box.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(200, 200, 200)');
  expect(await settledText(root.locator('.stage-log'), () => true)).toBe('stage untouched');
  expect(await exceptionsOf(page)).toEqual([]);
  expect(warnings.filter((w) => w.includes('unsupported'))).toEqual([]);
});

it('toggles a class on click and runs the change:prop observer on creation and on setData', async () => {
  await openPreview(page, server.url, { route: ROUTE, bare: false });
  const root = pageRoot(page, ROUTE);
  expect(await settledText(root.locator('.limit-log'), (t) => t.length > 0)).toBe('limit none -> 100 (call 1)');
  const bar = root.locator('.bar');
  const before = await bar.evaluate((el) => el.getBoundingClientRect().width);
  expect(before).toBeGreaterThan(0);
  await root.locator('.box').click();
  expect(await settledText(root.locator('.log'), (t) => t.includes('active'))).toBe('box active: true');
  expect(await root.locator('.box').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(7, 193, 96)');
  await root.locator('.raise').click();
  expect(await settledText(root.locator('.limit-log'), (t) => t.includes('150'))).toBe('limit 100 -> 150 (call 2)');
  // 150rpx is one and a half times 100rpx.
  expect(await bar.evaluate((el) => el.getBoundingClientRect().width)).toBeCloseTo(before * 1.5, 0);
  // A component's WXS: its classes are prefixed as exparser writes them (knob--dial).
  const dial = root.locator('knob').getByText('volume');
  await dial.click();
  expect(await settledText(root.locator('.log'), (t) => t.includes('knob'))).toBe('knob turned to 1');
  expect(await dial.evaluate((el) => (el as HTMLElement).style.transform)).toBe('rotate(90deg)');
  expect(await exceptionsOf(page)).toEqual([]);
});
