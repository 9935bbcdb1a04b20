/**
 * 开发管理 → 开发设置 (facts D-04..D-08, I-03): the AppSecret revealed exactly once and kept only as a
 * fingerprint, reset, freeze/unfreeze with its delay, the API IP whitelist, server domains, the code upload
 * key, and a simulated API call / CI upload that answer the way the real ones do.
 */
import type { ActionOf } from '../kernel/actions';
import { activeApp, appFor, emit, isError, rules, type Ctx, type HandlerResult, type Timer } from '../kernel/context';
import { consoleError, type ConsoleError } from '../kernel/errors';
import { SECRET_SALT, UPLOAD_KEY_SALT } from '../kernel/factory';
import { fingerprint } from '../kernel/hash';
import { HEX, randomString } from '../kernel/prng';
import { quotaOf } from '../kernel/quotas';
import type { MiniProgram } from '../kernel/types';
import { MINUTE } from '../kernel/time';
import { uploadVersion } from '../versions/rules';
import { normalizeDomain, validateDomain, validateIp } from '../kernel/validators';
import { ipAllowed, validateIpEntry } from './ip-ranges';
import { CAPABILITY_LABELS } from './texts';

export function secretFingerprint(app: MiniProgram, secret: string): string {
  return fingerprint(secret.trim(), `${SECRET_SALT}:${app.appId}`);
}

export function uploadKeyFingerprint(app: MiniProgram, key: string): string {
  return fingerprint(key.trim(), `${UPLOAD_KEY_SALT}:${app.appId}`);
}

/** Fact D-04: 32 hex characters, shown once in the action result and never stored. */
function issueSecret(ctx: Ctx, app: MiniProgram): void {
  const secret = randomString(ctx.w, HEX, 32);
  app.dev.secret = { fingerprint: secretFingerprint(app, secret), generatedAt: ctx.w.now };
  ctx.reveal = { ...(ctx.reveal || {}), appSecret: secret };
}

export function generateSecret(ctx: Ctx): HandlerResult {
  const app = appFor(ctx, 'admin');
  if (isError(app)) return app;
  if (app.dev.secret) return consoleError('SECRET_ALREADY_GENERATED');
  issueSecret(ctx, app);
  emit(ctx, 'SECRET_GENERATED', { appId: app.appId });
}

/** Fact D-04: a reset invalidates the old secret at once (the classic rule set keeps it briefly). */
export function resetSecret(ctx: Ctx): HandlerResult {
  const app = appFor(ctx, 'admin');
  if (isError(app)) return app;
  const old = app.dev.secret;
  if (!old) return consoleError('SECRET_NOT_GENERATED');
  const grace = rules(ctx)['D-04'].resetGraceMs;
  app.dev.previousSecret = grace > 0 ? { fingerprint: old.fingerprint, validUntil: ctx.w.now + grace } : null;
  issueSecret(ctx, app);
  emit(ctx, 'SECRET_RESET', { appId: app.appId, oldValidMinutes: Math.round(grace / MINUTE) });
}

function requestFreeze(ctx: Ctx, frozen: boolean): HandlerResult {
  const app = appFor(ctx, 'admin');
  if (isError(app)) return app;
  const dev = app.dev;
  if (!dev.secret) return consoleError('SECRET_NOT_GENERATED');
  if (dev.secretFreezePending) return consoleError('SECRET_FREEZE_PENDING');
  if (frozen && dev.secretFrozen) return consoleError('SECRET_ALREADY_FROZEN');
  if (!frozen && !dev.secretFrozen) return consoleError('SECRET_NOT_FROZEN');
  const effectiveAt = ctx.w.now + rules(ctx)['D-05'].freezeDelayMs;
  dev.secretFreezePending = { frozen, effectiveAt };
  emit(ctx, 'SECRET_FREEZE_REQUESTED', { frozen, effectiveAt });
}

/** Fact D-05: freezing and unfreezing take effect after about 10 minutes. */
export function freezeSecret(ctx: Ctx): HandlerResult {
  return requestFreeze(ctx, true);
}

export function unfreezeSecret(ctx: Ctx): HandlerResult {
  return requestFreeze(ctx, false);
}

function checkIps(ips: readonly string[]): { ips: string[] } | ConsoleError {
  const out: string[] = [];
  for (let i = 0; i < ips.length; i++) {
    const ip = ips[i].trim();
    const invalid = validateIpEntry(ip);
    if (invalid) return { ...invalid, field: `ips[${i}]` };
    if (out.indexOf(ip) >= 0) return consoleError('IP_DUPLICATE', { ip }, `ips[${i}]`);
    out.push(ip);
  }
  return { ips: out };
}

