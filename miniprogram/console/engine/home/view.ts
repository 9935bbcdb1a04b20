/**
 * The console home page (facts L-03, L-04): the release flow as a checklist with done / not-done states and where
 * each step is done, and the console menu (the newer console's groups, or the 2020 menu under the classic rule set).
 * Targets are a console route (`/console/basic/index`) or an explanation card (`card:<id>`).
 */
import { CONSOLE_PAGES } from '../../../core/console-routes';
import { bilingualLabel, t, type I18nText, type Lang } from '../../../core/i18n';
import { currentApp } from '../kernel/selectors';
import { sessionView } from '../login/selectors';
import { SUBJECT_TYPE_LABELS } from '../registration/selectors';
import { releaseChecklist, type ChecklistItem } from './selectors';
import type { MiniProgram, Review, World } from '../kernel/types';
import { DAY } from '../kernel/time';
import { verificationOverdue, verificationValid } from '../versions/rules';
import { HOME_TEXTS } from './texts';

export interface MenuEntry {
  id: string;
  label: string;
  target: string;
}

export interface MenuGroup {
  id: string;
  label: string;
  /** A group without entries is itself a link (首页, 统计, 成长...). */
  target: string;
  entries: MenuEntry[];
}

type MenuSpec = {
  id: string;
  label: I18nText;
  target: string;
  entries?: { id: string; label: I18nText; target: string }[];
};

/** A console label as the pages show it (Chinese, with the English in English mode). */
export const label = bilingualLabel;

/** 设置's pages the simulation covers, in both menus. */
const SETTINGS_PAGES: NonNullable<MenuSpec['entries']> = [
  { id: 'basic', label: HOME_TEXTS.basicSettings, target: CONSOLE_PAGES.basic },
  { id: 'filing', label: HOME_TEXTS.icpFiling, target: CONSOLE_PAGES.filing },
  { id: 'privacy', label: HOME_TEXTS.privacyGuide, target: CONSOLE_PAGES.privacy },
  { id: 'verify', label: HOME_TEXTS.wechatVerification, target: CONSOLE_PAGES.verify },
];

/** The newer console's left menu (fact L-04). */
const CURRENT_MENU: readonly MenuSpec[] = [
  { id: 'home', label: HOME_TEXTS.home, target: CONSOLE_PAGES.home },
  {
    id: 'manage',
    label: HOME_TEXTS.management,
    target: '',
    entries: [
      { id: 'versions', label: HOME_TEXTS.versionManagement, target: CONSOLE_PAGES.versions },
      { id: 'members', label: HOME_TEXTS.memberManagement, target: CONSOLE_PAGES.members },
      { id: 'feedback', label: HOME_TEXTS.userFeedback, target: 'card:feedback' },
    ],
  },
  { id: 'stats', label: HOME_TEXTS.statistics, target: 'card:stats' },
  {
    id: 'features',
    label: HOME_TEXTS.features,
    target: '',
    entries: [
      { id: 'scan', label: HOME_TEXTS.wechatScan, target: 'card:scan' },
      { id: 'service', label: HOME_TEXTS.customerService, target: 'card:service' },
      { id: 'subscribe', label: HOME_TEXTS.subscriptionMessages, target: 'card:subscribe' },
      { id: 'content', label: HOME_TEXTS.pageContentAccess, target: 'card:content' },
    ],
  },
  {
    id: 'develop',
    label: HOME_TEXTS.development,
    target: '',
    entries: [
      { id: 'dev', label: HOME_TEXTS.developmentManagement, target: CONSOLE_PAGES.dev },
      { id: 'devtools', label: HOME_TEXTS.developerTools, target: 'card:devtools' },
      { id: 'cloud', label: HOME_TEXTS.cloudDevelopment, target: 'card:cloud' },
    ],
  },
  { id: 'growth', label: HOME_TEXTS.growth, target: 'card:growth' },
  {
    id: 'settings',
    label: HOME_TEXTS.settings,
    target: '',
    entries: [
      ...SETTINGS_PAGES,
      { id: 'thirdparty', label: HOME_TEXTS.thirdPartySettings, target: 'card:thirdparty' },
      { id: 'related', label: HOME_TEXTS.relatedAccounts, target: 'card:related' },
      { id: 'follow', label: HOME_TEXTS.followAnOfficialAccount, target: 'card:follow' },
    ],
  },
];

