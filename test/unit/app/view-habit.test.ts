import * as fs from 'fs';
import * as path from 'path';

/*
 * One setData habit on the main-package pages and the console pages and components: they send through `update`
 * (only the keys that changed) and their text table through `updateText` (only when the language changes), never
 * `setData` directly. Components whose only text is a `textBehavior` table get it through `updateText` too.
 */
const MP = path.resolve(__dirname, '..', '..', '..', 'miniprogram');
const MAIN_PAGES = ['learn', 'practice', 'me', 'lesson', 'quiz', 'quiz/result', 'quiz/wrongbook'].map(
  (p) => `pages/${p}/index.ts`,
);

/** Every page and component of the console subpackage (a folder with index.json + index.ts), except the engine's. */
function consoleViews(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (!e.isDirectory() || e.name === 'engine' || e.name === 'vendor' || e.name === 'missions') return [];
    const full = path.join(dir, e.name);
    const own = fs.existsSync(path.join(full, 'index.json')) ? [path.relative(MP, path.join(full, 'index.ts'))] : [];
    return own.concat(consoleViews(full));
  });
}
const CONSOLE_VIEWS = consoleViews(path.join(MP, 'console'));
/** The console code beside the pages that sets data for them (form parts, the shared behaviour). */
const CONSOLE_HELPERS = [
  'console/behaviors/console.ts',
  'console/behaviors/console-page.ts',
  'console/behaviors/texts.ts',
  'console/register/account.ts',
];

/** What breaks the habit in a page's code. */
function habitProblems(code: string): string[] {
  const problems: string[] = [];
  if (/\.setData\(/.test(code)) problems.push('calls setData directly');
  if (!/\.updateText\(|textBehavior\(/.test(code)) problems.push('never sends its text table through updateText');
  return problems;
}

describe('pages and components send only what changed', () => {
  it('finds the console pages and components', () => {
    expect(CONSOLE_VIEWS.length).toBeGreaterThanOrEqual(15);
  });

  it.each(MAIN_PAGES.concat(CONSOLE_VIEWS))('%s', (file) => {
    const code = fs.readFileSync(path.join(MP, file), 'utf8');
    expect(habitProblems(code)).toEqual([]);
  });

  it.each(CONSOLE_HELPERS)('%s never calls setData directly', (file) => {
    expect(fs.readFileSync(path.join(MP, file), 'utf8')).not.toMatch(/\.setData\(/);
  });

  it('notices a page that sends setData itself or builds its texts by hand', () => {
    expect(habitProblems('this.setData({ s: localize(T, lang), rows });')).toEqual([
      'calls setData directly',
      'never sends its text table through updateText',
    ]);
    expect(habitProblems('this.updateText(T, lang); this.update({ rows });')).toEqual([]);
    expect(habitProblems('behaviors: [textBehavior(T)]')).toEqual([]);
  });
});
