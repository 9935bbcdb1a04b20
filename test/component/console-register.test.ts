import { LEARNER_EMAIL, sampleIdentity } from '../../miniprogram/console/engine/index';
import { renderPage, settle } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { blurField, find, tap, tapVant, text, typeInto } from '../helpers/dom';
import { seedProgress, seededProgress } from '../helpers/quiz';
import {
  accountSubmitted,
  atInfoStep,
  confirmAdminAndContinue,
  seedScenario,
  seedWorld,
  storedWorld as world,
} from '../helpers/console';
import { fake } from '../helpers/environment';

// Rendering a page the first time compiles its templates: allow for a busy machine.
jest.setTimeout(20000);

let page: RenderedPage | undefined;

async function open(): Promise<RenderedPage> {
  page = await renderPage('console/register/index');
  return page;
}

describe('registration ① 帐号信息', () => {
  it('shows the seed labels, hints, the steps and the links', async () => {
    seedScenario(fake, { scenario: 'fresh' });
    const p = await open();
    const all = text(p);
    expect(all).toContain('每个邮箱仅能申请一个小程序');
    expect(all).toContain('作为登录帐号，请填写未被微信公众平台注册，未被微信开放平台注册，未被个人微信号绑定的邮箱');
    expect(all).toContain('字母、数字或者英文字符，最短8位，区分大小写');
    expect(all).toContain('你已阅读并同意《微信公众平台服务协议》及《微信小程序平台服务条款》');
    expect(all).toContain('换一张');
    expect(text(p, '#steps')).toContain('帐号信息');
    expect(text(p, '#steps')).toContain('信息登记');
    await tap(p, '#to-login');
    expect(fake.navigations.pop()).toEqual({ kind: 'navigateTo', url: '/console/login/index' });
  });

  it('explains the test account behind 创建测试号 (C-07)', async () => {
    seedScenario(fake, { scenario: 'fresh' });
    const p = await open();
    expect(find(p, '#test-card')).toBeUndefined();
    await tap(p, '#test-link');
    expect(text(p, '#test-card')).toContain('不能发布');
  });

  it('validates the email live and clears the error once it is right', async () => {
    seedScenario(fake, { scenario: 'fresh' });
    const p = await open();
    await typeInto(p, '#f-email', 'not-an-email');
    await blurField(p, '#f-email', 'not-an-email');
    expect(text(p, '#err-email')).toContain('邮箱格式不正确');
    expect(text(p, '#err-email')).toContain('为什么？');
    await typeInto(p, '#f-email', 'me@example.com');
    expect(find(p, '#err-email', '.fe')).toBeUndefined();
  });

  it('refuses an email already bound to a personal WeChat, with its message and a why link', async () => {
    seedScenario(fake, { scenario: 'email-bound-wechat' });
    const p = await open();
    await tap(p, '#sample-account', '.sb');
    await typeInto(p, '#f-captcha', world().registration.captcha);
    await tap(p, '#agree');
    await tapVant(p, '#submit-account');
    expect(text(p, '#err-email')).toContain('该邮箱已被个人微信号绑定');
    expect(world().registration.step).toBe('account');
    await tap(p, '#err-email', '.fe-why');
    expect(fake.navigations.pop()?.url).toMatch(/^\/pages\/lesson\/index\?id=/);
  });

  it('refuses without the agreement, then registers and shows the activation step', async () => {
    seedScenario(fake, { scenario: 'fresh' });
    const p = await open();
    await tap(p, '#sample-account', '.sb');
    await typeInto(p, '#f-captcha', world().registration.captcha);
    await tapVant(p, '#submit-account');
    expect(text(p, '#err-agree')).toContain('请先阅读并勾选同意');
    await tap(p, '#agree');
    await tapVant(p, '#submit-account');
    expect(text(p, '#thanks')).toBe(
      `感谢注册！确认邮件已发送至你的注册邮箱 : ${LEARNER_EMAIL}。请进入邮箱查看邮件，并激活小程序帐号。`,
    );
    expect(world().registration.step).toBe('activation');
  });

  it('refuses a wrong captcha and gives a new one with 换一张', async () => {
    seedScenario(fake, { scenario: 'fresh' });
    const p = await open();
    const before = world().registration.captcha;
    await tap(p, '#sample-account', '.sb');
    await typeInto(p, '#f-captcha', 'zzzz');
    await tap(p, '#agree');
    await tapVant(p, '#submit-account');
    expect(text(p, '#err-captcha')).toContain('验证码不正确');
    await tap(p, '#new-captcha');
    expect(world().registration.captcha).not.toBe(before);
    expect(text(p, '#captcha-image')).toBe(world().registration.captcha);
  });
});

