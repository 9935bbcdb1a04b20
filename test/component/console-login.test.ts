import { EXISTING_EMAIL, EXISTING_PASSWORD, LEARNER_EMAIL } from '../../miniprogram/console/engine/index';
import { getWorld } from '../../miniprogram/console/services/session';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, tap, tapVant, text, typeInto } from '../helpers/dom';
import { accountSubmitted, seedScenario, seedWorld, storedWorld as world } from '../helpers/console';
import { fake } from '../helpers/environment';

// Rendering a page the first time compiles its templates: allow for a busy machine.
jest.setTimeout(20000);

let page: RenderedPage | undefined;

describe('login', () => {
  it('refuses a wrong password, then asks for the second scan and opens the home page after it (L-01, L-02)', async () => {
    seedScenario(fake, { scenario: 'existing-app' });
    page = await renderPage('console/login/index');
    await typeInto(page, '#f-email', EXISTING_EMAIL);
    await typeInto(page, '#f-password', 'wrong-password');
    await tapVant(page, '#login');
    expect(text(page, '#err-password')).toContain('帐号或密码错误');
    expect(world().session).toBeNull();
    await typeInto(page, '#f-password', EXISTING_PASSWORD);
    expect(find(page, '#err-password', '.fe')).toBeUndefined();
    await tapVant(page, '#login');
    expect(text(page, '#login-scan')).toContain('请用绑定的管理员微信扫码');
    expect(world().session?.stage).toBe('awaitingScan');
    expect(text(page, '#phone', '#phone-count')).toBe('1');
    await tapVant(page, '#open-phone');
    expect(fake.navigations.pop()).toEqual({ kind: 'navigateTo', url: '/console/phone/index' });
    const phone = await renderPage('console/phone/index');
    await tapVant(phone, '.scan-allow');
    phone.detach();
    expect(world().session?.stage).toBe('active');
    expect(fake.navigations.pop()).toEqual({ kind: 'redirectTo', url: '/console/home/index' });
    expect(find(page, '#logged-in')).toBeDefined();
  });

  it('logs in the current way: show the code, confirm the scan on the phone, pick the mini program (L-05)', async () => {
    seedScenario(fake, { scenario: 'existing-app' });
    page = await renderPage('console/login/index');
    expect(text(page, '#scan-login')).toContain('现在的主要方式');
    await tapVant(page, '#scan-start');
    expect(text(page, '#scan-waiting')).toContain('请用微信扫码');
    expect(find(page, '#pick-list')).toBeUndefined();
    await tapVant(page, '#scan-open-phone');
    expect(fake.navigations.pop()).toEqual({ kind: 'navigateTo', url: '/console/phone/index' });
    const phone = await renderPage('console/phone/index');
    expect(text(phone, '.scan-allow')).toContain('确认登录');
    await tapVant(phone, '.scan-allow');
    phone.detach();
    expect(world().session).toBeNull();
    const appId = world().apps[0].appId;
    expect(text(page, '#pick-list')).toContain('选择要登录的小程序');
    expect(text(page, `#pick-${appId}`)).toContain(appId);
    await tap(page, `#pick-${appId}`);
    expect(world().session).toMatchObject({ appId, stage: 'active' });
    expect(fake.navigations.pop()).toEqual({ kind: 'redirectTo', url: '/console/home/index' });
  });

  it('tells the learner when storage refuses the save, and keeps the step in memory', async () => {
    seedScenario(fake, { scenario: 'existing-app' });
    page = await renderPage('console/login/index');
    await typeInto(page, '#f-email', EXISTING_EMAIL);
    await typeInto(page, '#f-password', EXISTING_PASSWORD);
    fake.failWrites = true;
    await tapVant(page, '#login');
    expect(fake.modals.map((m) => m.title)).toContain('未能保存进度');
    expect(fake.modals.find((m) => m.title === '未能保存进度')?.content).toContain('关闭小程序后会丢失');
    // The page goes on with the world kept in memory: the second scan is asked for.
    expect(text(page, '#login-scan')).toContain('请用绑定的管理员微信扫码');
    expect(getWorld().session?.stage).toBe('awaitingScan');
    // Storage still holds the world from before the refused write.
    expect(world().session).toBeNull();
  });

  it('fills the scenario account with the sample button', async () => {
    seedScenario(fake, { scenario: 'existing-app' });
    page = await renderPage('console/login/index');
    await tap(page, '#sample', '.sb');
    await tapVant(page, '#login');
    expect(world().session?.stage).toBe('awaitingScan');
  });

  it('tells a learner whose account is not activated yet', async () => {
    seedWorld(fake, accountSubmitted('fresh'));
    page = await renderPage('console/login/index');
    await typeInto(page, '#f-email', LEARNER_EMAIL);
    await typeInto(page, '#f-password', 'Sample2025');
    await tapVant(page, '#login');
    expect(text(page, '#err-email')).toContain('该帐号还没有激活');
  });

  it('cancels the second verification, and logs out once logged in', async () => {
    seedScenario(fake, { scenario: 'existing-app' });
    page = await renderPage('console/login/index');
    await tap(page, '#sample', '.sb');
    await tapVant(page, '#login');
    await tap(page, '#cancel-scan');
    expect(world().session).toBeNull();
    expect(find(page, '#login-form')).toBeDefined();
    await tapVant(page, '#login');
    const scan = world().phone.scans.find((s) => s.status === 'pending');
    const phone = await renderPage('console/phone/index');
    await tapVant(phone, `#allow-${scan?.id ?? ''}`);
    phone.detach();
    expect(text(page, '#logged-in')).toContain(world().apps[0].appId);
    await tap(page, '#logout');
    expect(world().session).toBeNull();
    expect(find(page, '#login-form')).toBeDefined();
  });
});
