import {
  createWorld,
  dispatch,
  EXISTING_EMAIL,
  EXISTING_PASSWORD,
  type Action,
  type World,
} from '../../../../miniprogram/console/engine/index';
import { makeAction, type Memory } from './random-actions';

export { dispatch, serializeWorld } from '../../../../miniprogram/console/engine/index';

/**
 * A learner who never stops: logs out and in again (a login scan each time), uploads, reviews, publishes and
 * rolls back, changes server domains, travels in time, and does random things in between. Used by the bounded-
 * world test and by `npm run bench` (per-action cost at the start and after 20,000 actions, saved size).
 */
export interface LongSession {
  world: World;
  /** Actions applied so far. */
  count: number;
  /** Applies the next action and returns it. */
  next(): Action;
}

const DAY = 24 * 3600 * 1000;
const ADMIN = 'reglab_learner';

function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function round(w: World, n: number): Action[] {
  const scan = w.session && w.session.scanId ? w.session.scanId : 'scan-0';
  const cycle: ((w: World) => Action)[] = [
    () => ({ type: 'login.logout' }),
    () => ({ type: 'login.submit', email: EXISTING_EMAIL, password: EXISTING_PASSWORD }),
    (cur) => ({ type: 'phone.confirmScan', scanId: cur.session && cur.session.scanId ? cur.session.scanId : scan }),
    () => ({
      type: 'versions.upload',
      uploader: ADMIN,
      version: `1.${Math.floor(n / 100) % 1000}.${n % 100}`,
      note: '更新',
    }),
    () => ({ type: 'versions.submitReview', uploader: ADMIN }),
    () => ({ type: 'clock.advance', ms: 8 * DAY }),
    () => ({ type: 'versions.publish', percent: 100 }),
    () => ({ type: 'versions.rollback' }),
    () => ({ type: 'dev.setDomains', kind: 'request', domains: [`https://api${n % 7}.reglab-demo.cn`] }),
  ];
  return cycle.map((make) => make(w));
}

export function longSession(seed = 1): LongSession {
  const random = mulberry(seed);
  const memory: Memory = { secrets: [], uploadKeys: [] };
  const session: LongSession = {
    world: createWorld({ scenario: 'ready-to-release', seed }),
    count: 0,
    next() {
      const w = session.world;
      const n = session.count;
      const slot = n % 12;
      let action: Action;
      if (slot < 9) {
        const planned = round(w, Math.floor(n / 12));
        action = planned[slot];
      } else {
        const r = () => Math.floor(random() * 1000);
        action = makeAction(w, [r(), r(), r(), r()], memory);
      }
      const result = dispatch(w, action);
      if (result.ok && result.reveal) {
        if (result.reveal.appSecret) memory.secrets.splice(0, memory.secrets.length, result.reveal.appSecret);
        if (result.reveal.uploadKey) memory.uploadKeys.splice(0, memory.uploadKeys.length, result.reveal.uploadKey);
      }
      session.world = result.world;
      session.count += 1;
      return action;
    },
  };
  return session;
}
