import { act, CONSOLE_KEY, forgetLoadedWorld, getWorld, loadWorld } from '../../miniprogram/console/services/session';
import { renderPage, settle } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, tap, text } from '../helpers/dom';
import { seedScenario } from '../helpers/console';
import { fake } from '../helpers/environment';

// Rendering a page the first time compiles its templates: allow for a busy machine.
jest.setTimeout(20000);

let page: RenderedPage | undefined;

describe('console infrastructure', () => {
  it('shows the sandbox badge, the simulated clock and the rule set on a console page', async () => {
    page = await renderPage('console/login/index');
    const bar = text(page, '#toolbar', '#toolbar-bar');
    expect(bar).toContain('模拟环境 · 请勿填写真实信息');
    expect(bar).toContain('2025-03-03 09:00');
    expect(bar).toContain('现行规则');
  });

  it('travels in time and switches the rule set from the toolbar, saving the world', async () => {
    page = await renderPage('console/login/index');
    await tap(page, '#toolbar', '#toolbar-bar');
    await tap(page, '#toolbar', '#jump-d1');
    expect(text(page, '#toolbar', '#toolbar-clock')).toBe('2025-03-04 09:00');
    await tap(page, '#toolbar', '#rules-classic');
    expect(text(page, '#toolbar', '#toolbar-bar')).toContain('旧版教程规则');
    forgetLoadedWorld();
    const saved = loadWorld();
    expect(saved?.ruleSet).toBe('classic');
    const log = text(page, '#toolbar', '#toolbar-log');
    expect(log).toContain('切换了规则版本');
    expect(log).not.toContain('RULE_SET_SWITCHED');
  });

  it('shows the event log as readable lines, without codes or fact IDs, with a "why?" link to the lesson', async () => {
    seedScenario(fake, { scenario: 'existing-app' });
    page = await renderPage('console/login/index');
    act({ type: 'login.submit', email: 'my-app@example.com', password: 'wrong-password' });
    await settle();
    await tap(page, '#toolbar', '#toolbar-bar');
    const log = text(page, '#toolbar', '#toolbar-log');
    expect(log).toContain('未成功：');
    expect(log).toContain('为什么？');
    expect(log).not.toMatch(/\b[A-Z]-\d{2}\b/);
    expect(log).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/);
    const failed = getWorld().log[getWorld().log.length - 1];
    expect(failed.kind).toBe('error');
    await tap(page, '#toolbar', `#log-why-${failed.seq}`);
    expect(fake.navigations[fake.navigations.length - 1].url).toMatch(/^\/pages\/lesson\/index\?id=/);
  });

  it('counts pending scans on the floating phone button and opens the phone', async () => {
    seedScenario(fake, { scenario: 'existing-app' });
    page = await renderPage('console/login/index');
    expect(find(page, '#phone', '#phone-count')).toBeUndefined();
    act({ type: 'login.submit', email: 'my-app@example.com', password: 'RegLab2025' });
    await settle();
    expect(text(page, '#phone', '#phone-count')).toBe('1');
    await tap(page, '#phone', '#phone-button');
    expect(fake.navigations.pop()).toEqual({ kind: 'navigateTo', url: '/console/phone/index' });
  });

  it('backs up an unreadable console save and tells the learner', async () => {
    fake.storage.set(CONSOLE_KEY, '{not json');
    page = await renderPage('console/login/index');
    expect(fake.modals[0]?.title).toBe('模拟控制台的存档无法读取');
    expect([...fake.storage.keys()].some((k) => k.startsWith(`${CONSOLE_KEY}.backup.`))).toBe(true);
    expect(getWorld().scenarioId).toBe('fresh');
  });
});
