import * as path from 'path';
import automator from 'miniprogram-automator';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import { startServer } from '../../../tools/headless/index';
import type { HeadlessServer } from '../../../tools/headless/index';

// WeChat's privacy check (app.json "__usePrivacyCheck__": true): a privacy API waits for the user's answer to the
// app's notice, through wx.onNeedPrivacyAuthorization and <button open-type="agreePrivacyAuthorization">.

const APP = path.resolve(__dirname, '../../fixtures/privacy-app');
let server: HeadlessServer;
let mp: MiniProgram;

async function start(query: Record<string, string> = {}) {
  server = await startServer({ port: 0, quiet: true, project: APP, launch: { path: 'pages/home/index', query } });
  mp = await automator.connect({ wsEndpoint: server.wsEndpoint });
  return (await mp.currentPage()) as Page;
}

async function stop() {
  mp.disconnect();
  await server.close();
}

async function tap(page: Page, selector: string) {
  const el = await page.$(selector);
  if (!el) throw new Error(`${selector} not found`);
  await el.tap();
}

async function status(page: Page) {
  return (await page.$('#status'))!.text();
}

it('holds a privacy API until the user agrees with the button, then lets it and every later call go on', async () => {
  const page = await start();
  try {
    expect(await mp.callWxMethod('getPrivacySetting', {})).toMatchObject({
      needAuthorization: true,
      privacyContractName: '《privacy-fixture隐私保护指引》',
    });
    await tap(page, '#copy');
    expect(await status(page)).toBe('');
    expect(await page.$('#notice')).not.toBeNull();
    expect(await mp.evaluate(() => getApp().globalData.asked)).toEqual(['setClipboardData']);
    await tap(page, '#agree-btn');
    expect(await status(page)).toBe('copied');
    expect(await mp.callWxMethod('getClipboardData', {})).toMatchObject({ data: 'A1B2' });
    await page.setData({ status: '' });
    await tap(page, '#copy');
    expect(await status(page)).toBe('copied');
    // The agreement lasts as long as the app's data: an exited app does not ask again.
    await server.holder.exit(); // App.exit
    expect(await mp.callWxMethod('getPrivacySetting', {})).toMatchObject({ needAuthorization: false });
  } finally {
    await stop();
  }
});

it('fails the held call when the user declines, or "agrees" without the agree button; asks again next time', async () => {
  const page = await start();
  try {
    await tap(page, '#copy');
    await tap(page, '#decline');
    expect(await status(page)).toBe('setClipboardData:fail privacy permission is not authorized');
    await tap(page, '#copy');
    await tap(page, '#agree-untapped');
    expect(await status(page)).toBe('setClipboardData:fail privacy permission is not authorized');
    expect(await mp.evaluate(() => getApp().globalData.asked)).toEqual(['setClipboardData', 'setClipboardData']);
  } finally {
    await stop();
  }
});

it("answers WeChat's own notice with agree when the app registers no listener", async () => {
  const page = await start({ listen: '0' });
  try {
    await tap(page, '#copy');
    expect(await status(page)).toBe('copied');
  } finally {
    await stop();
  }
});
