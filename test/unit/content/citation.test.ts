import { sourceLine, sourceWhere } from '../../../miniprogram/content/citation';
import { SOURCES } from '../../../miniprogram/content/index';

const CJK = /[\u3400-\u9fff\uff00-\uffef]/;

describe('citations as a learner reads them', () => {
  it('reads title · publisher · date', () => {
    expect(sourceLine(SOURCES[0], 'en').split(' · ')).toHaveLength(3);
  });

  it('points at the web address when a source has one, even inside a Chinese description', () => {
    const notice = SOURCES.find((s) => s.where.includes('（转载 http'));
    expect(notice).toBeDefined();
    if (notice) expect(sourceWhere(notice, 'en')).toMatch(/^https:\/\/\S+\.html$/);
  });

  it('shows a two-language description in the learner’s language only', () => {
    const seed = SOURCES.find((s) => s.kind === 'seed');
    expect(seed).toBeDefined();
    if (!seed) return;
    expect(sourceWhere(seed, 'zh')).toBe('团队收集的教程存档');
    expect(sourceWhere(seed, 'en')).toBe('tutorial collected by the team');
  });

  it('gives an English reader no Chinese in where a source is (titles may quote the console terms they teach)', () => {
    for (const src of SOURCES) {
      const text = sourceWhere(src, 'en');
      expect({ id: src.id, text, cjk: CJK.test(text) }).toEqual({ id: src.id, text, cjk: false });
    }
  });
});
