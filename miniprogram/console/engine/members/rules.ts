/**
 * 管理 → 成员管理 (facts M-02..M-07): project members with roles and experience members, found by WeChat ID,
 * added after the administrator confirms by scanning, within the limits per subject and per WeChat ID.
 */
import type { ActionOf } from '../kernel/actions';
import {
  activeApp,
  appFor,
  emit,
  findApp,
  isError,
  type Ctx,
  type HandlerResult,
  type Module,
  pushScan,
} from '../kernel/context';
import { peek } from '../kernel/draft';
import { consoleError, type ConsoleError } from '../kernel/errors';
import { formatText, type I18nText } from '../../../core/i18n';
import { KIND_LABELS, MEMBERS_TEXTS } from './texts';
import { rulesOf } from '../kernel/rulesets';
import {
  MEMBER_ROLES,
  type MemberKind,
  type MemberLimits,
  type MemberRole,
  type MiniProgram,
  type Person,
  type Scan,
  type World,
} from '../kernel/types';
import { validateWechatId } from '../kernel/validators';
import { verificationValid } from '../versions/rules';

const KIND_MODULE: Readonly<Record<MemberKind, Module>> = {
  project: 'projectMembers',
  experience: 'experienceMembers',
};

/**
 * Fact M-05: the limits for this mini program's subject; an organisation's grow once it is verified and published
 * (a scenario may override them).
 */
export function memberLimits(w: World, app: MiniProgram): MemberLimits {
  if (w.platform.memberLimits) return w.platform.memberLimits;
  const r = rulesOf(w.ruleSet)['M-05'];
  if (app.subject.type === 'individual') return r.individual;
  const grown = verificationValid(app, w.now) && app.versions.firstPublishedAt !== null;
  return grown ? r.organisation.verifiedAndPublished : r.organisation.base;
}

export function memberCount(app: MiniProgram, kind: MemberKind): number {
  return app.members.filter((m) => m.kind === kind).length;
}

/** Fact M-06: memberships of one WeChat ID across the platform (elsewhere plus the learner's mini programs). */
export function membershipsOf(w: World, wechatId: string, kind: MemberKind): number {
  const person = w.platform.people.find((p) => p.wechatId === wechatId);
  const elsewhere = person ? (kind === 'project' ? person.projectMemberships : person.experienceMemberships) : 0;
  const here = peek(w.apps).filter((app) => app.members.some((m) => m.kind === kind && m.wechatId === wechatId)).length;
  return elsewhere + here;
}

function kindParams(kind: MemberKind): { kind: I18nText } {
  return { kind: KIND_LABELS[kind] };
}

/** Fact M-04: found only by exact WeChat ID, and only if 通过微信号找到我 is on. */
function findPerson(w: World, wechatId: string): Person | ConsoleError {
  const invalid = validateWechatId(wechatId);
  if (invalid) return invalid;
  const id = wechatId.trim();
  const person = w.platform.people.find((p) => p.wechatId.toLowerCase() === id.toLowerCase());
  if (!person) return consoleError('MEMBER_NOT_FOUND', { wechatId: id });
  if (!person.findable) return consoleError('MEMBER_NOT_SEARCHABLE', { wechatId: id });
  return person;
}

export function searchMember(ctx: Ctx, action: ActionOf<'members.search'>): HandlerResult {
  const app = activeApp(ctx);
  if (isError(app)) return app;
  const id = action.wechatId.trim();
  if (id === app.adminWechatId) {
    emit(ctx, 'MEMBER_FOUND', { wechatId: id, nickname: ctx.w.learner.nickname, admin: true });
    return;
  }
  const person = findPerson(ctx.w, id);
  if (isError(person)) return person;
  emit(ctx, 'MEMBER_FOUND', { wechatId: person.wechatId, nickname: person.nickname, admin: false });
}

function normalizeRoles(roles: readonly MemberRole[]): MemberRole[] {
  return MEMBER_ROLES.filter((role) => roles.indexOf(role) >= 0);
}

