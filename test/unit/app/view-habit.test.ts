import * as fs from 'fs';
import * as path from 'path';

/*
 * One setData habit on the main-package pages: they send through `update` (only the keys that changed) and their
 * text table through `updateText` (only when the language changes), never `setData` directly.
 */
const PAGES = path.resolve(__dirname, '..', '..', '..', 'miniprogram', 'pages');
const MAIN_PAGES = ['learn', 'practice', 'me', 'lesson', 'quiz', 'quiz/result', 'quiz/wrongbook'];

/** What breaks the habit in a page's code. */
function habitProblems(code: string): string[] {
  const problems: string[] = [];
  if (/\.setData\(/.test(code)) problems.push('calls setData directly');
  if (!/\.updateText\(/.test(code)) problems.push('never sends its text table through updateText');
  return problems;
}

describe('main pages send only what changed', () => {
  it.each(MAIN_PAGES)('pages/%s', (page) => {
    const code = fs.readFileSync(path.join(PAGES, page, 'index.ts'), 'utf8');
    expect(habitProblems(code)).toEqual([]);
  });

  it('notices a page that sends setData itself or builds its texts by hand', () => {
    expect(habitProblems('this.setData({ s: localize(T, lang), rows });')).toEqual([
      'calls setData directly',
      'never sends its text table through updateText',
    ]);
    expect(habitProblems('this.updateText(T, lang); this.update({ rows });')).toEqual([]);
  });
});