describe('registration in English and under the classic rules', () => {
  it('keeps the console’s Chinese labels with English, and explains errors in English', async () => {
    seedProgress(fake, seededProgress({ lang: 'en' }));
    seedScenario(fake, { scenario: 'email-bound-wechat' });
    const p = await open();
    expect(text(p, '#f-email')).toContain('邮箱 · Email');
    await tap(p, '#sample-account', '.sb');
    await typeInto(p, '#f-captcha', world().registration.captcha);
    await tap(p, '#agree');
    await tapVant(p, '#submit-account');
    expect(text(p, '#err-email')).toContain('This email is bound to a personal WeChat account');
    expect(text(p, '#err-email')).toContain('Why?');
  });

  it('follows the rule set chosen in the toolbar: individuals cannot verify under the classic rules (I-03)', async () => {
    seedWorld(fake, atInfoStep());
    const p = await open();
    await tap(p, '#region-mainland');
    await tap(p, '#type-individual');
    expect(text(p, '#type-can')).toContain('可申请微信认证（每次 30 元）');
    await tap(p, '#toolbar', '#toolbar-bar');
    await tap(p, '#toolbar', '#rules-classic');
    expect(text(p, '#type-cannot')).toBe('个人类型暂不支持微信认证、微信支付及高级接口能力。');
    expect(text(p, '#type-can')).not.toContain('微信认证');
  });
});

describe('registration ② 邮箱激活', () => {
  function atActivation(): void {
    seedWorld(fake, accountSubmitted('activation-in-spam'));
  }

  it('opens the mailbox, resends, and goes back to re-enter the email', async () => {
    atActivation();
    const p = await open();
    await tapVant(p, '#open-mailbox');
    expect(fake.navigations.pop()).toEqual({ kind: 'navigateTo', url: '/console/mailbox/index' });
    await tap(p, '#resend');
    expect(fake.toasts.pop()?.title).toBe('已重新发送');
    expect(world().mailbox.mails).toHaveLength(2);
    await tap(p, '#refill');
    expect(world().registration.step).toBe('account');
    expect(find(p, '#f-email')).toBeDefined();
  });
});