/** The 2020 console's left menu (fact L-04), shown under the classic rule set. */
const CLASSIC_MENU: readonly MenuSpec[] = [
  { id: 'home', label: HOME_TEXTS.home, target: CONSOLE_PAGES.home },
  {
    id: 'dev',
    label: HOME_TEXTS.developmentManagement,
    target: '',
    entries: [
      { id: 'versions', label: HOME_TEXTS.versions, target: CONSOLE_PAGES.versions },
      { id: 'dev', label: HOME_TEXTS.developmentSettings, target: CONSOLE_PAGES.dev },
    ],
  },
  { id: 'members', label: HOME_TEXTS.userRoles, target: CONSOLE_PAGES.members },
  { id: 'analytics', label: HOME_TEXTS.dataAnalysis, target: 'card:analytics' },
  { id: 'template', label: HOME_TEXTS.templateMessages, target: 'card:template' },
  { id: 'servicefeedback', label: HOME_TEXTS.serviceAndFeedback, target: 'card:servicefeedback' },
  { id: 'nearby', label: HOME_TEXTS.nearbyMiniPrograms, target: 'card:nearby' },
  { id: 'ops', label: HOME_TEXTS.operationsCentre, target: 'card:ops' },
  { id: 'publisher', label: HOME_TEXTS.adPublisher, target: 'card:publisher' },
  { id: 'advertiser', label: HOME_TEXTS.advertiser, target: 'card:advertiser' },
  { id: 'violations', label: HOME_TEXTS.violationRecords, target: 'card:violations' },
  {
    id: 'settings',
    label: HOME_TEXTS.settings,
    target: '',
    entries: [...SETTINGS_PAGES],
  },
];

export function consoleMenu(world: World, lang: Lang): MenuGroup[] {
  const spec = world.ruleSet === 'classic' ? CLASSIC_MENU : CURRENT_MENU;
  return spec.map((g) => ({
    id: g.id,
    label: label(g.label, lang),
    target: g.target,
    entries: (g.entries || []).map((e) => ({ id: e.id, label: label(e.label, lang), target: e.target })),
  }));
}

/** Every target the menus can open (for tests and for checking no tap is dead). */
export function allMenuTargets(): string[] {
  const out: string[] = [];
  for (const g of CURRENT_MENU.concat(CLASSIC_MENU)) {
    if (g.target) out.push(g.target);
    for (const e of g.entries || []) out.push(e.target);
  }
  return out;
}

export type RowState = 'done' | 'todo' | 'optional';

export interface ChecklistRow {
  id: string;
  title: string;
  desc: string;
  state: RowState;
  /** Label of the state tag: 已完成 / 去完成 / 可选. */
  stateLabel: string;
  target: string;
  factIds: string[];
}

export interface ChecklistStep {
  id: string;
  title: string;
  rows: ChecklistRow[];
}

export interface HomeView {
  loggedIn: boolean;
  appName: string;
  appId: string;
  subject: string;
  actor: string;
  isAdmin: boolean;
  steps: ChecklistStep[];
  /** Required items still open, e.g. "还有 3 项必做". */
  remaining: number;
  online: boolean;
  /** Fact V-09: what being unverified means ('' when verified). */
  verificationNote: string;
  /** A version passed review but is not published (users cannot see it): what to do, or ''. */
  nudge: string;
}

const VERIFICATION_NOTES = {
  never: HOME_TEXTS.notVerifiedNote,
  lapsed: HOME_TEXTS.verificationExpiredNote,
};

/** Fact V-09 (V-07 when lapsed): the consequence of not being verified, or '' when the verification is valid. */
export function verificationNote(app: MiniProgram, now: number, lang: Lang): string {
  if (verificationValid(app, now)) return '';
  return t(verificationOverdue(app, now) ? VERIFICATION_NOTES.lapsed : VERIFICATION_NOTES.never, lang);
}

const PUBLISH_NUDGE = HOME_TEXTS.publishNudge;

function publishNudge(world: World, review: Review | null, lang: Lang): string {
  if (!review || review.status !== 'passed') return '';
  const days = Math.floor((world.now - (review.decidedAt ?? review.decideAt)) / DAY);
  return t(PUBLISH_NUDGE, lang, { version: review.version.version, days: Math.max(0, days) });
}

