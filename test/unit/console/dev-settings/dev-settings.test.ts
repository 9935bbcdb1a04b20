import {
  createWorld,
  devSettingsView,
  dispatch,
  quotas,
  serializeWorld,
  type World,
  capabilitiesView,
} from '../../../../miniprogram/console/engine/index';
import { addMember, appOf, fails, ok, okAll, readyWorld } from '../helpers';

function generate(w: World): { world: World; secret: string } {
  const result = dispatch(w, { type: 'dev.generateSecret' });
  if (!result.ok || !result.reveal || !result.reveal.appSecret) throw new Error('no secret revealed');
  return { world: result.world, secret: result.reveal.appSecret };
}

const IP = '203.0.113.10';

describe('AppSecret (D-04, D-05, D-06)', () => {
  test('D-04: the secret is revealed once, 32 hex characters, and never stored in plain text', () => {
    const { world, secret } = generate(readyWorld());
    expect(secret).toMatch(/^[0-9a-f]{32}$/);
    expect(serializeWorld(world)).not.toContain(secret);
    expect(devSettingsView(world)?.secretGenerated).toBe(true);
    const again = fails(world, { type: 'dev.generateSecret' }, 'SECRET_ALREADY_GENERATED');
    expect(again.message.zh).toContain('重置');
  });

  test('D-04: a reset reveals a new secret and the old one stops working at once', () => {
    const { world, secret } = generate(readyWorld());
    const listed = ok(world, { type: 'dev.setIpWhitelist', ips: [IP] });
    expect(ok(listed, { type: 'dev.callApi', secret, ip: IP })).toBeDefined();
    const reset = dispatch(listed, { type: 'dev.resetSecret' });
    if (!reset.ok || !reset.reveal?.appSecret) throw new Error('reset failed');
    const fresh = reset.reveal.appSecret;
    expect(fresh).not.toBe(secret);
    const error = fails(reset.world, { type: 'dev.callApi', secret, ip: IP }, 'API_SECRET_INVALID');
    expect(error.message.zh).toContain('40125');
    expect(ok(reset.world, { type: 'dev.callApi', secret: fresh, ip: IP })).toBeDefined();
    expect(serializeWorld(reset.world)).not.toContain(fresh);
  });

  test('D-04 classic: older tutorials describe a short overlap after a reset', () => {
    const { world, secret } = generate(readyWorld({ ruleSet: 'classic' }));
    const listed = ok(world, { type: 'dev.setIpWhitelist', ips: [IP] });
    const reset = ok(listed, { type: 'dev.resetSecret' });
    expect(ok(reset, { type: 'dev.callApi', secret, ip: IP })).toBeDefined();
    const later = ok(reset, { type: 'clock.advance', ms: 11 * 60 * 1000 });
    fails(later, { type: 'dev.callApi', secret, ip: IP }, 'API_SECRET_INVALID');
  });

  test('D-04: a lost secret cannot be shown again, only reset', () => {
    const w = createWorld({ scenario: 'secret-lost' });
    fails(w, { type: 'dev.generateSecret' }, 'SECRET_ALREADY_GENERATED');
    fails(w, { type: 'dev.callApi', secret: '0'.repeat(32), ip: IP }, 'API_SECRET_INVALID');
    fails(readyWorld(), { type: 'dev.resetSecret' }, 'SECRET_NOT_GENERATED');
    fails(readyWorld(), { type: 'dev.callApi', secret: 'x', ip: IP }, 'API_SECRET_MISSING');
  });

  test('D-05: freezing takes effect after about 10 minutes and then calls return 40243', () => {
    const { world, secret } = generate(ok(readyWorld(), { type: 'dev.setIpWhitelist', ips: [IP] }));
    const requested = ok(world, { type: 'dev.freezeSecret' });
    expect(ok(requested, { type: 'dev.callApi', secret, ip: IP })).toBeDefined();
    fails(requested, { type: 'dev.unfreezeSecret' }, 'SECRET_FREEZE_PENDING');
    const frozen = ok(requested, { type: 'clock.advance', ms: 10 * 60 * 1000 });
    expect(appOf(frozen).dev.secretFrozen).toBe(true);
    const error = fails(frozen, { type: 'dev.callApi', secret, ip: IP }, 'API_SECRET_FROZEN');
    expect(error.message.zh).toContain('40243');
    fails(frozen, { type: 'dev.freezeSecret' }, 'SECRET_ALREADY_FROZEN');
    const thawed = ok(ok(frozen, { type: 'dev.unfreezeSecret' }), { type: 'clock.advance', ms: 10 * 60 * 1000 });
    expect(ok(thawed, { type: 'dev.callApi', secret, ip: IP })).toBeDefined();
    fails(thawed, { type: 'dev.unfreezeSecret' }, 'SECRET_NOT_FROZEN');
    fails(readyWorld(), { type: 'dev.freezeSecret' }, 'SECRET_NOT_GENERATED');
  });

  test('D-06: the whitelist is off for a new mini program and restricts AppSecret calls only when on (40164)', () => {
    const { world, secret } = generate(readyWorld());
    expect(appOf(world).dev.ipWhitelistOn).toBe(false);
    expect(devSettingsView(world)?.ipWhitelistOn).toBe(false);
    expect(ok(world, { type: 'dev.callApi', secret, ip: IP })).toBeDefined();
    const on = ok(world, { type: 'dev.setIpWhitelistOn', on: true });
    const error = fails(on, { type: 'dev.callApi', secret, ip: IP }, 'API_IP_NOT_WHITELISTED');
    expect(error.message.zh).toContain('40164');
    expect(error.message.en).toContain('40164');
    expect(error.message.zh).not.toContain('61004');
    const listed = ok(on, { type: 'dev.setIpWhitelist', ips: [IP] });
    expect(ok(listed, { type: 'dev.callApi', secret, ip: IP })).toBeDefined();
    fails(listed, { type: 'dev.callApi', secret, ip: '203.0.113.11' }, 'API_IP_NOT_WHITELISTED');
    const off = ok(listed, { type: 'dev.setIpWhitelistOn', on: false });
    expect(ok(off, { type: 'dev.callApi', secret, ip: '203.0.113.11' })).toBeDefined();
    fails(world, { type: 'dev.callApi', secret, ip: 'not-an-ip' }, 'IP_FORMAT');
  });

  test('D-06: ranges (a.b.c.* and CIDR) are accepted and matched; IP:port is refused with its own message', () => {
    const { world, secret } = generate(readyWorld());
    const on = ok(world, { type: 'dev.setIpWhitelistOn', on: true });
    const ranges = ok(on, { type: 'dev.setIpWhitelist', ips: ['198.51.100.*', '192.0.2.0/25', '10.*.*.*'] });
    for (const ip of ['198.51.100.7', '192.0.2.127', '10.20.30.40']) {
      expect(ok(ranges, { type: 'dev.callApi', secret, ip })).toBeDefined();
    }
    for (const ip of ['198.51.101.7', '192.0.2.128', '11.0.0.1']) {
      fails(ranges, { type: 'dev.callApi', secret, ip }, 'API_IP_NOT_WHITELISTED');
    }
    const port = fails(on, { type: 'dev.setIpWhitelist', ips: [IP, '203.0.113.11:8080'] }, 'IP_WITH_PORT');
    expect(port.field).toBe('ips[1]');
    expect(port.message.zh).toContain('不支持“IP:端口”');
    expect(port.message.en).toContain('IP:port');
    for (const bad of ['999.1.1.1', '1.2.3.4/33', '1.2.*.4', '*.*.*.*', '1.2.3.4/']) {
      fails(on, { type: 'dev.setIpWhitelist', ips: [bad] }, 'IP_FORMAT');
    }
    expect(fails(on, { type: 'dev.setIpWhitelist', ips: [IP, IP] }, 'IP_DUPLICATE').field).toBe('ips[1]');
  });

  test('D-06: at most 10 entries', () => {
    const { world } = generate(readyWorld());
    const ten = Array.from({ length: 10 }, (_, i) => `203.0.113.${i + 1}`);
    expect(appOf(ok(world, { type: 'dev.setIpWhitelist', ips: ten })).dev.ipWhitelist).toHaveLength(10);
    const error = fails(world, { type: 'dev.setIpWhitelist', ips: ten.concat('203.0.113.99') }, 'IP_WHITELIST_LIMIT');
    expect(error.message.zh).toContain('最多 10 条');
    expect(error.message.zh).toContain('现在有 11 条');
    expect(error.field).toBe('ips[10]');
  });

  test('M-07: only the administrator generates the secret', () => {
    const w = ok(addMember(readyWorld(), 'dev_xiaoming', 'project', ['developer']), {
      type: 'session.actAs',
      wechatId: 'dev_xiaoming',
    });
    const error = fails(w, { type: 'dev.generateSecret' }, 'PERMISSION_DENIED');
    expect(error.message.zh).toContain('管理员');
  });
});

