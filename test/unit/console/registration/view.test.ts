import {
  checkAccountField,
  checkFormField,
  createWorld,
  dispatchAll,
  EMPTY_ACCOUNT,
  EMPTY_FORM,
  isRegion,
  isSubjectMethod,
  isSubjectType,
  LEARNER_EMAIL,
  methodAfterTypeChange,
  methodChips,
  registerFormView,
  registerPageView,
  sampleFormFields,
  sampleIdentity,
  yuanToFen,
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

  it('explains each subject type in English as well, with the fee of the rule set', () => {
    const world = createWorld({});
    const en = registerPageView(world, 'en', S, true);
    expect(en.regions.map((r) => r.label)).toEqual([
      'Mainland China',
      'Hong Kong, China',
      'Macao, China',
      'Taiwan, China',
      'Other countries or regions',
    ]);
    expect(en.guide.map((g) => g.label)).toEqual([
      'Individual',
      'Enterprise',
      'Government',
      'Media',
      'Other organisation',
      'Individual business',
    ]);
    expect(en.guide[0].what).toBe('Individual: accounts registered and operated by a natural person.');
    const as = (type: 'individual' | 'government' | 'individualBusiness', ruleSet: 'current' | 'classic') =>
      registerPageView(
        { ...world, ruleSet, registration: { ...world.registration, subjectType: type } },
        'en',
        S,
        false,
      );
    expect(as('individual', 'current').typeInfo).toEqual({
      what: 'Individual: accounts registered and operated by a natural person.',
      can: 'What the account can do: it may apply for WeChat verification (30 RMB each time), and it can develop with the basic APIs and publish mini programs.',
      cannot: 'Individuals cannot use WeChat Pay, the phone-number component or business domains.',
      verify: 'No further check of the registered entity: the administrator scan verifies the person.',
    });
    expect(as('individual', 'classic').typeInfo?.can).toBe(
      'What the account can do: develop with the basic APIs and publish mini programs.',
    );
    expect(as('individual', 'classic').typeInfo?.cannot).toBe(
      'Individuals cannot do WeChat verification, WeChat Pay or advanced APIs.',
    );
    const government = as('government', 'current');
    expect(government.typeInfo?.can).toBe(
      'What the account can do: it may apply for WeChat verification free of charge; once verified, it can use WeChat Pay and the advanced APIs.',
    );
    expect(government.typeInfo?.verify).toBe('Checking the registered entity: WeChat verification only.');
    expect(government.orgNameLabel).toBe('Full name of the body');
    const business = as('individualBusiness', 'current');
    expect(business.kinds.map((k) => k.label)).toEqual(['Company or branch', 'Individual business (个体工商户)']);
    expect(business.orgNameLabel).toBe('Business name');
    const zh = registerPageView(
      { ...world, registration: { ...world.registration, subjectType: 'individual' } },
      'zh',
      S,
      false,
    );
    expect(zh.typeInfo?.can).toBe('帐号能力：可申请微信认证（每次 30 元）；可使用基础接口开发、发布小程序。');
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

  it('derives the method chips and whether the scan QR code can show from the form being typed', () => {
    const world = createWorld({});
    expect(registerFormView(world, EMPTY_FORM, S)).toEqual({ methods: [], ready: false });
    const enterprise = { ...world, registration: { ...world.registration, subjectType: 'enterprise' as const } };
    const id = sampleIdentity(world, 0);
    const typed = {
      ...EMPTY_FORM,
      idName: id.idName,
      idNumber: id.idNumber,
      phone: id.phone,
      method: 'payment' as const,
    };
    expect(registerFormView(enterprise, typed, S)).toEqual({
      methods: methodChips('enterprise', 'payment', S, 'current'),
      ready: false,
    });
    expect(registerFormView(enterprise, { ...typed, smsCode: '123456' }, S).ready).toBe(true);
    expect(registerFormView(enterprise, { ...typed, smsCode: '123456', phone: '123' }, S).ready).toBe(false);
  });

  it('keeps the verification method across 企业 ↔ 个体工商户 only when the new type offers it', () => {
    expect(methodAfterTypeChange('individualBusiness', 'faceScan', 'current')).toBe('faceScan');
    expect(methodAfterTypeChange('government', 'faceScan', 'current')).toBe('none');
    expect(methodAfterTypeChange('government', 'wechat', 'current')).toBe('wechat');
    expect(methodAfterTypeChange('enterprise', 'faceScan', 'classic')).toBe('none');
    expect(methodAfterTypeChange('individual', 'payment', 'current')).toBe('none');
    expect(methodAfterTypeChange('enterprise', 'none', 'current')).toBe('none');
  });

  it('fills the sample identity in turn, with the organisation fields only for an organisation', () => {
    const world = createWorld({});
    const first = sampleFormFields(world, 0, false);
    expect(first).toEqual({ ...sampleIdentity(world, 0), orgName: '', creditCode: '' });
    const second = sampleFormFields(world, 1, true);
    expect(second).toEqual(sampleIdentity(world, 1));
    expect(second.idNumber).not.toBe(first.idNumber);
    expect(checkFormField(world, { ...EMPTY_FORM, ...second }, 'creditCode')).toBeNull();
  });

  it('reads the small payment in yuan as fen, 0 for anything that is not a number', () => {
    expect(yuanToFen(' 0.37 ')).toBe(37);
    expect(yuanToFen('1.005')).toBe(100);
    expect(yuanToFen('12')).toBe(1200);
    expect(yuanToFen('abc')).toBe(0);
    expect(yuanToFen('')).toBe(0);
  });

  it('recognises the ids the page taps', () => {
    expect(isRegion('macao')).toBe(true);
    expect(isRegion('moon')).toBe(false);
    expect(isSubjectType('individualBusiness')).toBe(true);
    expect(isSubjectType('company')).toBe(false);
    expect(isSubjectMethod('eLicence')).toBe(true);
    expect(isSubjectMethod('cash')).toBe(false);
  });
});
