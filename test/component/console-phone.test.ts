import { createWorld, dispatchAll, EXISTING_EMAIL, EXISTING_PASSWORD } from '../../miniprogram/console/engine/index';
import type { World } from '../../miniprogram/console/engine/index';
import { CONSOLE_KEY } from '../../miniprogram/console/services/session';
import type { ConsoleSave } from '../../miniprogram/console/services/session';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, tapVant, text } from '../helpers/dom';
import { atInfoStep, seedScenario, seedWorld, storedWorld as world } from '../helpers/console';
import { fake } from '../helpers/environment';

// Rendering a page the first time compiles its templates: allow for a busy machine.
jest.setTimeout(20000);

let page: RenderedPage | undefined;

function loginPending(): World {
  return dispatchAll(createWorld({ scenario: 'existing-app' }), [
    { type: 'login.submit', email: EXISTING_EMAIL, password: EXISTING_PASSWORD },
  ]).world;
}

describe('phone', () => {
  it('is empty at first and has no phone button of its own', async () => {
    seedScenario(fake, { scenario: 'fresh' });
    page = await renderPage('console/phone/index');
    expect(text(page, '#no-scans')).toBe('没有待确认的扫码');
    expect(text(page, '#no-sms')).toBe('还没有短信');
    expect(find(page, '#phone')).toBeUndefined();
    expect(text(page, '#toolbar', '#sandbox-badge')).toBe('模拟环境 · 请勿填写真实信息');
  });

  it('shows a login confirmation; denying it ends the login attempt', async () => {
    seedWorld(fake, loginPending());
    page = await renderPage('console/phone/index');
    const scan = world().phone.scans[0];
    expect(text(page, `#scan-${scan.id}`)).toContain('登录微信公众平台（小程序）');
    expect(text(page, `#allow-${scan.id}`)).toBe('确认登录');
    await tapVant(page, `#deny-${scan.id}`);
    expect(fake.toasts.pop()?.title).toBe('已拒绝');
    expect(world().session).toBeNull();
    expect(find(page, `#scan-${scan.id}`)).toBeUndefined();
  });

  it('confirms a login scan', async () => {
    seedWorld(fake, loginPending());
    page = await renderPage('console/phone/index');
    const scan = world().phone.scans[0];
    await tapVant(page, `#allow-${scan.id}`);
    expect(fake.toasts.pop()?.title).toBe('已确认');
    expect(world().session?.stage).toBe('active');
  });

  it('lists SMS with their codes and marks them seen for the phone button', async () => {
    const w = dispatchAll(atInfoStep(), [
      { type: 'register.selectRegion', region: 'mainland' },
      { type: 'register.selectSubjectType', subjectType: 'individual' },
      { type: 'register.sendSms', phone: '13800138000' },
    ]).world;
    seedWorld(fake, w);
    const login = await renderPage('console/login/index');
    expect(text(login, '#phone', '#phone-count')).toBe('1');
    page = await renderPage('console/phone/index');
    const code = w.phone.sms[0].code ?? '';
    expect(code).toMatch(/^\d{6}$/);
    expect(text(page, '.sms-code')).toBe(code);
    expect(text(page, '.sms-item')).toContain('138****8000');
    expect(text(page, '.sms-from')).toBe('微信公众平台');
    const raw = fake.storage.get(CONSOLE_KEY) as string;
    expect((JSON.parse(raw) as { data: ConsoleSave }).data.smsSeen).toBe(1);
    expect(find(login, '#phone', '#phone-count')).toBeUndefined();
    login.detach();
  });

  it('shows the filing SMS as sent by the MIIT filing system, not by WeChat', async () => {
    const w = seedScenario(fake, { scenario: 'ready-to-release' });
    const sms = {
      id: 'sms-miit',
      toMasked: '138****8001',
      text: { zh: '【工信部】核验码 123456', en: '[MIIT] 123456' },
    };
    seedWorld(fake, {
      ...w,
      phone: { ...w.phone, sms: [{ ...sms, code: '123456', receivedAt: w.now, sender: 'miit' }] },
    });
    page = await renderPage('console/phone/index');
    expect(text(page, '.sms-from')).toBe('工信部备案系统');
  });
});
