/**
 * The reference solution reads values off the simulated screens, as a learner does: the captcha picture, the newest
 * activation mail, the pending scan on the phone, an SMS code, a secret shown once. `resolveStep` turns a solution
 * step with `$` references into a concrete engine action for the world at hand.
 */
import { idCheckDigit, sampleIdentity, scanLoginView, type Action, type Reveal, type World } from '../engine/index';

/** What the run remembers from the screens: the secrets shown once (never part of the world). */
export interface Memory {
  secret: string | null;
  /** The secret shown before the latest one (what a server configured earlier still holds). */
  oldSecret: string | null;
  uploadKey: string | null;
}

export const EMPTY_MEMORY: Memory = { secret: null, oldSecret: null, uploadKey: null };

export function remember(memory: Memory, reveal: Reveal | undefined): Memory {
  if (!reveal) return memory;
  const secret = reveal.appSecret !== undefined ? reveal.appSecret : memory.secret;
  return {
    secret,
    oldSecret: secret !== memory.secret ? memory.secret : memory.oldSecret,
    uploadKey: reveal.uploadKey !== undefined ? reveal.uploadKey : memory.uploadKey,
  };
}

const SAMPLE_FIELDS = ['idName', 'idNumber', 'phone', 'orgName', 'creditCode'] as const;
type SampleField = (typeof SAMPLE_FIELDS)[number];

function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(7)}`;
}

/** A sample ID number with its check digit changed: the classic typo. */
function wrongCheckDigit(idNumber: string): string {
  const right = idCheckDigit(idNumber.slice(0, 17));
  return idNumber.slice(0, 17) + (right === '1' ? '2' : '1');
}

function currentAppOf(w: World) {
  const session = w.session;
  return session ? w.apps.find((a) => a.appId === session.appId) : undefined;
}

/** The value a `$` reference names in this world, or null when the screen does not show it. */
export function resolveRef(ref: string, w: World, memory: Memory): string | number | null {
  if (ref === '$payment') {
    const app = currentAppOf(w);
    return app ? app.subject.paymentAmountFen : null;
  }
  if (ref === '$captcha') return w.registration.captcha;
  if (ref === '$sms') return w.registration.sms ? w.registration.sms.code : null;
  if (ref === '$mail') {
    const mails = w.mailbox.mails.filter((m) => m.kind === 'activation');
    return mails.length > 0 ? mails[mails.length - 1].id : null;
  }
  if (ref === '$scan') {
    const scans = w.phone.scans.filter((s) => s.status === 'pending');
    return scans.length > 0 ? scans[scans.length - 1].id : null;
  }
  if (ref === '$secret') return memory.secret;
  if (ref === '$oldSecret') return memory.oldSecret;
  if (ref === '$uploadKey') return memory.uploadKey;
  let m = /^\$id(\d)\.(\w+)$/.exec(ref);
  if (m && (SAMPLE_FIELDS as readonly string[]).indexOf(m[2]) >= 0) {
    return sampleIdentity(w, Number(m[1]))[m[2] as SampleField];
  }
  m = /^\$app(\d)$/.exec(ref);
  if (m) {
    // The n-th mini program of the scan-to-log-in pick list (fact L-05), by its AppID as the list shows it.
    const app = scanLoginView(w).apps[Number(m[1])];
    return app ? app.appId : null;
  }
  m = /^\$badId(\d)$/.exec(ref);
  if (m) return wrongCheckDigit(sampleIdentity(w, Number(m[1])).idNumber);
  m = /^\$filing\.(\d{11})$/.exec(ref);
  if (m) {
    const phone = maskPhone(m[1]);
    const app = currentAppOf(w);
    const check = app ? app.filing.smsChecks.find((c) => c.phoneMasked === phone) : undefined;
    return check ? check.code : null;
  }
  return null;
}

function resolveValue(v: unknown, w: World, memory: Memory, missing: string[]): unknown {
  if (typeof v === 'string' && v.charAt(0) === '$') {
    const value = resolveRef(v, w, memory);
    if (value === null) missing.push(v);
    return value === null ? v : value;
  }
  if (Array.isArray(v)) return v.map((x) => resolveValue(x, w, memory, missing));
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = resolveValue((v as Record<string, unknown>)[k], w, memory, missing);
    return out;
  }
  return v;
}

/** The concrete action for a solution step, or the references the world cannot answer. */
export function resolveStep(
  step: Action,
  w: World,
  memory: Memory,
): { ok: true; action: Action } | { ok: false; missing: string[] } {
  const missing: string[] = [];
  const action = resolveValue(step, w, memory, missing) as Action;
  return missing.length > 0 ? { ok: false, missing } : { ok: true, action };
}
