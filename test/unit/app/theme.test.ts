import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..', '..', 'miniprogram');
const appJson = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8')) as Record<string, unknown>;
const theme = JSON.parse(fs.readFileSync(path.join(root, 'theme.json'), 'utf8')) as {
  light: Record<string, string>;
  dark: Record<string, string>;
};

/** Every `@name` variable app.json uses (DevTools resolves them from theme.json per system theme). */
function themeVariables(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string' && value.startsWith('@')) found.add(value.slice(1));
  else if (Array.isArray(value)) value.forEach((v) => themeVariables(v, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => themeVariables(v, found));
  return found;
}

describe('dark mode', () => {
  it('is declared in app.json with a theme file', () => {
    expect(appJson.darkmode).toBe(true);
    expect(appJson.themeLocation).toBe('theme.json');
  });

  it('defines every variable app.json uses in both the light and the dark theme', () => {
    const used = [...themeVariables(appJson)];
    expect(used.length).toBeGreaterThan(5);
    for (const name of used) {
      expect(theme.light[name]).toBeDefined();
      expect(theme.dark[name]).toBeDefined();
    }
    expect(Object.keys(theme.dark).sort()).toEqual(Object.keys(theme.light).sort());
  });

  it('uses the values WeChat accepts for text and border styles', () => {
    for (const mode of [theme.light, theme.dark]) {
      expect(['black', 'white']).toContain(mode.navText);
      expect(['black', 'white']).toContain(mode.tabBorder);
      expect(['dark', 'light']).toContain(mode.bgTextStyle);
    }
    expect(theme.light.navBg).not.toBe(theme.dark.navBg);
  });

  it('switches the page colours in app.wxss for a dark system theme and for the learner forcing dark', () => {
    const wxss = fs.readFileSync(path.join(root, 'app.wxss'), 'utf8');
    expect(wxss).toMatch(/@media \(prefers-color-scheme: dark\)\s*{\s*page\s*{[^}]*--rl-bg:\s*#111111/);
    expect(wxss).toMatch(/\.rl-theme-dark\s*{[^}]*--rl-bg:\s*#111111/);
  });
});

describe('console routes', () => {
  it('and the classroom routes name exactly the pages app.json declares in the console subpackage', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { CONSOLE_ROUTES, CLASSROOM_ROUTES } = require('../../../miniprogram/core/console-routes') as {
      CONSOLE_ROUTES: string[];
      CLASSROOM_ROUTES: string[];
    };
    const subpackages = (appJson.subpackages ?? []) as { root: string; pages: string[] }[];
    const declared = subpackages
      .filter((s) => s.root.replace(/\/$/, '') === 'console')
      .flatMap((s) => s.pages.map((p) => `/console/${p}`));
    expect([...CONSOLE_ROUTES, ...CLASSROOM_ROUTES].sort()).toEqual(declared.sort());
  });
});
