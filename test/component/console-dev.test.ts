import { act, forgetLoadedWorld, getWorld } from '../../miniprogram/console/services/session';
import { MINUTE } from '../../miniprogram/console/engine/index';
import { renderPage, textOf } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, tap, tapVant, text, typeInto } from '../helpers/dom';
import { actAll, seedEnterprise, startScenario } from '../helpers/console';
import { fake } from '../helpers/environment';

let page: RenderedPage | undefined;

const app = () => getWorld().apps[0];
const SERVER_IP = '203.0.113.10';

/** Everything the app has saved, as one string (to look for a secret in it). */
function savedStorage(): string {
  return JSON.stringify([...fake.storage.entries()]);
}

/** Generates the AppSecret on the page and returns what the one-time dialog showed. */
async function generateAndRead(p: RenderedPage): Promise<string> {
  await tap(p, '#generate-secret');
  const shown = text(p, '#reveal-value');
  expect(shown).toMatch(/^[0-9a-f]{32}$/);
  return shown;
}

describe('development settings: developer ID', () => {
  it('copies the AppID through the clipboard', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/dev/index');
    expect(text(page, '#app-id')).toBe(app().appId);
    await tap(page, '#copy-appid');
    expect(fake.clipboard).toBe(app().appId);
    expect(fake.toasts.map((t) => t.title)).toContain('已复制');
  });

  it('reveals the AppSecret once, insists it is stored, and never shows it again', async () => {
    startScenario({ scenario: 'ready-to-release' });
    actAll([{ type: 'dev.setIpWhitelist', ips: [SERVER_IP] }]);
    page = await renderPage('console/dev/index');
    const secret = await generateAndRead(page);
    expect(text(page, '#reveal-dialog')).toContain('这是唯一一次显示');

    await tapVant(page, '#copy-reveal');
    expect(fake.clipboard).toBe(secret);
    // Closing before confirming is refused: the dialog insists.
    await tapVant(page, '#reveal-done');
    expect(text(page, '#reveal-nag')).toContain('请先复制并保存密钥');
    expect(find(page, '#reveal-dialog')).toBeDefined();
    await tap(page, '#reveal-stored');
    await tapVant(page, '#reveal-done');
    expect(find(page, '#reveal-dialog')).toBeUndefined();

    // Afterwards it is masked, there is no way to generate it again, and it was never saved.
    expect(text(page, '#secret-masked')).toMatch(/^•+$/);
    expect(text(page, '#secret-state')).toContain('已生成');
    expect(find(page, '#generate-secret')).toBeUndefined();
    expect(textOf(page)).toContain('AppSecret');
    expect(textOf(page)).not.toContain(secret);
    expect(JSON.stringify(page.data)).not.toContain(secret);
    expect(savedStorage()).not.toContain(secret);
    expect(act({ type: 'dev.generateSecret' }).ok).toBe(false);

    // After a restart it is still only masked.
    page.detach();
    forgetLoadedWorld();
    page = await renderPage('console/dev/index');
    expect(text(page, '#secret-masked')).toMatch(/^•+$/);
    expect(JSON.stringify(page.data)).not.toContain(secret);

    // It was the real secret: a server using it is answered.
    expect(act({ type: 'dev.callApi', secret, ip: SERVER_IP }).ok).toBe(true);
  });

  it('drops a revealed secret when the learner leaves the page', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/dev/index');
    const secret = await generateAndRead(page);
    (page.instance as unknown as { onHide(): void }).onHide();
    expect(JSON.stringify(page.data)).not.toContain(secret);
  });

  it('resets the AppSecret after a confirmation and the administrator scan; the old one stops working', async () => {
    startScenario({ scenario: 'ready-to-release' });
    actAll([{ type: 'dev.setIpWhitelist', ips: [SERVER_IP] }]);
    page = await renderPage('console/dev/index');
    const first = await generateAndRead(page);
    await tap(page, '#reveal-stored');
    await tapVant(page, '#reveal-done');

    fake.modalAnswers.push(false);
    await tap(page, '#reset-secret');
    expect(fake.modals[0].content).toContain('原 AppSecret 立即失效');
    expect(find(page, '#scan-dialog')).toBeUndefined();

    await tap(page, '#reset-secret');
    expect(text(page, '#scan-dialog')).toContain('管理员身份验证');
    await tapVant(page, '#scan-confirm');
    const second = text(page, '#reveal-value');
    expect(second).toMatch(/^[0-9a-f]{32}$/);
    expect(second).not.toBe(first);
    await tap(page, '#reveal-stored');
    await tapVant(page, '#reveal-done');

    const old = act({ type: 'dev.callApi', secret: first, ip: SERVER_IP });
    expect(old.ok).toBe(false);
    if (!old.ok) expect(old.error.code).toBe('API_SECRET_INVALID');
    expect(act({ type: 'dev.callApi', secret: second, ip: SERVER_IP }).ok).toBe(true);
  });

  it('freezes after about ten minutes of simulated time', async () => {
    startScenario({ scenario: 'secret-lost' });
    page = await renderPage('console/dev/index');
    expect(find(page, '#secret-frozen')).toBeUndefined();
    await tap(page, '#freeze-secret');
    expect(fake.modals[0].title).toBe('冻结 AppSecret？');
    expect(text(page, '#freeze-pending')).toMatch(/^冻结将于 .+ 生效$/);
    await tap(page, '#freeze-secret');
    expect(text(page, '#secret-error')).toContain('上一次冻结/解冻还在生效中');
    actAll([{ type: 'clock.advance', ms: 10 * MINUTE }]);
    expect(text(page, '#secret-frozen')).toBe('已冻结');
    expect(find(page, '#freeze-pending')).toBeUndefined();
    expect(text(page, '#freeze-secret')).toBe('解冻');
  });
});

