/** The login session as pages and missions read it. */
import { findApp, rolesOf } from '../kernel/context';
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
