import {
  beijing,
  cleanInput,
  createWorld,
  dispatch,
  dispatchUnknown,
  INPUT_LIMITS,
  MAX_TIME,
  memberSlots,
  normalizeText,
  quotas,
  QUOTA_KEYS,
  validateDomain,
  validateIp,
  type World,
} from '../../../../miniprogram/console/engine/index';
import { appOf, completeBasics, fails, ok, registeredWorld } from '../helpers';

const YEAR = 365 * 24 * 3600 * 1000;

function expectFieldError(w: World, action: Record<string, unknown>, code: string, field: string): void {
  const result = dispatchUnknown(w, action);
  if (result.ok) throw new Error(`${String(action.type)} was accepted`);
  expect(result.error.code).toBe(code);
  expect(result.error.field).toBe(field);
}

describe('invariants: quotas after a rule-set switch (issue 14.6)', () => {
  test('renaming under current rules, then switching to classic, never shows a negative name quota', () => {
    let w = createWorld({ scenario: 'quotas-used' });
    w = ok(w, { type: 'clock.advance', ms: YEAR });
    w = ok(w, { type: 'basic.setName', name: '改过名字的应用' });
    w = ok(w, { type: 'basic.setName', name: '又改一次名字的应用' });
    w = ok(w, { type: 'sandbox.setRuleSet', ruleSet: 'classic' });
    const q = quotas(w);
    expect(q?.name.remaining).toBe(0);
    for (const key of QUOTA_KEYS) expect(q?.[key].remaining).toBeGreaterThanOrEqual(0);
    expect(q?.name.text.zh).not.toContain('-');
  });

  test('domain changes counted under current rules stay at zero left under classic (5 a month)', () => {
    let w = createWorld({ scenario: 'ready-to-release' });
    for (let i = 0; i < 7; i++) {
      w = ok(w, { type: 'dev.setDomains', kind: 'request', domains: [`https://api${i}.reglab-demo.cn`] });
    }
    w = ok(w, { type: 'sandbox.setRuleSet', ruleSet: 'classic' });
    expect(quotas(w)?.domainChanges.remaining).toBe(0);
    expect(quotas(w)?.domainChanges.used).toBe(7);
    const slots = memberSlots(w);
    expect(slots?.project.remaining).toBeGreaterThanOrEqual(0);
  });
});

describe('input hygiene (issue 14.8)', () => {
  const w = registeredWorld();

  test('zero-width characters cannot hide a forbidden word or a taken name', () => {
    expectFieldError(w, { type: 'basic.setName', name: '小\u200b程\u200b序助手' }, 'INPUT_INVISIBLE', 'name');
    expectFieldError(w, { type: 'basic.setName', name: '风陨\u200b' }, 'INPUT_INVISIBLE', 'name');
    const result = dispatch(w, { type: 'basic.setName', name: '风陨\u200b' });
    expect(result.ok ? '' : result.error.message.zh).toContain('U+200B');
  });

  test('full-width letters are read as the letters they are', () => {
    const error = fails(w, { type: 'basic.setName', name: 'ＷｅＣｈａｔ助手' }, 'NAME_FORBIDDEN_KEYWORD');
    expect(error.message.zh.toLowerCase()).toContain('wechat');
    fails(w, { type: 'basic.setName', name: '　风陨　' }, 'NAME_TAKEN');
  });

  test('NUL and right-to-left override are refused in every text field, with the field named', () => {
    expectFieldError(
      w,
      { type: 'basic.setAbbreviation', abbreviation: '简\u0000称' },
      'INPUT_INVISIBLE',
      'abbreviation',
    );
    expectFieldError(
      w,
      { type: 'basic.setIntroduction', introduction: '一个\u202e练习用的小工具' },
      'INPUT_INVISIBLE',
      'introduction',
    );
    expectFieldError(
      w,
      { type: 'versions.upload', uploader: 'x', version: '1.0.0', note: 'a\u2066b' },
      'INPUT_INVISIBLE',
      'note',
    );
    const form = {
      idName: '张三',
      idNumber: '',
      phone: '',
      smsCode: '',
      orgName: '演示\u200d公司',
      creditCode: '',
      method: 'none',
    };
    expectFieldError(createWorld(), { type: 'register.continue', form }, 'INPUT_INVISIBLE', 'orgName');
    expectFieldError(
      w,
      { type: 'filing.submit', participants: [{ role: 'appPrincipal', name: '测\ufeff试', phone: '13800138001' }] },
      'INPUT_INVISIBLE',
      'participants[0].name',
    );
  });

  test('organisation names keep their full-width brackets; prose is trimmed', () => {
    expect(normalizeText('  （模拟）演示网络工作室 ')).toBe('（模拟）演示网络工作室');
    expect(normalizeText('１２３ＡＢＣ')).toBe('123ABC');
    const named = ok(w, { type: 'basic.setName', name: '  我的练习应用  ' });
    expect(appOf(named).basic.name).toBe('我的练习应用');
  });
});

