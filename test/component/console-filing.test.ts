import { getWorld } from '../../miniprogram/console/services/session';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, tap, tapVant, text, typeInto } from '../helpers/dom';
import { actAll, logInToExistingApp, startScenario } from '../helpers/console';
import { fake } from '../helpers/environment';

let page: RenderedPage | undefined;

const filing = () => getWorld().apps[0].filing;

/** Logs in to the scenario's unfiled mini program, optionally with a name and a category already set. */
function unfiledApp(withBasics: boolean): void {
  logInToExistingApp();
  if (withBasics) {
    actAll([
      { type: 'basic.setName', name: '实训示例笔记本' },
      { type: 'category.add', categoryId: 'tools.notes' },
    ]);
  }
}

describe('filing', () => {
  it('lists everything filing still needs at once, each with a link to where it is done', async () => {
    unfiledApp(false);
    page = await renderPage('console/filing/index');
    expect(text(page, '#stage-label')).toBe('未备案');
    // Both missing prerequisites are shown before any submit, not one at a time.
    expect(text(page, '#missing')).toContain('1. 设置小程序名称');
    expect(text(page, '#missing')).toContain('2. 添加服务类目');
    await tap(page, '#sample', '.sb');
    await tapVant(page, '#submit');
    expect(text(page, '#form-error')).toContain('设置小程序名称；添加服务类目');
    await tapVant(page, '#fix-name');
    expect(fake.navigations.pop()?.url).toBe('/console/basic/index?section=edit%3Aname');
    await tapVant(page, '#fix-category');
    expect(fake.navigations.pop()?.url).toBe('/console/basic/index?section=category');
  });

  it('the emergency contact must be someone other than the subject principal (V-08)', async () => {
    unfiledApp(true);
    page = await renderPage('console/filing/index');
    expect(find(page, '#missing')).toBeUndefined();
    // Every field says where to type, with an example (issue 15.4).
    expect(find(page, '#emergency-phone')?.data?.placeholder).toBe('11 位手机号，例如 13800138000');
    expect(find(page, '#emergency-name')?.data?.placeholder).toContain('例如');
    await tap(page, '#sample', '.sb');
    await typeInto(page, '#emergency-name', String(find(page, '#subject-name')?.data?.value ?? ''));
    await tapVant(page, '#submit');
    expect(text(page, '#emergency-error')).toContain('应急联系人不能是主体负责人本人');
    expect(filing().stage).toBe('none');
  });

  it('checks the principals: a valid phone, and no shared number between different people', async () => {
    unfiledApp(true);
    page = await renderPage('console/filing/index');
    await typeInto(page, '#subject-name', '测试甲');
    await typeInto(page, '#subject-phone', '1380013');
    await tapVant(page, '#submit');
    expect(text(page, '#subject-phone-error')).toContain('请填写 11 位中国大陆手机号码');
    expect(filing().stage).toBe('none');

    await typeInto(page, '#subject-phone', '13800138001');
    await tap(page, '#same');
    await typeInto(page, '#app-name', '测试乙');
    await typeInto(page, '#app-phone', '13800138001');
    await tapVant(page, '#submit');
    expect(text(page, '#app-error')).toContain('不同的备案负责人不能使用同一个手机号（138****8001）');
    expect(filing().stage).toBe('none');
  });

  it('goes through platform review, the MIIT SMS check and the provincial review on the simulated clock', async () => {
    unfiledApp(true);
    page = await renderPage('console/filing/index');
    await tap(page, '#sample', '.sb');
    await tapVant(page, '#submit');
    expect(text(page, '#stage-label')).toBe('平台初审中');
    expect(text(page, '#waiting')).toContain('还剩 2 个工作日');
    expect(text(page, '#filing-status')).toMatch(/主体负责人：.\* · 138\*\*\*\*\d{4}/);
    expect(find(page, '#filing-form')).toBeUndefined();

    await tapVant(page, '#skip');
    expect(text(page, '#stage-label')).toBe('待工信部短信核验');
    const sms = getWorld().phone.sms.filter((m) => m.text.zh.indexOf('【工信部】') === 0);
    expect(sms).toHaveLength(1);
    expect(text(page, '#sms-pending')).toContain(sms[0].toMasked);
    // The number typed into the form is offered again; a wrong code is refused.
    await typeInto(page, '#sms-code', '000000');
    await tapVant(page, '#sms-verify');
    expect(text(page, '#sms-card')).toContain('核验码不正确');
    await tapVant(page, '#sms-phone-open');
    expect(fake.navigations.pop()?.url).toBe('/console/phone/index');
    await typeInto(page, '#sms-code', sms[0].code ?? '');
    await tapVant(page, '#sms-verify');
    expect(text(page, '#stage-label')).toBe('管局审核中');
    expect(text(page, '#waiting')).toContain('1–20 个工作日');

    await tapVant(page, '#skip');
    expect(text(page, '#stage-label')).toBe('已备案');
    expect(text(page, '#done-text')).toMatch(/^已于 \d{4}-\d{2}-\d{2} 完成备案$/);
    expect(filing().stage).toBe('done');
  });

  it('lapses when the MIIT SMS check is not done within 24 hours, and can be submitted again', async () => {
    unfiledApp(true);
    page = await renderPage('console/filing/index');
    await tap(page, '#sample', '.sb');
    await tapVant(page, '#submit');
    await tapVant(page, '#skip');
    expect(text(page, '#waiting')).toContain('24 小时内');
    expect(text(page, '#waiting')).toContain('逾期备案失效');
    actAll([{ type: 'clock.advance', ms: 24 * 3600 * 1000 }]);
    expect(text(page, '#reject')).toContain('工信部短信核验没有在 24 小时内完成');
    expect(find(page, '#filing-form')).toBeDefined();
    await tap(page, '#sample', '.sb');
    await tapVant(page, '#submit');
    expect(text(page, '#stage-label')).toBe('平台初审中');
  });

  it('says filing is not required for review under the classic rules', async () => {
    startScenario({ scenario: 'ready-to-release', ruleSet: 'classic' });
    page = await renderPage('console/filing/index');
    expect(text(page, '.rl-subtitle')).toContain('提交审核不要求备案');
  });
});
