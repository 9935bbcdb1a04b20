import { getWorld } from '../../miniprogram/console/services/session';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, must, tap, tapVant, text } from '../helpers/dom';
import { settle } from '../helpers/render';
import { actAll, startScenario } from '../helpers/console';

jest.setTimeout(30000);

/** Types into a van-field inside the server-call component, as the learner does. */
async function typeServer(p: RenderedPage, field: string, value: string): Promise<void> {
  const controls = must(p, '#server-call', field).querySelectorAll('.van-field__control');
  controls[controls.length - 1].dispatchEvent('input', { detail: { value } });
  await settle();
}

async function generateAndRead(p: RenderedPage): Promise<string> {
  await tap(p, '#generate-secret');
  const secret = text(p, '#reveal-value');
  await tap(p, '#reveal-stored');
  await tapVant(p, '#reveal-done');
  return secret;
}

describe('the simulated server on 开发管理', () => {
  it('calls an API with the secret the learner types: the old one fails after a reset, the new one works', async () => {
    startScenario({ scenario: 'ready-to-release' });
    actAll([
      { type: 'dev.setIpWhitelist', ips: ['203.0.113.10'] },
      { type: 'dev.setIpWhitelistOn', on: true },
    ]);
    const p = await renderPage('console/dev/index');
    expect(text(p, '#server-call')).toContain('模拟服务器：用 AppSecret 调用接口');

    await tap(p, '#server-call', '#call-api', '.van-button');
    expect(text(p, '#server-call', '#api-error')).toContain('AppSecret');
    const first = await generateAndRead(p);
    await typeServer(p, '#api-secret', first);
    await tap(p, '#server-call', '#call-api', '.van-button');
    expect(text(p, '#server-call', '#api-ok')).toBe('调用成功：平台接受了这个 AppSecret，服务器拿到了结果。');

    await tap(p, '#reset-secret');
    await tapVant(p, '#scan-confirm');
    const second = text(p, '#reveal-value');
    await tap(p, '#reveal-stored');
    await tapVant(p, '#reveal-done');
    // The server still has the old copy: refused, with the platform's reason.
    await typeServer(p, '#api-secret', first);
    await tap(p, '#server-call', '#call-api', '.van-button');
    expect(find(p, '#server-call', '#api-ok')).toBeUndefined();
    expect(text(p, '#server-call', '#api-error')).toMatch(/40125|AppSecret/);
    await typeServer(p, '#api-secret', second);
    await tap(p, '#server-call', '#call-api', '.van-button');
    expect(text(p, '#server-call', '#api-ok')).toContain('调用成功');
    const log = getWorld().log.map((e) => e.type);
    expect(log.lastIndexOf('API_CALL_SUCCEEDED')).toBeGreaterThan(log.lastIndexOf('SECRET_RESET'));

    // From an IP outside the whitelist: refused, saying which IP.
    await typeServer(p, '#api-ip', '198.51.100.7');
    await tap(p, '#server-call', '#call-api', '.van-button');
    expect(text(p, '#server-call', '#api-error')).toContain('198.51.100.7');
  });
});
