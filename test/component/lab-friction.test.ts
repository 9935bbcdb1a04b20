import { dispatchAll } from '../../miniprogram/console/engine/index';
import type { World } from '../../miniprogram/console/engine/index';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, tap, tapVant, text, typeInto } from '../helpers/dom';
import {
  atInfoStep,
  confirmAdminAndContinue,
  logInToExistingApp,
  seedScenario,
  seedWorld,
  storedWorld as world,
} from '../helpers/console';
import { fake } from '../helpers/environment';
import { LAB_SCENARIOS } from '../../miniprogram/core/lab-scenarios';

// The 实操 friction a new-user test met, each fixed and checked as the learner meets it.
jest.setTimeout(30000);

/** A sandbox at registration step ③, an individual in mainland China (on `scenario`'s platform). */
function individualAtInfoStep(scenario: 'fresh' | 'id-quota-full' = 'fresh'): World {
  return dispatchAll(atInfoStep(scenario), [
    { type: 'register.selectRegion', region: 'mainland' },
    { type: 'register.selectSubjectType', subjectType: 'individual' },
  ]).world;
}

async function infoPage(scenario: 'fresh' | 'id-quota-full' = 'fresh'): Promise<RenderedPage> {
  seedWorld(fake, individualAtInfoStep(scenario));
  const p = await renderPage('console/register/index');
  await tap(p, '#sample-form', '.sb');
  await tapVant(p, '#send-sms');
  return p;
}

describe('实操 friction', () => {
  it('用微信扫码 says the real reason: a wrong SMS code, not "fill in the identity first"', async () => {
    const p = await infoPage();
    const code = world().phone.sms[0].code ?? '';
    await typeInto(p, '#f-smsCode', code === '000000' ? '111111' : '000000');
    await tapVant(p, '#scan');
    expect(text(p, '#err-smsCode')).toContain('短信验证码不正确');
    expect(text(p)).not.toContain('请先填写管理员身份信息（');
  });

  it('用微信扫码 says the real reason: a 6th mini program on one ID card, not "fill in the identity first"', async () => {
    // The sample identity already has 5 mini programs on this platform; the SMS code is right.
    const p = await infoPage('id-quota-full');
    await typeInto(p, '#f-smsCode', world().phone.sms[0].code ?? '');
    await tapVant(p, '#scan');
    // The reason under the ID number field, with the link to the lesson that explains the limit.
    expect(text(p, '#err-idNumber')).toBe(
      '该身份证号码已注册 5 个小程序，达到上限（一个身份证号码最多注册 5 个）。请换一位管理员的身份信息。为什么？',
    );
    expect(text(p)).not.toContain('请先填写管理员身份信息（');
    expect(world().phone.scans).toHaveLength(0);
  });

  it('the SMS cool-down says how to wait, and +1 minute on the toolbar ends it', async () => {
    const p = await infoPage();
    await tapVant(p, '#send-sms');
    expect(text(p, '#err-phone')).toContain('秒后再重新获取');
    expect(text(p, '#err-phone')).toContain('+1 分钟');
    await tap(p, '#toolbar', '#toolbar-bar');
    await tap(p, '#toolbar', '#jump-m1');
    await tapVant(p, '#send-sms');
    expect(world().phone.sms).toHaveLength(2);
    expect(find(p, '#err-phone', '.fe')).toBeUndefined();
  });

  it('cancelling the 继续 confirmation says registration is unfinished, and leaving keeps the typed fields', async () => {
    const p = await infoPage();
    await confirmAdminAndContinue(p);
    await tapVant(p, '#dialog-cancel');
    expect(fake.modals.pop()).toMatchObject({ title: '注册还没完成' });
    const typed = { ...(p.data as { form: Record<string, string> }).form };
    expect(typed.idName).not.toBe('');
    // The learner leaves the page (back) and comes again: the fields are as they left them.
    p.instance.onUnload?.();
    p.detach();
    const again = await renderPage('console/register/index');
    expect((again.data as { form: Record<string, string> }).form).toEqual(typed);
    // What the field shows (the vant field's value).
    expect(find(again, '#f-idName')?.instance?.data.value).toBe(typed.idName);
    expect(world().apps).toHaveLength(0);
  });

  it('the 实操 tab lists a few scenarios before 开始, with the rest one tap away', async () => {
    const lab = await renderPage('pages/lab/index');
    const listed = () => LAB_SCENARIOS.filter((sc) => find(lab, `#scenario-${sc.id}`) !== undefined).length;
    expect(listed()).toBe(4);
    expect(text(lab, '#more-scenarios')).toBe('显示全部 18 个场景');
    await tap(lab, '#more-scenarios');
    expect(listed()).toBe(18);
    await tap(lab, '#scenario-classic-tutorial');
    await tap(lab, '#more-scenarios');
    expect(text(lab, '#more-scenarios')).toBe('显示全部 18 个场景');
    // The chosen scenario stays listed when the list is short again.
    expect(find(lab, '#scenario-classic-tutorial')).toBeDefined();
    expect(find(lab, '#scenario-members-full')).toBeUndefined();
  });

  it("the home checklist's 必做项还剩 n counts the rows it shows as to do", async () => {
    seedScenario(fake, { scenario: 'existing-app' });
    logInToExistingApp();
    const home = await renderPage('console/home/index');
    const rows = (
      home.data as { home: { steps: { rows: { id: string; state: string; stateLabel: string }[] }[] } }
    ).home.steps.flatMap((s) => s.rows);
    const todo = rows.filter((r) => r.state === 'todo');
    expect(todo.length).toBeGreaterThan(0);
    for (const r of todo) expect(text(home, `#row-${r.id}`)).toContain(r.stateLabel);
    expect(text(home, '#remaining')).toBe(`必做项还剩 ${todo.length}`);
  });

  it('an approved but unpublished version is nudged on the console home, also 30 days later', async () => {
    seedScenario(fake, { scenario: 'approved-not-published' });
    const home = await renderPage('console/home/index');
    expect(text(home, '#publish-nudge')).toContain('版本 1.0.0 已审核通过');
    expect(text(home, '#publish-nudge')).toContain('用户看不到它');
    await tap(home, '#toolbar', '#toolbar-bar');
    await tap(home, '#toolbar', '#jump-d30');
    expect(text(home, '#publish-nudge')).toMatch(/已审核通过 3\d 天/);
    await tap(home, '#publish-nudge');
    expect(fake.navigations.pop()).toEqual({ kind: 'navigateTo', url: '/console/versions/index' });
  });
});
