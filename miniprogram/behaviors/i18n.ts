import { t } from '../core/i18n';
import { STORAGE_TEXTS } from '../core/storage/texts';
import type { Lang } from '../core/i18n';
import type { Progress, ThemePref } from '../core/progress/model';
import { applyChrome } from '../services/chrome';
import { alert, setDialogLanguage } from '../services/dialog';
import { SERVICE_TEXT } from '../services/texts';
import { readProgress, takeStorageNotice } from '../services/storage';
import { viewBehavior } from './view';

/** The root class that forces a theme (see app.wxss); '' follows the system. */
export function themeClassOf(theme: ThemePref): string {
  if (theme === 'light') return 'rl-theme-light';
  if (theme === 'dark') return 'rl-theme-dark';
  return '';
}

export { localize } from '../core/i18n';

const NOTICE_TITLE = STORAGE_TEXTS.progressNoticeTitle;

export interface I18nData {
  lang: Lang;
  /** Put on the page root next to `rl-page`: `class="rl-page {{themeClass}}"`. */
  themeClass: string;
}

export type I18nMethods = {
  /**
   * Reads the learner's language and theme and applies them to `lang` / `themeClass` and to WeChat's chrome (navigation
   * bar colour and title, tab bar style and labels: services/chrome.ts) (call from onLoad and onShow).
   * Shows the storage notice once per app run if saved progress could not be read. Returns the progress.
   */
  applyPrefs(): Progress;
  /** The share menu (转发): the product's title in the learner's language, opening at the 学习 tab. */
  onShareAppMessage(): WechatMiniprogram.Page.ICustomShareContent;
};

/** Language and theme for every page; the learner picks both in 我的 and they are stored with their progress. */
export const i18nBehavior = Behavior<
  I18nData,
  WechatMiniprogram.Behavior.PropertyOption,
  I18nMethods,
  [typeof viewBehavior]
>({
  behaviors: [viewBehavior],
  data: { lang: 'zh', themeClass: '' },
  methods: {
    applyPrefs() {
      const progress = readProgress();
      const themeClass = themeClassOf(progress.theme);
      this.update({ lang: progress.lang, themeClass });
      setDialogLanguage(progress.lang);
      // The navigation bar, tab bar and window background follow the same choice (a page's `route`; '' elsewhere).
      applyChrome((this as unknown as { route?: string }).route ?? '', progress.lang, progress.theme);
      const notice = takeStorageNotice();
      if (notice) void alert(t(NOTICE_TITLE, progress.lang), t(notice.message, progress.lang), progress.lang);
      return progress;
    },
    onShareAppMessage() {
      return { title: t(SERVICE_TEXT.shareTitle, readProgress().lang), path: '/pages/learn/index' };
    },
  },
});
