import { QUESTIONS } from '../../../miniprogram/pages/quiz/bank/index';
import { hasChinese, questionTexts, untaughtChinese } from '../../helpers/taught-terms';

describe('the question bank in English', () => {
  it('names a console term English first with the Chinese term in brackets, never in bare Chinese', () => {
    const found = QUESTIONS.flatMap((q) =>
      untaughtChinese(
        questionTexts(q).map((x) => x.en),
        [],
        'englishFirst',
      ).map((line) => `${q.id}: ${line}`),
    );
    expect(found).toEqual([]);
  });

  it('does teach the Chinese terms: dozens of questions gloss the term the console shows', () => {
    expect(QUESTIONS.filter((q) => questionTexts(q).some((x) => hasChinese(x.en))).length).toBeGreaterThan(30);
  });

  it('tells a taught term from a bare or Chinese-first one', () => {
    const wrong = ['Open 管理 → 开发管理', 'Click 发布 (publish) now', 'Click 发布', '"学习" has 2'];
    expect(untaughtChinese(wrong, [], 'englishFirst')).toEqual(wrong);
    const right = [
      'Open Management → Development management (管理 → 开发管理)',
      'Click Publish (发布) now',
      '"study" ("学习") has 2',
    ];
    expect(untaughtChinese(right, [], 'englishFirst')).toEqual([]);
    // Other pages also label a console term Chinese first: "基本设置 · Basic settings", "垃圾邮件" (spam).
    expect(untaughtChinese(['基本设置 · Basic settings', '"垃圾邮件" (spam)'])).toEqual([]);
  });
});
