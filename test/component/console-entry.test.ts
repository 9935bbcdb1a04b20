import { renderPage, settle } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, tap, tapVant, text } from '../helpers/dom';
import { savedWorld, seedScenario } from '../helpers/console';
import { fake } from '../helpers/environment';

/**
 * Follows the tab's last navigation as WeChat would: the console page opens with the URL's query (which starts the
 * sandbox), then the learner comes back to the 实操 tab.
 */
async function followNavigation(lab: RenderedPage): Promise<string> {
  const nav = fake.navigations.pop();
  if (!nav || nav.kind !== 'navigateTo' || !nav.url) throw new Error('the tab did not navigate to a page');
  const [route, search] = nav.url.replace(/^\//, '').split('?');
  const query = Object.fromEntries(new URLSearchParams(search ?? ''));
  const consolePage = await renderPage(route, { query });
  consolePage.detach();
  lab.instance.onShow?.();
  await settle();
  return nav.url;
}

// Rendering a page the first time compiles its templates: allow for a busy machine.
jest.setTimeout(20000);

let page: RenderedPage | undefined;

describe('实操 entry', () => {
  it('offers to start when there is no sandbox, and starts a fresh one at registration', async () => {
    page = await renderPage('pages/lab/index');
    expect(text(page, '#no-world')).toContain('还没有模拟');
    expect(find(page, '#current')).toBeUndefined();
    expect(text(page, '#scenario-fresh')).toContain('从零开始');
    await tapVant(page, '#start');
    expect(fake.modals).toHaveLength(0);
    expect(await followNavigation(page)).toMatch(
      /^\/console\/register\/index\?scenario=fresh&ruleSet=current&seed=\d+$/,
    );
    expect(savedWorld(fake)?.scenarioId).toBe('fresh');
    expect(text(page, '#current-scenario')).toBe('从零开始');
    expect(text(page, '#current-where')).toContain('① 帐号信息');
  });

  it('starts a chosen scenario with its rule set and opens the page it begins on', async () => {
    page = await renderPage('pages/lab/index');
    await tap(page, '#more-scenarios');
    await tap(page, '#scenario-classic-tutorial');
    expect(page.data.ruleSet).toBe('classic');
    await tap(page, '#scenario-existing-app');
    expect(page.data.ruleSet).toBe('current');
    await tap(page, '#rules-classic');
    await tapVant(page, '#start');
    expect(await followNavigation(page)).toMatch(
      /^\/console\/login\/index\?scenario=existing-app&ruleSet=classic&seed=\d+$/,
    );
    const world = savedWorld(fake);
    expect(world?.scenarioId).toBe('existing-app');
    expect(world?.ruleSet).toBe('classic');
    expect(text(page, '#current-scenario')).toBe('登录已有的小程序');
  });

  it('continues the current sandbox where the learner is', async () => {
    seedScenario(fake, { scenario: 'ready-to-release' });
    page = await renderPage('pages/lab/index');
    expect(text(page, '#current-scenario')).toBe('准备发布');
    expect(text(page, '#current-where')).toContain('已登录');
    await tapVant(page, '#continue');
    expect(fake.navigations.pop()).toEqual({ kind: 'navigateTo', url: '/console/home/index?sandbox=1' });
  });

  it('continues a registration in progress, or the login of a registered mini program', async () => {
    seedScenario(fake, { scenario: 'existing-app' });
    page = await renderPage('pages/lab/index');
    expect(text(page, '#current-where')).toBe('未登录');
    await tapVant(page, '#continue');
    expect(fake.navigations.pop()).toEqual({ kind: 'navigateTo', url: '/console/login/index?sandbox=1' });
  });

  it('asks before replacing the current sandbox', async () => {
    seedScenario(fake, { scenario: 'existing-app' });
    page = await renderPage('pages/lab/index');
    fake.modalAnswers.push(false);
    await tapVant(page, '#start');
    expect(fake.modals[0]?.title).toBe('替换当前模拟？');
    expect(savedWorld(fake)?.scenarioId).toBe('existing-app');
    expect(fake.navigations).toHaveLength(0);
    fake.modalAnswers.push(true);
    await tapVant(page, '#start');
    await followNavigation(page);
    expect(savedWorld(fake)?.scenarioId).toBe('fresh');
  });

  it('resets only after confirmation', async () => {
    seedScenario(fake, { scenario: 'existing-app' });
    page = await renderPage('pages/lab/index');
    fake.modalAnswers.push(false);
    await tapVant(page, '#reset');
    expect(fake.modals[0]?.title).toBe('重置模拟？');
    expect(savedWorld(fake)).not.toBeNull();
    fake.modalAnswers.push(true);
    await tapVant(page, '#reset');
    expect(savedWorld(fake)).toBeNull();
    expect(find(page, '#current')).toBeUndefined();
    expect(find(page, '#no-world')).toBeDefined();
  });

  it('after a reset, a console page opened later starts fresh instead of the forgotten sandbox', async () => {
    page = await renderPage('pages/lab/index');
    await tapVant(page, '#start');
    await followNavigation(page);
    expect(savedWorld(fake)?.scenarioId).toBe('fresh');
    await tap(page, '#more-scenarios');
    await tap(page, '#scenario-existing-app');
    fake.modalAnswers.push(true);
    await tapVant(page, '#start');
    await followNavigation(page);
    expect(text(page, '#current-where')).toBe('未登录');
    fake.modalAnswers.push(true);
    await tapVant(page, '#reset');
    expect(find(page, '#no-world')).toBeDefined();
    const login = await renderPage('console/login/index');
    login.detach();
    expect(savedWorld(fake)?.scenarioId).toBe('fresh');
    page.instance.onShow?.();
    await settle();
    expect(text(page, '#current-scenario')).toBe('从零开始');
  });
});
