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
import type { World } from '../kernel/types';

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

const L = (zh: string, en: string): I18nText => ({ zh, en });

/** A console label as the pages show it (Chinese, with the English in English mode). */
export const label = bilingualLabel;

/** A text in the learner's language with `{name}` placeholders filled in. */
export function fmt(text: I18nText, lang: Lang, params: Readonly<Record<string, string | number>> = {}): string {
  return t(text, lang).replace(/\{(\w+)\}/g, (_, k: string) => (params[k] !== undefined ? String(params[k]) : ''));
}

/** 设置's pages the simulation covers, in both menus. */
const SETTINGS_PAGES: NonNullable<MenuSpec['entries']> = [
  { id: 'basic', label: L('基本设置', 'Basic settings'), target: CONSOLE_PAGES.basic },
  { id: 'filing', label: L('小程序备案', 'ICP filing'), target: CONSOLE_PAGES.filing },
  { id: 'verify', label: L('微信认证', 'WeChat verification'), target: CONSOLE_PAGES.verify },
];

/** The newer console's left menu (fact L-04). */
const CURRENT_MENU: readonly MenuSpec[] = [
  { id: 'home', label: L('首页', 'Home'), target: CONSOLE_PAGES.home },
  {
    id: 'manage',
    label: L('管理', 'Management'),
    target: '',
    entries: [
      { id: 'versions', label: L('版本管理', 'Version management'), target: CONSOLE_PAGES.versions },
      { id: 'members', label: L('成员管理', 'Member management'), target: CONSOLE_PAGES.members },
      { id: 'feedback', label: L('用户反馈', 'User feedback'), target: 'card:feedback' },
    ],
  },
  { id: 'stats', label: L('统计', 'Statistics'), target: 'card:stats' },
  {
    id: 'features',
    label: L('功能', 'Features'),
    target: '',
    entries: [
      { id: 'scan', label: L('微信扫一扫', 'WeChat Scan'), target: 'card:scan' },
      { id: 'service', label: L('客服', 'Customer service'), target: 'card:service' },
      { id: 'subscribe', label: L('订阅消息', 'Subscription messages'), target: 'card:subscribe' },
      { id: 'content', label: L('页面内容接入', 'Page content access'), target: 'card:content' },
    ],
  },
  {
    id: 'develop',
    label: L('开发', 'Development'),
    target: '',
    entries: [
      { id: 'dev', label: L('开发管理', 'Development management'), target: CONSOLE_PAGES.dev },
      { id: 'devtools', label: L('开发工具', 'Developer tools'), target: 'card:devtools' },
      { id: 'cloud', label: L('云开发', 'Cloud development'), target: 'card:cloud' },
    ],
  },
  { id: 'growth', label: L('成长', 'Growth'), target: 'card:growth' },
  {
    id: 'settings',
    label: L('设置', 'Settings'),
    target: '',
    entries: [
      ...SETTINGS_PAGES,
      { id: 'thirdparty', label: L('第三方设置', 'Third-party settings'), target: 'card:thirdparty' },
      { id: 'related', label: L('关联设置', 'Related accounts'), target: 'card:related' },
      { id: 'follow', label: L('关注公众号', 'Follow an official account'), target: 'card:follow' },
    ],
  },
];