describe('development settings: whitelists and server domains', () => {
  it('checks each IP of the whitelist and says which entry is wrong', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/dev/index');
    await typeInto(page, '#field-ip', `${SERVER_IP}\n999.1.1.1`);
    await tapVant(page, '#save-ip');
    expect(text(page, '#ip-error')).toContain('第 2 项：“999.1.1.1”不是有效的 IPv4 地址');
    expect(app().dev.ipWhitelist).toEqual([]);
    await tap(page, '#sample-ip', '.sb');
    await tapVant(page, '#save-ip');
    expect(find(page, '#ip-error', '.fe')).toBeUndefined();
    expect(app().dev.ipWhitelist).toEqual(['203.0.113.10', '203.0.113.11']);
    expect(fake.toasts.map((t) => t.title)).toContain('已保存');
  });

  it('switches the API IP whitelist on and off, accepts ranges and refuses IP:port (D-06)', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/dev/index');
    expect(text(page, '#ip-switch-state')).toContain('未开启：任何 IP 都可以调用');
    expect(text(page, '#ip-switch')).toBe('开启白名单');
    await tapVant(page, '#ip-switch');
    expect(app().dev.ipWhitelistOn).toBe(true);
    expect(text(page, '#ip-switch-state')).toContain('40164');
    expect(text(page, '#ip-switch')).toBe('关闭白名单');
    await typeInto(page, '#field-ip', '203.0.113.*\n198.51.100.0/24\n203.0.113.10:8080');
    await tapVant(page, '#save-ip');
    expect(text(page, '#ip-error')).toContain('第 3 项：“203.0.113.10:8080”带了端口号');
    await typeInto(page, '#field-ip', '203.0.113.*\n198.51.100.0/24');
    await tapVant(page, '#save-ip');
    expect(find(page, '#ip-error', '.fe')).toBeUndefined();
    expect(app().dev.ipWhitelist).toEqual(['203.0.113.*', '198.51.100.0/24']);
    await tapVant(page, '#ip-switch');
    expect(app().dev.ipWhitelistOn).toBe(false);
    expect(text(page, '#ip-switch-state')).toContain('未开启');
  });

  it('refuses a wrong protocol and an unfiled domain, saves a filed https domain and counts the change', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/dev/index');
    expect(text(page, '#domain-quota')).toBe('一个月内可修改服务器域名50次，本月还可修改50次');
    await typeInto(page, '#field-request', 'http://api.reglab-demo.cn');
    await tapVant(page, '#save-request');
    expect(text(page, '#request-error')).toMatch(
      /^“http:\/\/api\.reglab-demo\.cn”的协议不对：request ?合法域名必须以 https:\/\/ 开头/,
    );
    await typeInto(page, '#field-request', 'https://api.not-filed-example.com');
    await tapVant(page, '#save-request');
    expect(text(page, '#request-error')).toContain('没有完成 ICP 备案');
    await typeInto(page, '#field-socket', 'wss://localhost:8080');
    await tapVant(page, '#save-socket');
    expect(text(page, '#socket-error')).toContain('不能把 localhost 配置为服务器域名');

    await tap(page, '#sample-request', '.sb');
    await tapVant(page, '#save-request');
    expect(app().dev.domains.request).toEqual(['https://api.reglab-demo.cn']);
    expect(text(page, '#domain-quota')).toBe('一个月内可修改服务器域名50次，本月还可修改49次');
    // The socket draft the learner typed is kept while another list is saved.
    expect((page.data as { drafts: Record<string, string> }).drafts.socket).toBe('wss://localhost:8080');
  });

  it('generates the code upload key once, with the same one-time dialog', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/dev/index');
    await tap(page, '#generate-upload-key');
    expect(text(page, '#reveal-dialog')).toContain('代码上传密钥');
    const key = text(page, '#reveal-value');
    expect(key).toMatch(/^[0-9a-f]{48}$/);
    await tap(page, '#reveal-stored');
    await tapVant(page, '#reveal-done');
    expect(text(page, '#upload-key-masked')).toMatch(/^•+$/);
    expect(savedStorage()).not.toContain(key);
    expect(find(page, '#generate-upload-key')).toBeUndefined();
    await typeInto(page, '#field-uploadIp', SERVER_IP);
    await tapVant(page, '#save-uploadIp');
    expect(app().dev.uploadIpWhitelist).toEqual([SERVER_IP]);
  });
});

describe('development: interface settings (I-03, D-10)', () => {
  it('refuses the phone-number component to an individual, and shows its fee per call once a verified organisation enables it', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/dev/index');
    expect(text(page, '#capabilities', '#cap-phoneNumber')).toContain('未开通');
    await tap(page, '#capabilities', '#enable-phoneNumber', '.van-button');
    expect(text(page, '#capabilities', '#capability-error')).toContain('只对完成微信认证的非个人主体');
    expect(find(page, '#capabilities', '#fee-phoneNumber')).toBeUndefined();

    seedEnterprise(fake, 'verification-expiring');
    page = await renderPage('console/dev/index');
    await tap(page, '#capabilities', '#enable-phoneNumber', '.van-button');
    expect(text(page, '#capabilities', '#capability-error')).toBe('');
    expect(text(page, '#capabilities', '#cap-phoneNumber')).toContain('已开通');
    expect(text(page, '#capabilities', '#fee-phoneNumber')).toContain('每次成功调用 0.03 元，有 1000 次体验额度');
    expect(getWorld().apps[0].dev.capabilities).toEqual(['phoneNumber']);
  });
});
