/**
 * 管理 → 成员管理 (facts M-01..M-07): the administrator card, project members with their roles and the role
 * filter, experience members, "剩余可添加人数", and additions waiting for the administrator's scan.
 */
import { t, type I18nText, type Lang } from '../../../core/i18n';
import { currentApp } from '../kernel/selectors';
import { sessionView } from '../login/selectors';
import { memberSlots, membersView } from './selectors';
import { MEMBER_ROLES, type MemberKind, type MemberRole, type World } from '../kernel/types';
import { label } from '../home/view';
import { MEMBERS_TEXTS } from './texts';

export type RoleFilter = 'all' | MemberRole;

export const ROLE_FILTERS: readonly RoleFilter[] = ['all', 'operator', 'developer', 'dataAnalyst'];

export const ROLE_LABELS: Readonly<Record<MemberRole, I18nText>> = {
  operator: MEMBERS_TEXTS.operator,
  developer: MEMBERS_TEXTS.developer,
  dataAnalyst: MEMBERS_TEXTS.dataAnalyst,
};

const FILTER_LABELS: Readonly<Record<RoleFilter, I18nText>> = {
  all: MEMBERS_TEXTS.allMembers,
  ...ROLE_LABELS,
};

/** The permission checkboxes of 添加用户 (seed 000 screenshot). */
export const ROLE_OPTIONS: readonly { role: MemberRole; title: I18nText; desc: I18nText }[] = [
  {
    role: 'operator',
    title: MEMBERS_TEXTS.operatorPermissions,
    desc: MEMBERS_TEXTS.managementPromotionAndSettings,
  },
  {
    role: 'developer',
    title: MEMBERS_TEXTS.developerPermissions,
    desc: MEMBERS_TEXTS.developmentModuleCanUse,
  },
  {
    role: 'dataAnalyst',
    title: MEMBERS_TEXTS.dataAnalystBasicAnalytics,
    desc: MEMBERS_TEXTS.statisticsModuleCanUse,
  },
];

export interface MemberRow {
  wechatId: string;
  nickname: string;
  roles: MemberRole[];
  rolesText: string;
}

export interface MembersPageView {
  loggedIn: boolean;
  admin: { nickname: string; wechatId: string };
  actor: string;
  isAdmin: boolean;
  filters: { id: RoleFilter; label: string; count: number }[];
  project: MemberRow[];
  experience: MemberRow[];
  projectRemaining: number;
  projectLimit: number;
  experienceRemaining: number;
  experienceLimit: number;
  /** Fact M-05: what the limit depends on, e.g. "上限 15 人，取决于是否认证和发布". */
  limitNote: string;
  /** Additions waiting for the administrator's scan on the phone. */
  pending: { scanId: string; title: string }[];
}

const EMPTY: MembersPageView = {
  loggedIn: false,
  admin: { nickname: '', wechatId: '' },
  actor: '',
  isAdmin: false,
  filters: [],
  project: [],
  experience: [],
  projectRemaining: 0,
  projectLimit: 0,
  experienceRemaining: 0,
  experienceLimit: 0,
  limitNote: '',
  pending: [],
};

const LIMIT_NOTES = {
  individual: MEMBERS_TEXTS.limitNoteIndividual,
  organisation: MEMBERS_TEXTS.limitNoteOrganisation,
};

export function rolesText(roles: readonly MemberRole[], lang: Lang): string {
  return roles.map((r) => t(ROLE_LABELS[r], lang)).join(lang === 'zh' ? '、' : ', ');
}