describe('server domains (D-07)', () => {
  const w = readyWorld();

  test('D-07: valid filed domains are saved in canonical form', () => {
    const saved = ok(w, {
      type: 'dev.setDomains',
      kind: 'request',
      domains: ['https://API.reglab-demo.cn/', ' https://reglab-demo.cn:8443 '],
    });
    expect(devSettingsView(saved)?.domains.request).toEqual([
      'https://api.reglab-demo.cn',
      'https://reglab-demo.cn:8443',
    ]);
    fails(
      saved,
      {
        type: 'dev.setDomains',
        kind: 'request',
        domains: ['https://reglab-demo.cn:8443', 'https://api.reglab-demo.cn'],
      },
      'DOMAIN_UNCHANGED',
    );
  });

  test('D-07: each invalid domain names its position in the list', () => {
    const error = fails(
      w,
      { type: 'dev.setDomains', kind: 'socket', domains: ['wss://ws.reglab-demo.cn', 'ws://ws.reglab-demo.cn'] },
      'DOMAIN_PROTOCOL',
    );
    expect(error.field).toBe('domains[1]');
    fails(w, { type: 'dev.setDomains', kind: 'request', domains: ['https://10.0.0.1'] }, 'DOMAIN_IP');
    fails(w, { type: 'dev.setDomains', kind: 'request', domains: ['https://localhost'] }, 'DOMAIN_LOCALHOST');
    fails(w, { type: 'dev.setDomains', kind: 'request', domains: ['https://api.weixin.qq.com'] }, 'DOMAIN_FORBIDDEN');
    const unfiled = fails(
      w,
      { type: 'dev.setDomains', kind: 'request', domains: ['https://api.unfiled.com'] },
      'DOMAIN_NOT_FILED',
    );
    expect(unfiled.message.zh).toContain('reglab-demo.cn');
    fails(
      w,
      { type: 'dev.setDomains', kind: 'request', domains: ['https://reglab-demo.cn', 'https://REGLAB-demo.cn/'] },
      'DOMAIN_DUPLICATE',
    );
  });

  test('D-07: at most 200 domains per kind', () => {
    const many = Array.from({ length: 201 }, (_, i) => `https://h${i}.reglab-demo.cn`);
    const error = fails(w, { type: 'dev.setDomains', kind: 'downloadFile', domains: many }, 'DOMAIN_LIMIT');
    expect(error.message.zh).toContain('200');
  });

  test('D-07: 50 changes a month under the current rules, 5 under the classic ones', () => {
    const change = (i: number) => ({
      type: 'dev.setDomains' as const,
      kind: 'request' as const,
      domains: [`https://h${i}.reglab-demo.cn`],
    });
    let current = w;
    for (let i = 0; i < 50; i++) current = ok(current, change(i));
    expect(quotas(current)?.domainChanges.remaining).toBe(0);
    fails(current, change(99), 'DOMAIN_QUOTA_USED');
    let classic = readyWorld({ ruleSet: 'classic' });
    for (let i = 0; i < 5; i++) classic = ok(classic, change(i));
    const error = fails(classic, change(99), 'DOMAIN_QUOTA_USED');
    expect(error.message.zh).toContain('5 次');
  });
});