const ROW_TEXT: Readonly<Record<string, { title: I18nText; desc: I18nText; target: string }>> = {
  basicInfo: {
    title: HOME_TEXTS.miniProgramInfo,
    desc: HOME_TEXTS.addTheBasicInfo,
    target: CONSOLE_PAGES.basic,
  },
  category: {
    title: HOME_TEXTS.serviceCategory,
    desc: HOME_TEXTS.addServiceCategoriesAnd,
    target: `${CONSOLE_PAGES.basic}?section=category`,
  },
  subject: {
    title: HOME_TEXTS.subjectVerification,
    desc: HOME_TEXTS.finishTheSmallPayment,
    target: CONSOLE_PAGES.verify,
  },
  filing: {
    title: HOME_TEXTS.icpFiling,
    desc: HOME_TEXTS.aNewMiniProgram,
    target: CONSOLE_PAGES.filing,
  },
  privacy: {
    title: HOME_TEXTS.privacyGuide,
    desc: HOME_TEXTS.declareTheUserInformation,
    target: CONSOLE_PAGES.privacy,
  },
  devtools: {
    title: HOME_TEXTS.developerTools,
    desc: HOME_TEXTS.downloadTheDeveloperTools,
    target: 'card:devtools',
  },
  developers: {
    title: HOME_TEXTS.addDevelopers,
    desc: HOME_TEXTS.addDevelopersSoThey,
    target: CONSOLE_PAGES.members,
  },
  server: {
    title: HOME_TEXTS.configureTheServer,
    desc: HOME_TEXTS.seeTheAppIDAnd,
    target: CONSOLE_PAGES.dev,
  },
  help: {
    title: HOME_TEXTS.helpDocuments,
    desc: HOME_TEXTS.gettingStartedDocsDesign,
    target: 'card:help',
  },
  release: {
    title: HOME_TEXTS.release,
    desc: HOME_TEXTS.uploadCodeSubmitIt,
    target: CONSOLE_PAGES.versions,
  },
};

const STATE_LABELS: Readonly<Record<RowState, I18nText>> = {
  done: HOME_TEXTS.done,
  todo: HOME_TEXTS.toDo,
  optional: HOME_TEXTS.optional,
};

function row(id: string, state: RowState, factIds: string[], lang: Lang): ChecklistRow {
  const text = ROW_TEXT[id];
  return {
    id,
    title: label(text.title, lang),
    desc: t(text.desc, lang),
    state,
    stateLabel: t(STATE_LABELS[state], lang),
    target: text.target,
    factIds,
  };
}

function stateOf(item: ChecklistItem | undefined): RowState {
  if (!item) return 'optional';
  if (item.done) return 'done';
  return item.required ? 'todo' : 'optional';
}

/** The home page of the logged-in mini program (null fields when nobody is logged in). */
export function homeView(world: World, lang: Lang): HomeView {
  const app = currentApp(world);
  const session = sessionView(world);
  if (!app) {
    return {
      loggedIn: false,
      appName: '',
      appId: '',
      subject: '',
      actor: '',
      isAdmin: false,
      steps: [],
      remaining: 0,
      online: false,
      verificationNote: '',
      nudge: '',
    };
  }
  const items = releaseChecklist(world);
  const get = (id: string) => items.find((i) => i.id === id);
  const facts = (id: string) => {
    const item = get(id);
    return item ? item.factIds.slice() : [];
  };
  const step1: ChecklistRow[] = [
    row('basicInfo', stateOf(get('basicInfo')), facts('basicInfo'), lang),
    row('category', stateOf(get('category')), facts('category'), lang),
  ];
  const subject = get('subject');
  if (subject && !subject.done) {
    // The small payment is made where registration ended; WeChat verification has its own page.
    const target = app.subject.status === 'awaitingPayment' ? CONSOLE_PAGES.register : CONSOLE_PAGES.verify;
    step1.push({ ...row('subject', 'todo', facts('subject'), lang), target });
  }
  step1.push(row('filing', stateOf(get('filing')), facts('filing'), lang));
  step1.push(row('privacy', stateOf(get('privacy')), facts('privacy'), lang));
  const upload = get('upload');
  step1.push(row('devtools', upload && upload.done ? 'done' : 'optional', ['D-09'], lang));
  step1.push(row('developers', stateOf(get('developers')), facts('developers'), lang));
  const secret = get('secret');
  const server = get('server');
  step1.push(
    row('server', secret && secret.done && server && server.done ? 'done' : 'optional', ['D-02', 'D-07'], lang),
  );
  step1.push(row('help', 'optional', [], lang));
  const publish = get('publish');
  const release = row('release', publish && publish.done ? 'done' : 'todo', ['P-02', 'P-04', 'P-05'], lang);
  // The count is of the rows the learner sees as still to do, so "必做项还剩 n" always agrees with the list.
  const remaining = step1.concat([release]).filter((r) => r.state === 'todo').length;
  const name = app.basic.name;
  return {
    loggedIn: true,
    appName: name !== null ? name : t(HOME_TEXTS.unnamedMiniProgram, lang),
    appId: app.appId,
    subject: `${app.subject.displayName} · ${t(SUBJECT_TYPE_LABELS[app.subject.type], lang)}`,
    actor: session.actor || '',
    isAdmin: session.isAdmin,
    steps: [
      { id: 'step1', title: t(HOME_TEXTS.step1InfoAnd, lang), rows: step1 },
      { id: 'step2', title: t(HOME_TEXTS.step2Release, lang), rows: [release] },
    ],
    remaining,
    online: app.versions.online !== null,
    verificationNote: verificationNote(app, world.now, lang),
    nudge: publishNudge(world, app.versions.review, lang),
  };
}
