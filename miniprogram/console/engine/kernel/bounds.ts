/**
 * The world stays bounded whatever the learner does: what grows with every action (text messages, scan
 * requests, mail, release history, the event log) keeps its newest entries, and everything a page, a rule or a
 * mission still refers to. WeChat stores at most 1 MB per key; the saved world stays far below that (figures from
 * `npm run bench`, a test in test/unit/console/kernel/bounds.test.ts), and the per-action copy stays as small.
 */
import type { World } from './types';

/** How many of each growing list are kept. The pages show the newest few; nothing counts older ones. */
export const KEEP = {
  sms: 20,
  /** Settled scans (confirmed, rejected, superseded); pending ones are all kept. */
  scans: 20,
  mails: 20,
  releases: 20,
} as const;

function newest<T>(items: T[], count: number, keep: (item: T) => boolean = () => false): T[] {
  if (items.length <= count) return items;
  const cut = items.length - count;
  return items.filter((item, i) => i >= cut || keep(item));
}

/**
 * Trims the growing lists of a world after an action, in place, in the branches the action copied (`touched`);
 * branches it did not copy are shared with the previous world, untouched and already trimmed.
 */
export function compactWorld(w: World, touched: readonly (keyof World)[]): void {
  if (touched.indexOf('phone') >= 0) compactPhone(w);
  if (touched.indexOf('mailbox') >= 0) {
    const token = w.registration.activationToken;
    w.mailbox.mails = newest(w.mailbox.mails, KEEP.mails, (m) => m.token !== null && m.token === token);
  }
  if (touched.indexOf('apps') >= 0) {
    // Mini programs the action did not use are shared with the previous world (and already trimmed): only
    // a list that is too long is replaced, and only a copied mini program can have one.
    for (const app of w.apps) {
      if (app.versions.history.length > KEEP.releases) {
        app.versions.history = newest(app.versions.history, KEEP.releases);
      }
    }
  }
}

function compactPhone(w: World): void {
  if (w.phone.sms.length > KEEP.sms) w.phone.sms = newest(w.phone.sms, KEEP.sms);
  const referenced: string[] = [];
  if (w.session && w.session.scanId) referenced.push(w.session.scanId);
  if (w.registration.adminScan) referenced.push(w.registration.adminScan.scanId);
  const settled = w.phone.scans.filter((s) => s.status !== 'pending' && referenced.indexOf(s.id) < 0);
  if (settled.length > KEEP.scans) {
    const dropped = settled.slice(0, settled.length - KEEP.scans);
    w.phone.scans = w.phone.scans.filter((s) => dropped.indexOf(s) < 0);
  }
}