/** Fact D-06: the IPs (addresses or ranges, at most 10) allowed to call APIs that use the AppSecret. */
export function setIpWhitelist(ctx: Ctx, action: ActionOf<'dev.setIpWhitelist'>): HandlerResult {
  const app = appFor(ctx, 'admin');
  if (isError(app)) return app;
  const checked = checkIps(action.ips);
  if (isError(checked)) return checked;
  const max = rules(ctx)['D-06'].maxEntries;
  if (checked.ips.length > max) {
    return consoleError('IP_WHITELIST_LIMIT', { max, count: checked.ips.length }, `ips[${max}]`);
  }
  app.dev.ipWhitelist = checked.ips;
  emit(ctx, 'IP_WHITELIST_SET', { count: checked.ips.length });
}

/** Fact D-06: the whitelist restricts AppSecret calls only while it is switched on (off for a new mini program). */
export function setIpWhitelistOn(ctx: Ctx, action: ActionOf<'dev.setIpWhitelistOn'>): HandlerResult {
  const app = appFor(ctx, 'admin');
  if (isError(app)) return app;
  app.dev.ipWhitelistOn = action.on;
  emit(ctx, 'IP_WHITELIST_SWITCHED', { on: action.on, count: app.dev.ipWhitelist.length });
}

/** Fact D-07: https/wss, ICP-filed, no IP or localhost, not api.weixin.qq.com, at most 200, monthly changes. */
export function setDomains(ctx: Ctx, action: ActionOf<'dev.setDomains'>): HandlerResult {
  const app = appFor(ctx, 'development');
  if (isError(app)) return app;
  const r = rules(ctx)['D-07'];
  const list: string[] = [];
  for (let i = 0; i < action.domains.length; i++) {
    const raw = action.domains[i].trim();
    if (raw === '') continue;
    const invalid = validateDomain(action.kind, raw, ctx.w.platform.filedDomains);
    if (invalid) return { ...invalid, field: `domains[${i}]` };
    const domain = normalizeDomain(raw);
    if (list.indexOf(domain) >= 0) return consoleError('DOMAIN_DUPLICATE', { domain }, `domains[${i}]`);
    list.push(domain);
  }
  if (list.length > r.maxPerKind) return consoleError('DOMAIN_LIMIT', { limit: r.maxPerKind });
  const current = app.dev.domains[action.kind];
  const same = current.length === list.length && current.every((d) => list.indexOf(d) >= 0);
  if (same) return consoleError('DOMAIN_UNCHANGED');
  const q = quotaOf(app, rules(ctx), ctx.w.now, 'domainChanges');
  if (q.remaining <= 0) return consoleError('DOMAIN_QUOTA_USED', { limit: q.limit });
  app.dev.domains[action.kind] = list;
  app.changes.domains.push(ctx.w.now);
  emit(ctx, 'DOMAINS_SET', { kind: action.kind, count: list.length });
}

/** Fact D-08: the code upload key, like the secret, is shown once and kept only as a fingerprint. */
function issueUploadKey(ctx: Ctx, app: MiniProgram): void {
  const key = randomString(ctx.w, HEX, 48);
  app.dev.uploadKey = { fingerprint: uploadKeyFingerprint(app, key), generatedAt: ctx.w.now };
  ctx.reveal = { ...(ctx.reveal || {}), uploadKey: key };
}

export function generateUploadKey(ctx: Ctx): HandlerResult {
  const app = appFor(ctx, 'admin');
  if (isError(app)) return app;
  if (app.dev.uploadKey) return consoleError('UPLOAD_KEY_ALREADY_GENERATED');
  issueUploadKey(ctx, app);
  emit(ctx, 'UPLOAD_KEY_GENERATED', { appId: app.appId });
}

export function resetUploadKey(ctx: Ctx): HandlerResult {
  const app = appFor(ctx, 'admin');
  if (isError(app)) return app;
  if (!app.dev.uploadKey) return consoleError('UPLOAD_KEY_NOT_GENERATED');
  issueUploadKey(ctx, app);
  emit(ctx, 'UPLOAD_KEY_RESET', { appId: app.appId });
}

/** Fact D-08: optional, recommended. Empty means any IP may upload with the key. */
export function setUploadIpWhitelist(ctx: Ctx, action: ActionOf<'dev.setUploadIpWhitelist'>): HandlerResult {
  const app = appFor(ctx, 'admin');
  if (isError(app)) return app;
  const checked = checkIps(action.ips);
  if (isError(checked)) return checked;
  app.dev.uploadIpWhitelist = checked.ips;
  emit(ctx, 'UPLOAD_IP_WHITELIST_SET', { count: checked.ips.length });
}