/** Every rule for adding one member, checked again when the administrator's scan confirms it. */
function checkAddition(
  w: World,
  app: MiniProgram,
  wechatId: string,
  kind: MemberKind,
  roles: MemberRole[],
): Person | ConsoleError {
  const id = wechatId.trim();
  if (id === app.adminWechatId) return consoleError('MEMBER_IS_ADMIN', { wechatId: id });
  const person = findPerson(w, id);
  if (isError(person)) return person;
  if (kind === 'project' && roles.length === 0) return consoleError('MEMBER_ROLES_REQUIRED');
  if (kind === 'experience' && roles.length > 0) return consoleError('MEMBER_ROLES_NOT_FOR_EXPERIENCE');
  if (app.members.some((m) => m.kind === kind && m.wechatId === person.wechatId)) {
    return consoleError('MEMBER_ALREADY_ADDED', { wechatId: person.wechatId, ...kindParams(kind) });
  }
  const limit = memberLimits(w, app)[kind];
  if (memberCount(app, kind) >= limit) return consoleError('MEMBER_LIMIT', { limit, ...kindParams(kind) });
  const perUser = rulesOf(w.ruleSet)['M-06'];
  const userLimit = kind === 'project' ? perUser.projectPerUser : perUser.experiencePerUser;
  const count = membershipsOf(w, person.wechatId, kind);
  if (count >= userLimit) {
    return consoleError('MEMBER_USER_LIMIT', {
      wechatId: person.wechatId,
      count,
      limit: userLimit,
      ...kindParams(kind),
    });
  }
  return person;
}

/** 确认添加: checks everything, then waits for the administrator's scan on the phone (fact M-04). */
export function addMember(ctx: Ctx, action: ActionOf<'members.add'>): HandlerResult {
  const app = appFor(ctx, KIND_MODULE[action.kind]);
  if (isError(app)) return app;
  const roles = normalizeRoles(action.roles);
  const person = checkAddition(ctx.w, app, action.wechatId, action.kind, roles);
  if (isError(person)) return person;
  const scanId = pushScan(
    ctx,
    'addMember',
    formatText(MEMBERS_TEXTS.confirmAddScan, { name: person.nickname, kind: KIND_LABELS[action.kind] }),
    app.appId,
    { wechatId: person.wechatId, kind: action.kind, roles },
  );
  emit(ctx, 'MEMBER_ADD_REQUESTED', { wechatId: person.wechatId, kind: action.kind, roles: roles.join(',') });
  emit(ctx, 'SCAN_REQUESTED', { scanId, purpose: 'addMember' });
}

export function confirmMemberScan(ctx: Ctx, scan: Scan): HandlerResult {
  const appId = scan.appId;
  const app = appId === null ? undefined : findApp(ctx.w, appId);
  const pending = scan.member;
  if (!app || !pending) return consoleError('SCAN_NOT_PENDING');
  const person = checkAddition(ctx.w, app, pending.wechatId, pending.kind, pending.roles);
  if (isError(person)) return person;
  app.members.push({
    wechatId: person.wechatId,
    nickname: person.nickname,
    kind: pending.kind,
    roles: pending.roles.slice(),
    addedAt: ctx.w.now,
  });
  emit(ctx, 'MEMBER_ADDED', { wechatId: person.wechatId, kind: pending.kind, roles: pending.roles.join(',') });
}

export function removeMember(ctx: Ctx, action: ActionOf<'members.remove'>): HandlerResult {
  const app = appFor(ctx, KIND_MODULE[action.kind]);
  if (isError(app)) return app;
  const id = action.wechatId.trim();
  const index = app.members.findIndex((m) => m.kind === action.kind && m.wechatId === id);
  if (index < 0) return consoleError('MEMBER_NOT_MEMBER', { wechatId: id, ...kindParams(action.kind) });
  app.members.splice(index, 1);
  emit(ctx, 'MEMBER_REMOVED', { wechatId: id, kind: action.kind });
}

/** Fact M-02: the administrator sets a project member's roles (at least one). */
export function setMemberRoles(ctx: Ctx, action: ActionOf<'members.setRoles'>): HandlerResult {
  const app = appFor(ctx, 'projectMembers');
  if (isError(app)) return app;
  const id = action.wechatId.trim();
  const member = app.members.find((m) => m.kind === 'project' && m.wechatId === id);
  if (!member) return consoleError('MEMBER_NOT_MEMBER', { wechatId: id, ...kindParams('project') });
  const roles = normalizeRoles(action.roles);
  if (roles.length === 0) return consoleError('MEMBER_ROLES_REQUIRED');
  member.roles = roles;
  emit(ctx, 'MEMBER_ROLES_SET', { wechatId: id, roles: roles.join(',') });
}

/** Fact M-07 / M-03: developers, data analysts and experience members may use the trial version. */
export function canUseTrial(app: MiniProgram, wechatId: string): boolean {
  if (wechatId === app.adminWechatId) return true;
  return app.members.some(
    (m) =>
      m.wechatId === wechatId &&
      (m.kind === 'experience' || m.roles.indexOf('developer') >= 0 || m.roles.indexOf('dataAnalyst') >= 0),
  );
}
