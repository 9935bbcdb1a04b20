import {
  beijing,
  checkIdNumber,
  idCheckDigit,
  registrableDomain,
  sampleCreditCode,
  sampleIdName,
  sampleIdNumber,
  sampleMobile,
  sampleOrgName,
  validateAbbreviation,
  validateAppName,
  validateAvatar,
  validateCaptcha,
  validateCreditCode,
  validateDomain,
  validateEmail,
  validateIdName,
  validateIdNumber,
  validateIntroduction,
  validateIp,
  validateMobile,
  validateOrgName,
  validatePassword,
  validateSmsCode,
  validateVersionNumber,
  validateWechatId,
} from '../../../../miniprogram/console/engine/index';

const TODAY = beijing(2025, 3, 3);

describe('account validators', () => {
  test('R-03: emails', () => {
    expect(validateEmail('name@example.com')).toBeNull();
    expect(validateEmail('  Name.Surname+tag@mail.example.cn ')).toBeNull();
    expect(validateEmail('')?.code).toBe('EMAIL_REQUIRED');
    for (const bad of [
      'name',
      'name@',
      '@example.com',
      'a b@example.com',
      'name@example',
      '.a@example.com',
      'a.@example.com',
    ]) {
      expect(validateEmail(bad)?.code).toBe('EMAIL_FORMAT');
    }
  });

  test('R-06: passwords need 8+ letters, digits or English symbols', () => {
    expect(validatePassword('abcd1234')).toBeNull();
    expect(validatePassword('Ab!@#$%^&*()')).toBeNull();
    expect(validatePassword('abc123')?.code).toBe('PASSWORD_TOO_SHORT');
    expect(validatePassword('abcd 1234')?.code).toBe('PASSWORD_CHARACTERS');
    expect(validatePassword('ａｂｃｄ１２３４')?.code).toBe('PASSWORD_CHARACTERS');
  });

  test('R-07: captcha compare ignores case and spaces', () => {
    expect(validateCaptcha(' ab3d ', 'AB3D')).toBeNull();
    expect(validateCaptcha('AB3E', 'AB3D')?.code).toBe('CAPTCHA_WRONG');
  });
});

