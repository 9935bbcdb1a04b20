import {
  checkAccountField,
  checkFormField,
  createWorld,
  dispatchAll,
  EMPTY_ACCOUNT,
  EMPTY_FORM,
  LEARNER_EMAIL,
  methodChips,
  registerPageView,
} from '../../../../miniprogram/console/engine/index';
import type { RegisterPageTexts } from '../../../../miniprogram/console/engine/index';

const S: RegisterPageTexts = {
  step1: '① 帐号信息',
  step2: '② 邮箱激活',
  step3: '③ 信息登记',
  thanks: '感谢注册！邮件已发送至 {email}',
  smsSent: '已发送至 {phone}',
  payBody: '请在 {deadline} 前汇款 {amount} 元',
  methodPayment: '对公打款',
  methodWechat: '微信认证',
  methodFaceScan: '法人扫脸',
  methodELicence: '电子营业执照',
};

describe('the registration page view (engine/registration/view.ts)', () => {
  it('shows step ① with the captcha as characters, the regions and the subject types', () => {
    const world = createWorld({});
    const v = registerPageView(world, 'zh', S, false);
    expect(v.step).toBe('account');
    expect(v.stepIndex).toBe(0);
    expect(v.steps.map((x) => x.text)).toEqual([S.step1, S.step2, S.step3]);
    expect(v.captcha.join('')).toBe(world.registration.captcha);
    expect(v.regions.map((r) => r.label)).toContain('中国大陆');
    expect(v.types.find((x) => x.id === 'individual')?.label).toBe('个人');
    expect(v.guide).toEqual([]);
    expect(registerPageView(world, 'en', S, true).guide.length).toBe(6);
  });

  it('fills the thank-you text with the email once step ① is submitted, in the learner language', () => {
    let world = createWorld({});
    world = dispatchAll(world, [
      {
        type: 'register.submitAccount',
        email: LEARNER_EMAIL,
        password: 'Sample2025',
        confirmPassword: 'Sample2025',
        captcha: world.registration.captcha,
        agree: true,
      },
    ]).world;
    const v = registerPageView(world, 'zh', S, false);
    expect(v.step).toBe('activation');
    expect(v.thanks).toBe(`感谢注册！邮件已发送至 ${LEARNER_EMAIL}`);
  });

  it("offers enterprises today's three methods, the older tutorials' two under classic, government WeChat only", () => {
    expect(methodChips(null, 'none', S, 'current')).toEqual([]);
    expect(methodChips('individual', 'none', S, 'current')).toEqual([]);
    expect(methodChips('enterprise', 'faceScan', S, 'current')).toEqual([
      { id: 'payment', label: '对公打款', selected: false },
      { id: 'faceScan', label: '法人扫脸', selected: true },
      { id: 'eLicence', label: '电子营业执照', selected: false },
    ]);
    expect(methodChips('individualBusiness', 'none', S, 'current').map((c) => c.label)).toEqual([
      '对公打款',
      '法人扫脸',
      '电子营业执照',
    ]);
    expect(methodChips('enterprise', 'wechat', S, 'classic')).toEqual([
      { id: 'payment', label: '对公打款', selected: false },
      { id: 'wechat', label: '微信认证', selected: true },
    ]);
    expect(methodChips('government', 'none', S, 'current').map((c) => c.id)).toEqual(['wechat']);
    expect(methodChips('media', 'none', S, 'classic').map((c) => c.id)).toEqual(['wechat']);
  });

  it('offers 个体工商户 as a sub-choice of 企业, not as a type button, with its own fee', () => {
    let world = createWorld({});
    expect(registerPageView(world, 'zh', S, false).types.map((x) => x.id)).not.toContain('individualBusiness');
    world = { ...world, registration: { ...world.registration, subjectType: 'enterprise' } };
    let v = registerPageView(world, 'zh', S, false);
    expect(v.types.find((x) => x.id === 'enterprise')?.selected).toBe(true);
    expect(v.kinds.map((k) => [k.label, k.selected])).toEqual([
      ['企业（公司、分支机构）', true],
      ['个体工商户', false],
    ]);
    expect(v.typeInfo?.can).toContain('300 元');
    expect(v.typeInfo?.verify).toContain('法人扫脸');
    world = { ...world, registration: { ...world.registration, subjectType: 'individualBusiness' } };
    v = registerPageView(world, 'zh', S, false);
    expect(v.types.find((x) => x.id === 'enterprise')?.selected).toBe(true);
    expect(v.kinds.find((k) => k.id === 'individualBusiness')?.selected).toBe(true);
    expect(v.typeInfo?.can).toContain('每次 30 元');
    world = { ...world, registration: { ...world.registration, subjectType: 'media' } };
    expect(registerPageView(world, 'zh', S, false).kinds).toEqual([]);
    const classic = {
      ...world,
      ruleSet: 'classic' as const,
      registration: { ...world.registration, subjectType: 'enterprise' as const },
    };
    expect(registerPageView(classic, 'en', S, false).typeInfo?.verify).toContain('older tutorials');
  });

  it('checks fields live with the engine validators and the rule set’s password length', () => {
    const world = createWorld({});
    expect(checkAccountField(world, { ...EMPTY_ACCOUNT, email: 'nope' }, 'email')?.code).toBe('EMAIL_FORMAT');
    expect(checkAccountField(world, { ...EMPTY_ACCOUNT, password: 'Ab1' }, 'password')?.code).toBe(
      'PASSWORD_TOO_SHORT',
    );
    expect(
      checkAccountField(world, { ...EMPTY_ACCOUNT, password: 'Sample2025', confirmPassword: 'x' }, 'confirmPassword')
        ?.code,
    ).toBe('PASSWORD_MISMATCH');
    expect(checkAccountField(world, { ...EMPTY_ACCOUNT, email: LEARNER_EMAIL }, 'email')).toBeNull();
    expect(checkFormField(world, { ...EMPTY_FORM, phone: '123' }, 'phone')?.code).toBe('PHONE_FORMAT');
    expect(checkFormField(world, { ...EMPTY_FORM, phone: '13800138000' }, 'phone')).toBeNull();
  });
});