/** Whether a candidate secret is accepted right now (the current one, or an old one within a grace period). */
export function secretAccepted(app: MiniProgram, candidate: string, now: number): boolean {
  const dev = app.dev;
  if (!dev.secret) return false;
  const fp = secretFingerprint(app, candidate);
  if (fp === dev.secret.fingerprint) return true;
  return dev.previousSecret !== null && dev.previousSecret.fingerprint === fp && now < dev.previousSecret.validUntil;
}

/**
 * A server calling an API that uses the AppSecret (e.g. code2Session), answered as the platform would:
 * 40125 for a wrong or reset secret, 40243 when frozen, 40164 from an IP outside a switched-on whitelist.
 */
export function callApi(ctx: Ctx, action: ActionOf<'dev.callApi'>): HandlerResult {
  const app = activeApp(ctx);
  if (isError(app)) return app;
  const ip = action.ip.trim();
  const invalidIp = validateIp(ip);
  if (invalidIp) return invalidIp;
  if (!app.dev.secret) return consoleError('API_SECRET_MISSING');
  if (!secretAccepted(app, action.secret, ctx.w.now)) return consoleError('API_SECRET_INVALID');
  if (app.dev.secretFrozen) return consoleError('API_SECRET_FROZEN');
  if (app.dev.ipWhitelistOn && !ipAllowed(app.dev.ipWhitelist, ip)) {
    return consoleError('API_IP_NOT_WHITELISTED', { ip });
  }
  emit(ctx, 'API_CALL_SUCCEEDED', { ip });
}

export const CI_ROBOT = 'ci-robot-1';

/** miniprogram-ci uploading with the code upload key (fact D-08), as robot 1. */
export function ciUpload(ctx: Ctx, action: ActionOf<'dev.ciUpload'>): HandlerResult {
  const app = activeApp(ctx);
  if (isError(app)) return app;
  const ip = action.ip.trim();
  const invalidIp = validateIp(ip);
  if (invalidIp) return invalidIp;
  const key = app.dev.uploadKey;
  if (!key || key.fingerprint !== uploadKeyFingerprint(app, action.uploadKey)) return consoleError('CI_KEY_INVALID');
  const list = app.dev.uploadIpWhitelist;
  if (list.length > 0 && !ipAllowed(list, ip)) return consoleError('CI_IP_NOT_WHITELISTED', { ip });
  return uploadVersion(ctx, app, CI_ROBOT, action.version, action.note);
}

/** Fact D-10: since 2023-08-28 each successful call of the phone-number component costs 0.03 RMB, after 1000 free ones. */
export const PHONE_NUMBER_FEE = { yuanPerCall: 0.03, trialCalls: 1000 } as const;

/** Fact I-03: individuals cannot use WeChat Pay, the phone-number component or business domains. */
export function enableCapability(ctx: Ctx, action: ActionOf<'dev.enableCapability'>): HandlerResult {
  const app = appFor(ctx, 'admin');
  if (isError(app)) return app;
  const label = CAPABILITY_LABELS[action.capability];
  const params = { capability: label };
  if (app.dev.capabilities.indexOf(action.capability) >= 0) return consoleError('CAPABILITY_ALREADY_ENABLED', params);
  // Fact D-10: the phone-number component has its own wording (a verified organisation, a fee per call).
  const phone = action.capability === 'phoneNumber';
  const allowed = rules(ctx)['I-03'].individualCapabilities;
  if (app.subject.type === 'individual' && allowed.indexOf(action.capability) < 0) {
    return consoleError(phone ? 'PHONE_NUMBER_NEEDS_ORGANISATION' : 'CAPABILITY_NOT_FOR_INDIVIDUAL', params);
  }
  const v = app.verification;
  if (v.verifiedAt === null || v.expiresAt === null || ctx.w.now >= v.expiresAt) {
    return consoleError(phone ? 'PHONE_NUMBER_NEEDS_VERIFICATION' : 'CAPABILITY_NEEDS_VERIFICATION', params);
  }
  app.dev.capabilities.push(action.capability);
  emit(ctx, 'CAPABILITY_ENABLED', { capability: action.capability });
  if (phone) emit(ctx, 'PHONE_NUMBER_CHARGED_PER_CALL', { ...PHONE_NUMBER_FEE });
}

/** Timed: a requested freeze or unfreeze takes effect (fact D-05). */
export function freezeTimer(app: MiniProgram): Timer | null {
  const pending = app.dev.secretFreezePending;
  if (!pending) return null;
  return {
    at: pending.effectiveAt,
    fire(ctx) {
      app.dev.secretFrozen = pending.frozen;
      app.dev.secretFreezePending = null;
      emit(ctx, 'SECRET_FREEZE_APPLIED', { appId: app.appId, frozen: pending.frozen });
    },
  };
}