describe('identity validators (I-04)', () => {
  test('I-04: ID-card names keep the "·" separator; other separators are refused with their own error', () => {
    expect(validateIdName('张三')).toBeNull();
    expect(validateIdName('阿依古丽·买买提')).toBeNull();
    expect(validateIdName('阿依古丽.买买提')?.code).toBe('ID_NAME_SEPARATOR');
    expect(validateIdName('阿依古丽•买买提')?.code).toBe('ID_NAME_SEPARATOR');
    expect(validateIdName('阿依古丽 买买提')?.code).toBe('ID_NAME_SEPARATOR');
    expect(validateIdName('Zhang San')?.code).toBe('ID_NAME_SEPARATOR');
    expect(validateIdName('ZhangSan')?.code).toBe('ID_NAME_FORMAT');
    expect(validateIdName('张')?.code).toBe('ID_NAME_FORMAT');
    expect(validateIdName('·张三')?.code).toBe('ID_NAME_FORMAT');
    expect(validateIdName('张··三')?.code).toBe('ID_NAME_FORMAT');
    expect(validateIdName('')?.code).toBe('ID_NAME_REQUIRED');
  });

  test('I-04: GB 11643 check digit — the standard example 11010519491231002X', () => {
    expect(idCheckDigit('11010519491231002')).toBe('X');
    expect(validateIdNumber('11010519491231002X', TODAY)).toBeNull();
    expect(validateIdNumber('11010519491231002x', TODAY)).toBeNull();
    const error = validateIdNumber('110105194912310021', TODAY);
    expect(error?.code).toBe('ID_NUMBER_CHECKSUM');
    // It explains the computation (weights, mod 11, X) and never gives the right digit: the message is the same
    // whatever the expected digit is.
    expect(error?.message.zh).toContain('7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2');
    expect(error?.message.zh).toContain('除以 11 取余数');
    expect(error?.message.en).toContain('mod 11');
    const other = '11010519491231003';
    expect(idCheckDigit(other)).not.toBe('X');
    const wrongOther = other + (idCheckDigit(other) === '0' ? '1' : '0');
    expect(validateIdNumber(wrongOther, TODAY)?.message).toEqual(error?.message);
  });

  test('I-04: ID number length, characters, region and birth date each have their own error', () => {
    expect(validateIdNumber(' ', TODAY)?.code).toBe('ID_NUMBER_REQUIRED');
    expect(validateIdNumber('1101051949123100', TODAY)?.code).toBe('ID_NUMBER_LENGTH');
    expect(validateIdNumber('1101051949123100', TODAY)?.message.zh).toContain('16');
    expect(validateIdNumber('11010519491231A02X', TODAY)?.code).toBe('ID_NUMBER_FORMAT');
    const region = '99010519491231002';
    expect(validateIdNumber(region + idCheckDigit(region), TODAY)?.code).toBe('ID_NUMBER_REGION');
    const provinceOnly = '11000019491231002';
    expect(validateIdNumber(provinceOnly + idCheckDigit(provinceOnly), TODAY)?.code).toBe('ID_NUMBER_REGION');
    const feb30 = '11010519490230002';
    expect(validateIdNumber(feb30 + idCheckDigit(feb30), TODAY)?.code).toBe('ID_NUMBER_BIRTH_DATE');
    const future = '11010520300101002';
    expect(validateIdNumber(future + idCheckDigit(future), TODAY)?.code).toBe('ID_NUMBER_BIRTH_DATE');
    const old = '11010518991231002';
    expect(checkIdNumber(old + idCheckDigit(old), TODAY)?.kind).toBe('birthDate');
    const leap = '11010520000229002';
    expect(validateIdNumber(leap + idCheckDigit(leap), TODAY)).toBeNull();
  });

  test('I-04: mainland mobile numbers and 6-digit SMS codes', () => {
    expect(validateMobile('13800138000')).toBeNull();
    expect(validateMobile('138 0013 8000')).toBeNull();
    expect(validateMobile('12800138000')?.code).toBe('PHONE_FORMAT');
    expect(validateMobile('1380013800')?.code).toBe('PHONE_FORMAT');
    expect(validateMobile('')?.code).toBe('PHONE_REQUIRED');
    expect(validateSmsCode('012345')).toBeNull();
    expect(validateSmsCode('12345')?.code).toBe('SMS_CODE_FORMAT');
    expect(validateSmsCode('')?.code).toBe('SMS_CODE_REQUIRED');
  });

  test('I-02: unified social credit codes (GB 32100)', () => {
    expect(validateCreditCode('91350100M000100Y43')).toBeNull();
    expect(validateCreditCode('91350100M000100Y44')?.code).toBe('CREDIT_CODE_CHECKSUM');
    expect(validateCreditCode('91350100M000100I43')?.code).toBe('CREDIT_CODE_FORMAT');
    expect(validateCreditCode('')?.code).toBe('CREDIT_CODE_REQUIRED');
    expect(validateOrgName('（模拟）示例科技有限公司')).toBeNull();
    expect(validateOrgName('')?.code).toBe('ORG_NAME_REQUIRED');
    expect(validateOrgName('某')?.code).toBe('ORG_NAME_LENGTH');
  });

  test('I-04: sample data is valid, deterministic, varied and recognisably fake', () => {
    const numbers = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      expect(validateIdNumber(sampleIdNumber(seed), TODAY)).toBeNull();
      expect(validateIdName(sampleIdName(seed))).toBeNull();
      expect(validateMobile(sampleMobile(seed))).toBeNull();
      expect(validateCreditCode(sampleCreditCode(seed))).toBeNull();
      expect(sampleMobile(seed).startsWith('138001380')).toBe(true);
      expect(sampleOrgName(seed)).toContain('模拟');
      numbers.add(sampleIdNumber(seed));
    }
    expect(sampleIdNumber(42)).toBe(sampleIdNumber(42));
    expect(numbers.size).toBeGreaterThan(150);
    expect(Array.from({ length: 50 }, (_, i) => sampleIdName(i)).some((n) => n.indexOf('·') > 0)).toBe(true);
  });
});