describe('registration ③ 信息登记', () => {
  it('explains each subject type with what it can and cannot do', async () => {
    seedWorld(fake, atInfoStep());
    const p = await open();
    await tap(p, '#type-individual');
    expect(text(p, '#err-region')).toContain('请先选择注册国家/地区');
    await tap(p, '#region-hongkong');
    expect(text(p, '#err-region')).toContain('中国大陆');
    await tap(p, '#region-mainland');
    await tap(p, '#type-individual');
    expect(text(p, '#type-info')).toContain('个人类型包括：由自然人注册和运营的公众帐号。');
    expect(text(p, '#type-cannot')).toContain('微信支付');
    await tap(p, '#type-government');
    expect(text(p, '#type-verify')).toContain('只能通过微信认证');
    expect(find(p, '#method-payment')).toBeUndefined();
    expect(find(p, '#method-wechat')).toBeDefined();
    await tap(p, '#type-enterprise');
    expect(find(p, '#method-payment')).toBeDefined();
    await tap(p, '#guide-link');
    expect(text(p, '#guide')).toContain('媒体类型包括');
  });

  it('refuses an ID-card number with a wrong check digit, live and on 继续', async () => {
    const w = atInfoStep();
    seedWorld(fake, w);
    const p = await open();
    await tap(p, '#region-mainland');
    await tap(p, '#type-individual');
    const good = sampleIdentity(w, 0).idNumber;
    const last = good.charAt(17);
    const wrong = good.slice(0, 17) + (last === '0' ? '1' : '0');
    await typeInto(p, '#f-idNumber', wrong);
    await blurField(p, '#f-idNumber', wrong);
    expect(text(p, '#err-idNumber')).toContain('身份证号码校验位不对');
    // How the digit is computed, never the digit itself; "why" opens the lesson section that explains it.
    expect(text(p, '#err-idNumber')).toContain('除以 11 取余数');
    expect(text(p, '#err-idNumber')).not.toContain(`应为 ${last}`);
    await tap(p, '#err-idNumber', '.fe-why');
    expect(fake.navigations.pop()?.url).toBe(
      '/pages/lesson/index?id=register-individual&section=register-individual.fields',
    );
    await tapVant(p, '#continue');
    expect(text(p, '#err-idNumber')).toContain('校验位');
    await typeInto(p, '#f-idNumber', good);
    expect(find(p, '#err-idNumber', '.fe')).toBeUndefined();
  });

  it('goes through SMS, the admin scan, 继续 and the dialog that must be accepted', async () => {
    seedWorld(fake, atInfoStep());
    const p = await open();
    await tap(p, '#region-mainland');
    await tap(p, '#type-individual');
    expect(text(p, '#admin-scan')).toContain('请先填写管理员身份信息');
    await tap(p, '#sample-form', '.sb');
    await tapVant(p, '#send-sms');
    expect(text(p, '#sms-note')).toContain('验证码已发送至');
    const sms = world().phone.sms[0];
    await typeInto(p, '#f-smsCode', sms.code ?? '');
    await tapVant(p, '#continue');
    expect(text(p, '#err-adminScan')).toContain('还没有完成管理员身份验证');
    await tapVant(p, '#scan');
    expect(text(p, '#admin-scan')).toContain('已扫码，请在手机上确认');
    expect(text(p, '#phone', '#phone-count')).toBe('2');
    // Confirm on the phone page, as the learner would.
    const phone = await renderPage('console/phone/index');
    await tapVant(phone as RenderedPage, '.scan-allow');
    phone.detach();
    await settle();
    expect(text(p, '#admin-scan')).toContain('身份验证成功');
    await tapVant(p, '#continue');
    expect(text(p, '#confirm-dialog')).toContain('主体信息提交后不可修改');
    await tapVant(p, '#dialog-cancel');
    expect(find(p, '#confirm-dialog')).toBeUndefined();
    expect(world().apps).toHaveLength(0);
    await tapVant(p, '#continue');
    await tapVant(p, '#dialog-ok');
    expect(world().apps).toHaveLength(1);
    expect(text(p, '#done-appid')).toBe(world().apps[0].appId);
    expect(find(p, '#subject-ok')).toBeDefined();
    await tapVant(p, '#to-console');
    expect(fake.navigations.pop()).toEqual({ kind: 'navigateTo', url: '/console/home/index' });
  });

  it('takes a government body through WeChat verification only', async () => {
    seedWorld(fake, atInfoStep());
    const p = await open();
    await tap(p, '#region-mainland');
    await tap(p, '#type-government');
    expect(text(p, '#f-idName')).toContain('管理员身份证姓名');
    await tap(p, '#sample-form', '.sb');
    await tap(p, '#method-wechat');
    await tapVant(p, '#send-sms');
    await confirmAdminAndContinue(p);
    expect(text(p, '#confirm-dialog')).toContain('政府');
    await tapVant(p, '#dialog-ok');
    expect(world().apps[0].subject.status).toBe('awaitingVerification');
    expect(text(p, '#verification')).toContain('待微信认证');
    await tap(p, '#to-verify');
    expect(fake.navigations.pop()).toEqual({ kind: 'navigateTo', url: '/console/verify/index' });
  });

  it('takes an enterprise through the small payment', async () => {
    seedWorld(fake, atInfoStep());
    const p = await open();
    await tap(p, '#region-mainland');
    await tap(p, '#type-enterprise');
    await tap(p, '#sample-form', '.sb');
    await tapVant(p, '#continue');
    expect(text(p, '#err-method')).toContain('请选择主体验证方式');
    await tap(p, '#method-payment');
    await tapVant(p, '#send-sms');
    await typeInto(p, '#f-smsCode', world().phone.sms[0].code ?? '');
    await tapVant(p, '#scan');
    const scan = world().phone.scans.find((s) => s.status === 'pending');
    const phone = await renderPage('console/phone/index');
    await tapVant(phone as RenderedPage, '.scan-allow');
    phone.detach();
    expect(scan).toBeDefined();
    await tapVant(p, '#continue');
    await tapVant(p, '#dialog-ok');
    const app = world().apps[0];
    expect(app.subject.status).toBe('awaitingPayment');
    const amount = ((app.subject.paymentAmountFen ?? 0) / 100).toFixed(2);
    expect(text(p, '#pay-text')).toContain(`${amount} 元`);
    await typeInto(p, '#f-amount', '999');
    await tapVant(p, '#pay');
    expect(text(p, '#err-amount')).toContain('打款金额不对');
    await typeInto(p, '#f-amount', amount);
    await tapVant(p, '#pay');
    expect(world().apps[0].subject.status).toBe('verified');
    expect(find(p, '#subject-ok')).toBeDefined();
  });

  it("offers 个体工商户 under 企业 and today's three verification methods; 法人扫脸 verifies at once", async () => {
    seedWorld(fake, atInfoStep());
    const p = await open();
    await tap(p, '#region-mainland');
    expect(find(p, '#type-individualBusiness')).toBeUndefined();
    await tap(p, '#type-enterprise');
    expect(text(p, '#type-verify')).toContain('法人扫脸');
    expect(text(p, '#kind-enterprise')).toContain('企业');
    await tap(p, '#kind-individualBusiness');
    expect(world().registration.subjectType).toBe('individualBusiness');
    expect(text(p, '#type-can')).toContain('30 元');
    expect(text(p, '#method-payment')).toBe('对公账户打款');
    expect(text(p, '#method-eLicence')).toBe('电子营业执照');
    expect(find(p, '#method-wechat')).toBeUndefined();
    await tap(p, '#method-faceScan');
    await tap(p, '#kind-enterprise');
    // Both kinds offer the same methods, so the choice is kept.
    expect(find(p, '#method-faceScan')?.dom?.className).toContain('rg-on');
    await tap(p, '#sample-form', '.sb');
    await tapVant(p, '#send-sms');
    await confirmAdminAndContinue(p);
    await tapVant(p, '#dialog-ok');
    expect(world().apps[0].subject).toMatchObject({ type: 'enterprise', method: 'faceScan', status: 'verified' });
    expect(find(p, '#subject-ok')).toBeDefined();
  });

  it("keeps the older tutorials' payment-or-WeChat choice under the classic rule set", async () => {
    seedWorld(fake, { ...atInfoStep(), ruleSet: 'classic' });
    const p = await open();
    await tap(p, '#region-mainland');
    await tap(p, '#type-enterprise');
    expect(text(p, '#type-verify')).toContain('较早的教程');
    expect(find(p, '#method-wechat')).toBeDefined();
    expect(find(p, '#method-faceScan')).toBeUndefined();
  });
});