export function membersPageView(world: World, lang: Lang, filter: RoleFilter): MembersPageView {
  const app = currentApp(world);
  const members = membersView(world);
  const slots = memberSlots(world);
  if (!app || !members || !slots) return EMPTY;
  const session = sessionView(world);
  const row = (m: { wechatId: string; nickname: string; roles: MemberRole[] }): MemberRow => ({
    wechatId: m.wechatId,
    nickname: m.nickname,
    roles: m.roles.slice(),
    rolesText: rolesText(m.roles, lang),
  });
  const project = members.project.map(row);
  const adminIsLearner = app.adminWechatId === world.learner.wechatId;
  return {
    loggedIn: true,
    admin: { nickname: adminIsLearner ? world.learner.nickname : app.adminWechatId, wechatId: app.adminWechatId },
    actor: session.actor || '',
    isAdmin: session.isAdmin,
    filters: ROLE_FILTERS.map((id) => ({
      id,
      label: label(FILTER_LABELS[id], lang),
      count: id === 'all' ? project.length : project.filter((m) => m.roles.indexOf(id) >= 0).length,
    })),
    project: filter === 'all' ? project : project.filter((m) => m.roles.indexOf(filter) >= 0),
    experience: members.experience.map(row),
    projectRemaining: slots.project.remaining,
    projectLimit: slots.project.limit,
    experienceRemaining: slots.experience.remaining,
    experienceLimit: slots.experience.limit,
    limitNote: t(app.subject.type === 'individual' ? LIMIT_NOTES.individual : LIMIT_NOTES.organisation, lang, {
      project: slots.project.limit,
      experience: slots.experience.limit,
    }),
    pending: world.phone.scans
      .filter((s) => s.status === 'pending' && s.purpose === 'addMember' && s.appId === app.appId)
      .map((s) => ({ scanId: s.id, title: t(s.title, lang) })),
  };
}

export function isRoleFilter(value: unknown): value is RoleFilter {
  return typeof value === 'string' && (ROLE_FILTERS as readonly string[]).indexOf(value) >= 0;
}

export function isMemberRole(value: unknown): value is MemberRole {
  return typeof value === 'string' && (MEMBER_ROLES as readonly string[]).indexOf(value) >= 0;
}

/** People of the simulated platform the 示例数据 button can fill in (findable, not yet members here). */
export function sampleWechatId(world: World, kind: 'project' | 'experience'): string {
  const app = currentApp(world);
  const taken = app ? app.members.filter((m) => m.kind === kind).map((m) => m.wechatId) : [];
  const preferred =
    kind === 'project' ? ['dev_xiaoming', 'data_laowang', 'ops_xiaohong'] : ['tester_amy', 'ops_xiaohong'];
  const found = preferred.find((id) => taken.indexOf(id) < 0);
  if (found) return found;
  const other = world.platform.people.find((p) => p.findable && taken.indexOf(p.wechatId) < 0);
  return other ? other.wechatId : preferred[0];
}

/** The nickname the search found (from the MEMBER_FOUND event), for the 添加用户 card. */
export function foundNickname(data: Readonly<Record<string, string | number | boolean | null>>): string {
  const n = data.nickname;
  return typeof n === 'string' ? n : '';
}

/** A role as the add and edit dialogs offer it, in one language. */
export interface RoleChoice {
  role: MemberRole;
  title: string;
  desc: string;
  checked: boolean;
}

/** The 添加成员 dialog's state. */
export interface AddState {
  kind: MemberKind;
  wechatId: string;
  /** Nickname the search found for `foundFor`, or ''. */
  found: string;
  foundFor: string;
  roles: RoleChoice[];
  /** Set once 确认添加 went through: the scan now waits on the phone. */
  waiting: boolean;
}

/** The 修改权限 dialog's state. */
export interface RolesEdit {
  wechatId: string;
  nickname: string;
  roles: RoleChoice[];
}

/** The role choices of a dialog, with the given roles ticked. */
export function roleChoices(lang: Lang, checked: readonly MemberRole[]): RoleChoice[] {
  return ROLE_OPTIONS.map((o) => ({
    role: o.role,
    title: t(o.title, lang),
    desc: t(o.desc, lang),
    checked: checked.indexOf(o.role) >= 0,
  }));
}

/** The roles ticked in a dialog. */
export function checkedRoles(choices: readonly RoleChoice[]): MemberRole[] {
  return choices.filter((c) => c.checked).map((c) => c.role);
}
