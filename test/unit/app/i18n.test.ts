import { formatText, label, localize } from '../../../miniprogram/core/i18n';

describe('core/i18n: one way to show text', () => {
  it('fills a { zh, en } parameter with the words of each language', () => {
    const text = { zh: '当前身份没有“{module}”的权限（{n}）', en: 'No access to "{module}" ({n})' };
    expect(formatText(text, { module: { zh: '开发管理', en: 'development' }, n: 2 })).toEqual({
      zh: '当前身份没有“开发管理”的权限（2）',
      en: 'No access to "development" (2)',
    });
  });

  it('keeps a placeholder without a value visible', () => {
    expect(formatText({ zh: '第 {step} 步', en: 'Step {step}' }, {})).toEqual({
      zh: '第 {step} 步',
      en: 'Step {step}',
    });
  });

  it('shows a label marked bilingual in both languages in English mode, and only then', () => {
    const menu = { zh: '基本设置', en: 'Basic settings', bilingual: true };
    const plain = { zh: '保存', en: 'Save' };
    expect(label(menu, 'en')).toBe('基本设置 · Basic settings');
    expect(label(menu, 'zh')).toBe('基本设置');
    expect(label(plain, 'en')).toBe('Save');
    expect(localize({ menu, plain }, 'en')).toEqual({ menu: '基本设置 · Basic settings', plain: 'Save' });
    expect(localize({ menu, plain }, 'zh')).toEqual({ menu: '基本设置', plain: '保存' });
  });
});