describe('settings validators', () => {
  test('B-03: names are 4-30 characters with Chinese counting 2, without platform keywords', () => {
    expect(validateAppName('风陨')).toBeNull();
    expect(validateAppName('读书')).toBeNull();
    expect(validateAppName('abc')?.code).toBe('NAME_LENGTH');
    expect(validateAppName('一二三四五六七八九十一二三四五六')?.code).toBe('NAME_LENGTH');
    expect(validateAppName('打卡小程序')?.code).toBe('NAME_FORBIDDEN_KEYWORD');
    expect(validateAppName('微信工具箱')?.code).toBe('NAME_FORBIDDEN_KEYWORD');
    expect(validateAppName('My WeChat Tool')?.code).toBe('NAME_FORBIDDEN_KEYWORD');
    expect(validateAppName('  ')?.code).toBe('NAME_REQUIRED');
  });

  test('B-04: the abbreviation is shorter than the name and needs a name first', () => {
    expect(validateAbbreviation('实训', '注册实训营')).toBeNull();
    expect(validateAbbreviation('实训', null)?.code).toBe('ABBR_NEEDS_NAME');
    expect(validateAbbreviation('注册实训营', '注册实训营')?.code).toBe('ABBR_LENGTH');
    expect(validateAbbreviation('微信', '微信练习助手')?.code).toBe('ABBR_FORBIDDEN_KEYWORD');
  });

  test('B-05: avatars are BMP/JPEG/JPG/GIF/PNG up to 2 MB', () => {
    expect(validateAvatar('png', 2 * 1024 * 1024)).toBeNull();
    expect(validateAvatar('photo.JPEG', 500)).toBeNull();
    expect(validateAvatar('webp', 500)?.code).toBe('AVATAR_FORMAT');
    expect(validateAvatar('icon.svg', 500)?.code).toBe('AVATAR_FORMAT');
    const big = validateAvatar('gif', 2 * 1024 * 1024 + 1);
    expect(big?.code).toBe('AVATAR_TOO_LARGE');
    expect(big?.message.zh).toContain('2 MB');
  });

  test('B-06: introductions are 4-120 characters', () => {
    expect(validateIntroduction('开发教学')).toBeNull();
    expect(validateIntroduction('教学')?.code).toBe('INTRO_LENGTH');
    expect(validateIntroduction('字'.repeat(120))).toBeNull();
    expect(validateIntroduction('字'.repeat(121))?.message.zh).toContain('121');
  });

  test('D-07: server domains — https/wss, no IP, no localhost, no path, not api.weixin.qq.com, ICP-filed', () => {
    const filed = ['example.cn', 'school.edu.cn'];
    expect(validateDomain('request', 'https://api.example.cn', filed)).toBeNull();
    expect(validateDomain('request', 'https://api.example.cn:8443/', filed)).toBeNull();
    expect(validateDomain('socket', 'wss://ws.school.edu.cn', filed)).toBeNull();
    expect(validateDomain('request', 'http://api.example.cn', filed)?.code).toBe('DOMAIN_PROTOCOL');
    expect(validateDomain('socket', 'https://ws.example.cn', filed)?.message.zh).toContain('wss://');
    expect(validateDomain('request', 'https://203.0.113.5', filed)?.code).toBe('DOMAIN_IP');
    expect(validateDomain('request', 'https://[::1]', filed)?.code).toBe('DOMAIN_IP');
    expect(validateDomain('request', 'https://localhost:3000', filed)?.code).toBe('DOMAIN_LOCALHOST');
    expect(validateDomain('request', 'https://api.example.cn/v1', filed)?.code).toBe('DOMAIN_PATH');
    expect(validateDomain('request', 'https://api.weixin.qq.com', ['qq.com'])?.code).toBe('DOMAIN_FORBIDDEN');
    expect(validateDomain('request', 'https://api.other.com', filed)?.code).toBe('DOMAIN_NOT_FILED');
    expect(validateDomain('request', 'https://api.other.com')).toBeNull();
    expect(validateDomain('request', 'api.example.cn', filed)?.code).toBe('DOMAIN_FORMAT');
    expect(validateDomain('request', 'https://bad_host.cn', filed)?.code).toBe('DOMAIN_FORMAT');
    expect(validateDomain('request', 'https://api.example.cn:70000', filed)?.code).toBe('DOMAIN_FORMAT');
    expect(registrableDomain('api.school.edu.cn')).toBe('school.edu.cn');
    expect(registrableDomain('a.b.example.com')).toBe('example.com');
  });

  test('D-06: whitelist IPs are IPv4 addresses', () => {
    expect(validateIp('203.0.113.10')).toBeNull();
    expect(validateIp('256.0.0.1')?.code).toBe('IP_FORMAT');
    expect(validateIp('01.2.3.4')?.code).toBe('IP_FORMAT');
    expect(validateIp('1.2.3')?.code).toBe('IP_FORMAT');
  });

  test('M-04: WeChat IDs are 6-20 characters starting with a letter', () => {
    expect(validateWechatId('dev_xiaoming')).toBeNull();
    expect(validateWechatId('1abcdef')?.code).toBe('WECHAT_ID_FORMAT');
    expect(validateWechatId('abc')?.code).toBe('WECHAT_ID_FORMAT');
    expect(validateWechatId('')?.code).toBe('WECHAT_ID_REQUIRED');
  });

  test('P-02: version numbers are dotted numbers', () => {
    expect(validateVersionNumber('1.0.0')).toBeNull();
    expect(validateVersionNumber('1.0')).toBeNull();
    expect(validateVersionNumber('v1.0')?.code).toBe('VERSION_FORMAT');
    expect(validateVersionNumber('1..0')?.code).toBe('VERSION_FORMAT');
  });
});
