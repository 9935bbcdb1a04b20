import * as fs from 'fs';
import * as path from 'path';
import {
  CHROME_COLORS,
  PAGE_TITLES,
  TAB_LABELS,
  TAB_ROUTES,
  isTabRoute,
  pageTitle,
  schemeOf,
} from '../../../miniprogram/core/chrome';
import { applyChrome } from '../../../miniprogram/services/chrome';

const root = path.resolve(__dirname, '..', '..', '..', 'miniprogram');
const appJson = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8')) as {
  pages: string[];
  subpackages: { root: string; pages: string[] }[];
  tabBar: { list: { pagePath: string; text: string }[] };
};
const theme = JSON.parse(fs.readFileSync(path.join(root, 'theme.json'), 'utf8')) as Record<
  'light' | 'dark',
  Record<string, string>
>;
const routes = [
  ...appJson.pages,
  ...appJson.subpackages.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`)),
];

describe("WeChat's chrome in the learner's theme and language", () => {
  it('uses theme.json’s colours for each scheme (what app.json shows when the system decides)', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const c = CHROME_COLORS[scheme];
      const t = theme[scheme];
      expect({
        navBg: c.navBg,
        navText: c.navFront === '#ffffff' ? 'white' : 'black',
        bgColor: c.bgColor,
        bgTextStyle: c.bgTextStyle,
        tabBg: c.tabBg,
        tabText: c.tabText,
        tabSelected: c.tabSelected,
        tabBorder: c.tabBorder,
      }).toEqual(t);
    }
  });

  it('follows the learner’s choice, and the system only when they chose "system"', () => {
    expect(schemeOf('dark', 'light')).toBe('dark');
    expect(schemeOf('light', 'dark')).toBe('light');
    expect(schemeOf('system', 'dark')).toBe('dark');
    expect(schemeOf('system', undefined)).toBe('light');
  });

  it('has the tab bar’s pages and Chinese labels in app.json’s order', () => {
    expect(appJson.tabBar.list.map((i) => i.pagePath)).toEqual([...TAB_ROUTES]);
    expect(appJson.tabBar.list.map((i) => i.text)).toEqual(TAB_LABELS.map((l) => l.zh));
    expect(isTabRoute('/pages/me/index')).toBe(true);
    expect(isTabRoute('console/home/index')).toBe(false);
  });

  it('titles every page in both languages; the page JSON carries the Chinese title', () => {
    expect(Object.keys(PAGE_TITLES).sort()).toEqual([...routes].sort());
    for (const route of routes) {
      const json = JSON.parse(fs.readFileSync(path.join(root, `${route}.json`), 'utf8')) as {
        navigationBarTitleText?: string;
      };
      const title = pageTitle(`/${route}`);
      expect({ route, zh: json.navigationBarTitleText }).toEqual({ route, zh: title?.zh });
      expect(title?.en).toMatch(/^[A-Z][A-Za-z ]+$/);
    }
  });
});

describe('the chrome in the learner’s language', () => {
  const g = globalThis as unknown as { wx?: unknown };
  let previous: unknown;
  const shown = { titles: [] as string[], tabs: [] as string[] };
  beforeEach(() => {
    previous = g.wx;
    shown.titles = [];
    shown.tabs = [];
    // Only what applyChrome reads and the two calls under test; the others it calls quietly fail, as it allows.
    g.wx = {
      getAppBaseInfo: () => ({ theme: 'light' }),
      setNavigationBarTitle: (o: { title: string }) => shown.titles.push(o.title),
      setTabBarItem: (o: { text: string }) => shown.tabs.push(o.text),
    };
  });
  afterEach(() => {
    g.wx = previous;
  });

  it('titles the navigation bar and the tab bar in English when English is chosen', () => {
    applyChrome('pages/learn/index', 'en', 'system');
    expect(shown).toEqual({ titles: ['Learn'], tabs: ['Learn', 'Practice', 'Lab', 'Me'] });
    applyChrome('console/library/index', 'en', 'system');
    expect(shown.titles).toEqual(['Learn', 'Mission codes']);
    expect(shown.tabs).toHaveLength(4);
  });

  it('and in Chinese when Chinese is chosen', () => {
    applyChrome('/pages/me/index', 'zh', 'light');
    expect(shown).toEqual({ titles: ['我的'], tabs: ['学习', '练习', '实操', '我的'] });
  });
});
