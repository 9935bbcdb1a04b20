/**
 * What every area's read views share (`<area>/selectors.ts` holds each area's): the mini program a view reads, and
 * the newest-first order of mails and SMS. None of the views exposes a secret: the AppSecret and the upload key exist
 * only as "generated or not".
 */
import { findApp } from './context';
import type { MiniProgram, World } from './types';

/** The mini program of the active (fully verified) session, or null. */
export function currentApp(w: World): MiniProgram | null {
  if (!w.session || w.session.stage !== 'active') return null;
  return findApp(w, w.session.appId) || null;
}

/** The mini program `appId` names, else the logged-in one. */
export function appOrCurrent(w: World, appId?: string): MiniProgram | null {
  return appId !== undefined ? findApp(w, appId) || null : currentApp(w);
}

/** Newest first; items received at the same moment keep their arrival order reversed. */
export function newestFirst<T extends { receivedAt: number }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.receivedAt - a.item.receivedAt || b.index - a.index)
    .map((x) => x.item);
}
