/** Members and their limits as pages and missions read them. */
import { appOrCurrent } from '../kernel/selectors';
import type { Member, MemberKind, World } from '../kernel/types';
import { canUseTrial as appCanUseTrial, memberCount, memberLimits } from './rules';

export interface Slots {
  limit: number;
  used: number;
  remaining: number;
}

/** "剩余可添加人数" per member kind (fact M-05). */
export function memberSlots(w: World, appId?: string): Record<MemberKind, Slots> | null {
  const app = appOrCurrent(w, appId);
  if (!app) return null;
  const limits = memberLimits(w, app);
  const slot = (kind: MemberKind): Slots => {
    const used = memberCount(app, kind);
    return { limit: limits[kind], used, remaining: Math.max(0, limits[kind] - used) };
  };
  return { project: slot('project'), experience: slot('experience') };
}

export function membersView(w: World, appId?: string): Record<MemberKind, Member[]> | null {
  const app = appOrCurrent(w, appId);
  if (!app) return null;
  return {
    project: app.members.filter((m) => m.kind === 'project'),
    experience: app.members.filter((m) => m.kind === 'experience'),
  };
}

export function canUseTrial(w: World, wechatId: string, appId?: string): boolean {
  const app = appOrCurrent(w, appId);
  return app ? appCanUseTrial(app, wechatId) : false;
}