describe('code upload key (D-08, D-09)', () => {
  function withKey(w: World): { world: World; key: string } {
    const result = dispatch(w, { type: 'dev.generateUploadKey' });
    if (!result.ok || !result.reveal?.uploadKey) throw new Error('no key');
    return { world: result.world, key: result.reveal.uploadKey };
  }

  test('D-08: the key is revealed once and uploads through CI as robot 1', () => {
    const { world, key } = withKey(readyWorld());
    expect(serializeWorld(world)).not.toContain(key);
    fails(world, { type: 'dev.generateUploadKey' }, 'UPLOAD_KEY_ALREADY_GENERATED');
    const uploaded = ok(world, { type: 'dev.ciUpload', uploadKey: key, ip: IP, version: '1.1.0', note: 'CI 上传' });
    expect(appOf(uploaded).versions.dev.find((v) => v.uploader === 'ci-robot-1')?.version).toBe('1.1.0');
  });

  test('D-08: a reset key invalidates the old one; the optional IP whitelist is enforced when set', () => {
    const { world, key } = withKey(readyWorld());
    const reset = dispatch(world, { type: 'dev.resetUploadKey' });
    if (!reset.ok || !reset.reveal?.uploadKey) throw new Error('no key');
    const error = fails(
      reset.world,
      { type: 'dev.ciUpload', uploadKey: key, ip: IP, version: '1.1.0', note: '' },
      'CI_KEY_INVALID',
    );
    expect(error.factIds).toContain('D-08');
    const listed = ok(reset.world, { type: 'dev.setUploadIpWhitelist', ips: ['198.51.100.7'] });
    fails(
      listed,
      { type: 'dev.ciUpload', uploadKey: reset.reveal.uploadKey, ip: IP, version: '1.1.0', note: '' },
      'CI_IP_NOT_WHITELISTED',
    );
    fails(readyWorld(), { type: 'dev.resetUploadKey' }, 'UPLOAD_KEY_NOT_GENERATED');
  });
});

