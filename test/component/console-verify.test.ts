import { DAY } from '../../miniprogram/console/engine/index';
import { getWorld } from '../../miniprogram/console/services/session';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, tap, tapVant, text } from '../helpers/dom';
import { actAll, logInToExistingApp, seedEnterprise, startScenario } from '../helpers/console';
import { fake } from '../helpers/environment';

let page: RenderedPage | undefined;

const verification = () => getWorld().apps[0].verification;

describe('verification', () => {
  it('an individual applies for 30 RMB under the current rules; the review ends on the simulated clock', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/verify/index');
    expect(text(page, '#stage-text')).toBe('未认证');
    expect(text(page, '#fee-note')).toContain('每次申请 30 元，审核不通过不退还');
    fake.modalAnswers.push(false);
    await tapVant(page, '#apply');
    expect(fake.modals[0].content).toContain('每次申请 30 元');
    expect(verification().stage).toBe('none');

    await tapVant(page, '#apply');
    expect(text(page, '#stage-text')).toBe('认证审核中');
    expect(text(page, '#review-text')).toContain('出结果（模拟时钟）');
    await tapVant(page, '#skip');
    expect(text(page, '#stage-text')).toBe('已认证');
    expect(text(page, '#expires')).toMatch(/^有效期至 \d{4}-\d{2}-\d{2}$/);
    expect(text(page, '#fees-paid')).toContain('30 元');
    expect(find(page, '#apply-card')).toBeUndefined();

    await tapVant(page, '#annual');
    expect(text(page, '#form-error')).toContain('年审在认证到期前 3 个月开放');
  });

  it('says 个人号无法认证 under the classic rules, and the engine refuses', async () => {
    startScenario({ scenario: 'ready-to-release', ruleSet: 'classic' });
    page = await renderPage('console/verify/index');
    expect(text(page, '#not-allowed')).toContain('个人号无法认证');
    await tapVant(page, '#apply');
    expect(text(page, '#form-error')).toContain('个人帐号无法进行微信认证');
  });

  it('does the annual review when it is open, and shows what an expired verification blocks', async () => {
    startScenario({ scenario: 'verification-expiring' });
    page = await renderPage('console/verify/index');
    const before = verification().expiresAt ?? 0;
    expect(text(page, '#effects')).not.toContain('✕');
    actAll([{ type: 'clock.set', time: before + 31 * DAY }]);
    expect(text(page, '#stage-text')).toBe('认证已过期');
    expect(text(page, '#effects')).toContain('已过期 31 天');
    expect(text(page, '#effects')).toContain('✕ 过期当天起：不能发布新版本');
    expect(text(page, '#effects')).toContain('✕ 过期 30 天起：不能分享');
    expect(text(page, '#effects')).not.toContain('✕ 过期 60 天起');

    await tapVant(page, '#annual');
    expect(text(page, '#stage-text')).toBe('认证审核中');
    await tapVant(page, '#skip');
    expect(text(page, '#stage-text')).toBe('已认证');
    expect(verification().expiresAt ?? 0).toBeGreaterThan(before);
    expect(text(page, '#effects')).not.toContain('✕');
  });

  it('applies with filing together: filing starts once verification passes', async () => {
    logInToExistingApp();
    actAll([
      { type: 'basic.setName', name: '实训示例笔记本' },
      { type: 'category.add', categoryId: 'tools.notes' },
    ]);
    page = await renderPage('console/verify/index');
    await tap(page, '#with-filing');
    await tap(page, '#sample', '.sb');
    await tapVant(page, '#apply');
    expect(getWorld().apps[0].filing.stage).toBe('none');
    await tapVant(page, '#skip');
    expect(text(page, '#stage-text')).toBe('已认证');
    expect(getWorld().apps[0].filing.stage).toBe('platformReview');
  });

  it('names the current enterprise verification methods beside what older tutorials say (I-10), not to individuals', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/verify/index');
    expect(find(page, '#subject-methods')).toBeUndefined();
    seedEnterprise(fake, 'ready-to-release');
    page = await renderPage('console/verify/index');
    expect(text(page, '#methods-now')).toContain('对公账户打款、法人扫脸、电子营业执照');
    expect(text(page, '#methods-older')).toContain('旧教程的写法：10 天内对公打款，或申请微信认证');
  });
});