describe('long input (issue 14.9)', () => {
  const w = registeredWorld();

  test('a 10,000-character paste gets a field error in words, never a technical one', () => {
    for (const [type, key] of [
      ['basic.setName', 'name'],
      ['basic.setIntroduction', 'introduction'],
      ['members.search', 'wechatId'],
    ] as const) {
      const result = dispatchUnknown(w, { type, [key]: '长'.repeat(10000) });
      if (result.ok) throw new Error('accepted');
      expect(result.error.code).toBe('INPUT_TOO_LONG');
      expect(result.error.field).toBe(key);
      expect(result.error.message.zh).toContain(String(INPUT_LIMITS[key]));
      expect(result.error.message.en).not.toContain('action.');
    }
  });

  test('just past the limit, the field’s own rule explains (the version note says 200)', () => {
    fails(
      w,
      { type: 'versions.upload', uploader: 'reglab_learner', version: '1.0.1', note: '字'.repeat(201) },
      'VERSION_NOTE_TOO_LONG',
    );
  });
});

describe('smaller defects (issue 14.11)', () => {
  test('IP and domain messages do not echo invisible characters or a whole paste', () => {
    const ip = validateIp('1.2.3.4\u202e');
    expect(ip?.message.zh).not.toMatch(/\u202e/);
    const domain = validateDomain('request', `https://${'a'.repeat(5000)}\u2067.com`);
    expect(domain?.message.zh).not.toMatch(/\u2067/);
    expect((domain?.message.zh || '').length).toBeLessThan(200);
  });

  test('a filing participant’s missing phone is not called the administrator’s', () => {
    const w = completeBasics(registeredWorld());
    const result = dispatch(w, {
      type: 'filing.submit',
      participants: [
        { role: 'subjectPrincipal', name: '测试甲', phone: '' },
        { role: 'appPrincipal', name: '测试乙', phone: '13800138002' },
        { role: 'emergencyContact', name: '测试丙', phone: '13800138003' },
      ],
    });
    if (result.ok) throw new Error('accepted');
    expect(result.error.field).toBe('participants[0].phone');
    expect(result.error.message.zh).not.toContain('管理员');
  });

  test('+86, spaces and full-width digits in a phone number are normalised, not refused', () => {
    const w = completeBasics(registeredWorld());
    const people = (phone: string) => [
      { role: 'subjectPrincipal' as const, name: '测试甲', phone },
      { role: 'appPrincipal' as const, name: '测试乙', phone: '13800138002' },
      { role: 'emergencyContact' as const, name: '测试丙', phone: '13800138003' },
    ];
    for (const phone of ['+86 138 0013 8001', '１３８００１３８００１', '0086-138-0013-8001']) {
      const filed = ok(w, { type: 'filing.submit', participants: people(phone) });
      expect(appOf(filed).filing.participants[0].phoneMasked).toBe('138****8001');
    }
  });

  test('a phone number is normalised to its 11 digits before any rule reads it (INPUT_LIMITS.phone = 11)', () => {
    expect(INPUT_LIMITS.phone).toBe(11);
    expect(cleanInput('phone', 'phone', '+86 138-0013-8001')).toBe('13800138001');
    expect(cleanInput('phone', 'phone', '１３８００１３８００１')).toBe('13800138001');
    // 22 digits are not a phone number: the rule says what is wrong, in words.
    const w = completeBasics(registeredWorld());
    const participants = [
      { role: 'subjectPrincipal' as const, name: '测试甲', phone: '1380013800113800138001' },
      { role: 'appPrincipal' as const, name: '测试乙', phone: '13800138002' },
      { role: 'emergencyContact' as const, name: '测试丙', phone: '13800138003' },
    ];
    const long = dispatch(w, { type: 'filing.submit', participants });
    if (long.ok) throw new Error('accepted');
    expect(long.error.code).toBe('PHONE_FORMAT');
    expect(long.error.message.zh).toContain('11 位');
  });

  test('the clock refuses to travel past year 9999 instead of printing NaN', () => {
    let w = createWorld();
    w = ok(w, { type: 'clock.set', time: w.now + 1 });
    const near = { ...w, now: MAX_TIME - 1000 };
    fails(near, { type: 'clock.advance', ms: 5 * YEAR }, 'CLOCK_OUT_OF_RANGE');
    fails(near, { type: 'clock.set', time: MAX_TIME + 1 }, 'CLOCK_OUT_OF_RANGE');
    expect(beijing(9999, 12, 31)).toBeLessThanOrEqual(MAX_TIME);
  });
});
