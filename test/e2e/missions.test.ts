import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import type Element from 'miniprogram-automator/out/Element';
import { useApp, el, firstWithId, freshStart, openTab, tap, text, waitForPage, waitForText } from './helpers/app';
import {
  ROUTES,
  submitAccount,
  activateFromMailbox,
  registerIndividual,
  completeInfoAndFiling,
  fillPrivacyGuide,
  releaseFirstVersion,
} from './helpers/console';

// Missions from the 实操 tab's mission map, played by tapping and typing only; the checklist under the toolbar
// ticks as the learner goes, and the completion screen and the map show the result.
const app = useApp();

/** The checklist inside a console page's toolbar. */
async function checklist(page: Page): Promise<Element> {
  return el(await el(page, '#toolbar'), '#mission');
}

/** Opens the checklist (collapsed it is one line) and returns the goals it shows as ticked. */
async function ticked(page: Page): Promise<string> {
  return text(await checklist(page), '#mission-summary');
}

/** Logs out from the console home and back in with the e-mail, password and the scan on the phone. */
async function logOutAndIn(mp: MiniProgram, home: Page): Promise<Page> {
  await tap(home, '#logout');
  const login = await waitForPage(mp, 'console/login/index');
  await tap(login, '#sample');
  await tap(login, '#login');
  await tap(login, '#open-phone');
  const phone = await waitForPage(mp, ROUTES.phone);
  await (await firstWithId(phone, 'van-button', 'allow-')).tap();
  // Back on the login page, the console opens its home (fact L-02).
  await tap(phone, '#back');
  return waitForPage(mp, ROUTES.home);
}

it('solves the walkthrough mission from the mission map and shows the completion screen and the map', async () => {
  const mp = app().mp;
  await freshStart(mp);
  // The console asks before submitting for review and before publishing: the learner agrees.
  await mp.mockWxMethod('showModal', { confirm: true, cancel: false });
  try {
    const lab = await openTab(mp, ROUTES.lab);
    expect(await text(lab, '#mission-walkthrough')).toContain('未开始');
    await tap(lab, '#mission-walkthrough');
    const register = await waitForPage(mp, ROUTES.register);
    expect(await text(await checklist(register), '#mission-title')).toBe('从零到上线');
    expect(await ticked(register)).toBe('目标 0/4');

    await submitAccount(register);
    const info = await activateFromMailbox(mp, register);
    await registerIndividual(mp, info);
    expect(await ticked(info)).toBe('目标 1/4');
    await tap(info, '#to-console');
    const home = await logOutAndIn(mp, await waitForPage(mp, ROUTES.home));
    expect(await ticked(home)).toBe('目标 2/4');

    const filing = await completeInfoAndFiling(mp, home);
    expect(await ticked(filing)).toBe('目标 3/4');
    await mp.callWxMethod('navigateBack', { delta: 2 });
    const homeAgain = await waitForPage(mp, ROUTES.home);
    await tap(homeAgain, '#row-privacy');
    await fillPrivacyGuide(await waitForPage(mp, ROUTES.privacy));
    await mp.callWxMethod('navigateBack');
    const homeGuided = await waitForPage(mp, ROUTES.home);
    await tap(homeGuided, '#row-release');
    const versions = await waitForPage(mp, ROUTES.versions);
    await releaseFirstVersion(versions);

    // Complete: the checklist opens by itself with the result button.
    const done = await checklist(versions);
    expect(await text(done, '#mission-status')).toBe('任务完成！');
    expect(await text(done, '#mission-summary')).toBe('目标 4/4');
    await tap(done, '#mission-result');
    const result = await waitForPage(mp, 'console/mission/index');
    expect(await text(result, '#result-status')).toBe('任务完成');
    expect(await text(result, '#result-actions')).toMatch(/^\d+ 步（参考 27 步）$/);
    expect(await text(result, '#result-hints')).toBe('0 / 2');
    expect(await text(result, '#result-facts')).toContain('接入流程四步');
    expect(await text(result, '#result-next')).toContain('哪个邮箱能注册');

    await tap(result, '#result-map');
    const map = await waitForPage(mp, ROUTES.lab);
    await waitForText(map, '#mission-walkthrough', (t) => t.includes('已完成'), 'the map to show it solved');
    expect(await text(map, '#stage-register')).toContain('已完成 1/13');
    // The free sandbox was never started by the mission.
    expect(await text(map, '#no-world')).toContain('还没有模拟');
  } finally {
    await mp.restoreWxMethod('showModal');
  }
}, 120000);
