/** The login session as pages and missions read it. */
import { findApp, rolesOf } from '../kernel/context';
import { pickableApps } from './rules';
import type { World } from '../kernel/types';

export interface SessionView {
  loggedIn: boolean;
  awaitingScan: boolean;
  appId: string | null;
  actor: string | null;
  actorRoles: string[];
  isAdmin: boolean;
}

export function sessionView(w: World): SessionView {
  const s = w.session;
  const app = s ? findApp(w, s.appId) : undefined;
  const roles = s && app ? rolesOf(app, s.actor) : [];
  return {
    loggedIn: !!s && s.stage === 'active',
    awaitingScan: !!s && s.stage === 'awaitingScan',
    appId: s ? s.appId : null,
    actor: s ? s.actor : null,
    actorRoles: roles,
    isAdmin: roles.indexOf('admin') >= 0,
  };
}

/** The scan-to-log-in route (fact L-05): the code waiting on the phone, whether it was confirmed, what may be entered. */
export interface ScanLoginView {
  /** The scan waiting on the phone, or null. */
  pendingScanId: string | null;
  confirmed: boolean;
  apps: { appId: string; name: string | null; admin: boolean }[];
}

export function scanLoginView(w: World): ScanLoginView {
  const scans = w.phone.scans.filter((s) => s.purpose === 'scanLogin');
  const last = scans[scans.length - 1];
  return {
    pendingScanId: last && last.status === 'pending' ? last.id : null,
    confirmed: !!last && last.status === 'confirmed',
    apps: pickableApps(w).map((app) => ({
      appId: app.appId,
      name: app.basic.name,
      admin: app.adminWechatId === w.learner.wechatId,
    })),
  };
}
