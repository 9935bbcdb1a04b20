/**
 * The working context of one action: a private draft copy of the world that the rule modules change freely,
 * the events they emit, and any one-time secret to reveal. `dispatch` throws the draft away on error.
 */
import { peek } from './draft';
import { MODULE_LABELS, ROLE_LABELS } from './texts';
import { consoleError, type ConsoleError } from './errors';
import { EVENT_FACTS, type ConsoleEvent, type EventType } from './events';
import { rulesOf, type Rules } from './rulesets';
import type { EventData, MemberRole, MiniProgram, PendingMember, ScanPurpose, World } from './types';
import type { I18nText } from '../../../core/i18n';

/** Plaintext credentials shown exactly once, in the result of the action that created them. */
export interface Reveal {
  appSecret?: string;
  uploadKey?: string;
}

export interface Ctx {
  readonly w: World;
  readonly events: ConsoleEvent[];
  reveal: Reveal | null;
}

/** Something due at a moment of simulated time (a review answering, a freeze taking effect...). */
export interface Timer {
  readonly at: number;
  fire(ctx: Ctx): void;
}

/** What a rule handler returns: nothing when it succeeded, or the error that refuses the action. */
export type HandlerResult = ConsoleError | void;

export function rules(ctx: Ctx): Rules {
  return rulesOf(ctx.w.ruleSet);
}

export function emit(ctx: Ctx, type: EventType, data: EventData = {}, at: number = ctx.w.now): void {
  ctx.events.push({ type, at, factIds: EVENT_FACTS[type].slice(), data });
}

/** A short unique ID within this world: `scan-12`. */
export function nextId(ctx: Ctx, prefix: string): string {
  ctx.w.seq += 1;
  return `${prefix}-${ctx.w.seq}`;
}

/** Puts a new confirmation on the simulated phone, waiting for the learner; returns its ID. */
export function pushScan(
  ctx: Ctx,
  purpose: ScanPurpose,
  title: I18nText,
  appId: string | null = null,
  member: PendingMember | null = null,
): string {
  const id = nextId(ctx, 'scan');
  ctx.w.phone.scans.push({ id, purpose, title, createdAt: ctx.w.now, status: 'pending', appId, member });
  return id;
}

/** The mini program with this AppID; in a draft, only that one is copied (the search copies none). */
export function findApp(w: World, appId: string): MiniProgram | undefined {
  return findAppBy(w, (app) => app.appId === appId);
}

/** The first mini program `test` accepts, searched without copying the others (see `peek`). */
export function findAppBy(w: World, test: (app: Readonly<MiniProgram>) => boolean): MiniProgram | undefined {
  const i = peek(w.apps).findIndex(test);
  return i >= 0 ? w.apps[i] : undefined;
}

/** The mini program of the active session, or the error telling the learner to log in. */
export function activeApp(ctx: Ctx): MiniProgram | ConsoleError {
  const session = ctx.w.session;
  if (!session) return consoleError('NOT_LOGGED_IN');
  if (session.stage !== 'active') return consoleError('LOGIN_SCAN_PENDING');
  const app = findApp(ctx.w, session.appId);
  return app ? app : consoleError('NOT_LOGGED_IN');
}

export function isError(value: unknown): value is ConsoleError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value && 'factIds' in value;
}

/** The console modules whose permissions differ by role (fact M-07). */
export type Module = 'settings' | 'development' | 'management' | 'projectMembers' | 'experienceMembers' | 'admin';

export type ActorRole = 'admin' | MemberRole;

/** Who may use each module. The administrator may use all of them. */
export const MODULE_ACCESS: Readonly<Record<Module, readonly ActorRole[]>> = {
  settings: ['admin', 'operator'],
  development: ['admin', 'developer'],
  management: ['admin', 'operator'],
  projectMembers: ['admin'],
  experienceMembers: ['admin', 'operator', 'developer', 'dataAnalyst'],
  admin: ['admin'],
};

/** The roles a WeChat ID holds on a mini program: 'admin', its project roles, or none. */
export function rolesOf(app: MiniProgram, wechatId: string): ActorRole[] {
  if (wechatId === app.adminWechatId) return ['admin'];
  const member = app.members.find((m) => m.kind === 'project' && m.wechatId === wechatId);
  return member ? member.roles.slice() : [];
}

export function mayUse(app: MiniProgram, wechatId: string, module: Module): boolean {
  const held = rolesOf(app, wechatId);
  return MODULE_ACCESS[module].some((role) => held.indexOf(role) >= 0);
}

/** Null when the session's actor may use the module; otherwise PERMISSION_DENIED naming who may. */
export function requireModule(ctx: Ctx, app: MiniProgram, module: Module): ConsoleError | null {
  const actor = ctx.w.session ? ctx.w.session.actor : '';
  if (mayUse(app, actor, module)) return null;
  const who = MODULE_ACCESS[module];
  return consoleError('PERMISSION_DENIED', {
    actor,
    module: MODULE_LABELS[module],
    who: { zh: who.map((r) => ROLE_LABELS[r].zh).join('、'), en: who.map((r) => ROLE_LABELS[r].en).join(', ') },
  });
}

/** The app of the active session after a module check: what most settings handlers start with. */
export function appFor(ctx: Ctx, module: Module): MiniProgram | ConsoleError {
  const app = activeApp(ctx);
  if (isError(app)) return app;
  const denied = requireModule(ctx, app, module);
  return denied ? denied : app;
}