describe('capabilities (I-03)', () => {
  test('I-03: individuals cannot enable WeChat Pay, the phone-number component or business domains', () => {
    const w = readyWorld();
    const error = fails(w, { type: 'dev.enableCapability', capability: 'wechatPay' }, 'CAPABILITY_NOT_FOR_INDIVIDUAL');
    expect(error.message.zh).toContain('微信支付');
    fails(w, { type: 'dev.enableCapability', capability: 'businessDomain' }, 'CAPABILITY_NOT_FOR_INDIVIDUAL');
  });

  test('I-03, V-01: organisations need WeChat verification first', () => {
    const w = readyWorld();
    w.apps[0].subject.type = 'enterprise';
    fails(w, { type: 'dev.enableCapability', capability: 'wechatPay' }, 'CAPABILITY_NEEDS_VERIFICATION');
    const verified = okAll(w, [
      { type: 'verify.apply', withFiling: false, participants: [] },
      { type: 'clock.advance', ms: 3 * 24 * 3600 * 1000 },
      { type: 'dev.enableCapability', capability: 'phoneNumber' },
    ]);
    expect(appOf(verified).dev.capabilities).toEqual(['phoneNumber']);
    fails(verified, { type: 'dev.enableCapability', capability: 'phoneNumber' }, 'CAPABILITY_ALREADY_ENABLED');
  });
});

describe('the phone-number quick verification component (D-10)', () => {
  test('D-10: only for verified organisations, and charged per call once it is on', () => {
    const individual = fails(
      readyWorld(),
      { type: 'dev.enableCapability', capability: 'phoneNumber' },
      'PHONE_NUMBER_NEEDS_ORGANISATION',
    );
    expect(individual.message.zh).toContain('非个人主体');
    expect(individual.factIds).toContain('D-10');
    const w = readyWorld();
    w.apps[0].subject.type = 'enterprise';
    const unverified = fails(
      w,
      { type: 'dev.enableCapability', capability: 'phoneNumber' },
      'PHONE_NUMBER_NEEDS_VERIFICATION',
    );
    expect(unverified.message.zh).toContain('每次成功调用 0.03 元');
    expect(unverified.message.en).toContain('1000 trial calls');
    expect(capabilitiesView(w, 'zh').find((c) => c.id === 'phoneNumber')).toMatchObject({ enabled: false, fee: '' });
    const verified = okAll(w, [
      { type: 'verify.apply', withFiling: false, participants: [] },
      { type: 'clock.advance', ms: 3 * 24 * 3600 * 1000 },
      { type: 'dev.enableCapability', capability: 'phoneNumber' },
    ]);
    const charged = verified.log.find((e) => e.type === 'PHONE_NUMBER_CHARGED_PER_CALL');
    expect(charged?.data).toEqual({ yuanPerCall: 0.03, trialCalls: 1000 });
    const row = capabilitiesView(verified, 'zh').find((c) => c.id === 'phoneNumber');
    expect(row).toMatchObject({ enabled: true });
    expect(row?.fee).toContain('0.03 元');
    expect(capabilitiesView(verified, 'en').find((c) => c.id === 'phoneNumber')?.fee).toContain('1000 trial calls');
  });
});