/** The 2020 console's left menu (fact L-04), shown under the classic rule set. */
const CLASSIC_MENU: readonly MenuSpec[] = [
  { id: 'home', label: L('首页', 'Home'), target: CONSOLE_PAGES.home },
  {
    id: 'dev',
    label: L('开发管理', 'Development management'),
    target: '',
    entries: [
      { id: 'versions', label: L('开发版本管理', 'Versions'), target: CONSOLE_PAGES.versions },
      { id: 'dev', label: L('开发设置', 'Development settings'), target: CONSOLE_PAGES.dev },
    ],
  },
  { id: 'members', label: L('用户身份', 'User roles'), target: CONSOLE_PAGES.members },
  { id: 'analytics', label: L('数据分析', 'Data analysis'), target: 'card:analytics' },
  { id: 'template', label: L('模板消息', 'Template messages'), target: 'card:template' },
  { id: 'servicefeedback', label: L('客服反馈', 'Service and feedback'), target: 'card:servicefeedback' },
  { id: 'nearby', label: L('附近的小程序', 'Nearby mini programs'), target: 'card:nearby' },
  { id: 'ops', label: L('运维中心', 'Operations centre'), target: 'card:ops' },
  { id: 'publisher', label: L('流量主', 'Ad publisher'), target: 'card:publisher' },
  { id: 'advertiser', label: L('广告主', 'Advertiser'), target: 'card:advertiser' },
  { id: 'violations', label: L('违规记录', 'Violation records'), target: 'card:violations' },
  {
    id: 'settings',
    label: L('设置', 'Settings'),
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
}

const ROW_TEXT: Readonly<Record<string, { title: I18nText; desc: I18nText; target: string }>> = {
  basicInfo: {
    title: L('小程序信息', 'Mini program info'),
    desc: L('补充小程序的基本信息，如名称、图标、描述等', 'Add the basic info: name, icon, description'),
    target: CONSOLE_PAGES.basic,
  },
  category: {
    title: L('小程序类目', 'Service category'),
    desc: L('补充小程序的服务类目，设置主营类目', 'Add service categories and set the main one'),
    target: `${CONSOLE_PAGES.basic}?section=category`,
  },
  subject: {
    title: L('主体验证', 'Subject verification'),
    desc: L('完成对公打款或微信认证后才能提交审核', 'Finish the small payment or WeChat verification before review'),
    target: CONSOLE_PAGES.verify,
  },
  filing: {
    title: L('小程序备案', 'ICP filing'),
    desc: L('新小程序须完成备案后才能上线', 'A new mini program must be filed before it can go online'),
    target: CONSOLE_PAGES.filing,
  },
  devtools: {
    title: L('开发工具', 'Developer tools'),
    desc: L('下载开发者工具进行代码的开发和上传', 'Download the developer tools to write and upload code'),
    target: 'card:devtools',
  },
  developers: {
    title: L('添加开发者', 'Add developers'),
    desc: L('添加开发者，进行代码上传', 'Add developers so they can upload code'),
    target: CONSOLE_PAGES.members,
  },
  server: {
    title: L('配置服务器', 'Configure the server'),
    desc: L(
      '在开发设置页面查看AppID和AppSecret，配置服务器域名',
      'See the AppID and AppSecret and configure server domains in development settings',
    ),
    target: CONSOLE_PAGES.dev,
  },
  help: {
    title: L('帮助文档', 'Help documents'),
    desc: L('可以阅读入门介绍、开发文档、设计规范和运营规范', 'Getting started, docs, design and operating rules'),
    target: 'card:help',
  },
  release: {
    title: L('版本发布', 'Release'),
    desc: L(
      '先提交代码，然后提交审核，审核通过后可发布',
      'Upload code, submit it for review, and publish once it passes',
    ),
    target: CONSOLE_PAGES.versions,
  },
};

const STATE_LABELS: Readonly<Record<RowState, I18nText>> = {
  done: L('已完成', 'Done'),
  todo: L('去完成', 'To do'),
  optional: L('可选', 'Optional'),
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
  const remaining = items.filter((i) => i.required && !i.done).length;
  const name = app.basic.name;
  return {
    loggedIn: true,
    appName: name !== null ? name : t(L('未命名小程序', 'Unnamed mini program'), lang),
    appId: app.appId,
    subject: `${app.subject.displayName} · ${t(SUBJECT_TYPE_LABELS[app.subject.type], lang)}`,
    actor: session.actor || '',
    isAdmin: session.isAdmin,
    steps: [
      { id: 'step1', title: t(L('step 1 · 完善信息与开发', 'Step 1 · Info and development'), lang), rows: step1 },
      { id: 'step2', title: t(L('step 2 · 版本发布', 'Step 2 · Release'), lang), rows: [release] },
    ],
    remaining,
    online: app.versions.online !== null,
  };
}
