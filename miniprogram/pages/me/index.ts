import { LESSONS, SOURCES } from '../../content/index';
import { isLang, t } from '../../core/i18n';
import type { I18nText } from '../../core/i18n';
import { lessonStatus, resetProgress, setLang, setTheme } from '../../core/progress/actions';
import { PROGRESS_KEY, THEME_PREFS } from '../../core/progress/model';
import type { ThemePref } from '../../core/progress/model';
import { bookSize } from '../../core/quiz/wrongbook';
import { i18nBehavior, localize } from '../../behaviors/i18n';
import { confirm, toast } from '../../services/dialog';
import { listKeys, updateProgress } from '../../services/storage';
import { ME_STRINGS } from './strings';
import type { MeStringKey } from './strings';

const VERSION = '0.1.0';

interface Option {
  value: string;
  label: string;
  selected: boolean;
}

interface SourceRow {
  id: string;
  title: string;
  where: string;
  asOf: string;
}

interface MeData {
  s: Record<MeStringKey, string>;
  version: string;
  langs: Option[];
  themes: Option[];
  lessonsRead: string;
  bookSize: number;
  examsTaken: number;
  sources: SourceRow[];
  backups: string[];
}

type MeMethods = {
  onLoad(): void;
  onShow(): void;
  render(): void;
  onLang(e: WechatMiniprogram.TouchEvent): void;
  onTheme(e: WechatMiniprogram.TouchEvent): void;
  onReset(): void;
};

function isThemePref(value: string): value is ThemePref {
  return (THEME_PREFS as readonly string[]).includes(value);
}

const T = ME_STRINGS;

const THEME_LABELS: Readonly<Record<ThemePref, I18nText>> = {
  system: T.themeSystem,
  light: T.themeLight,
  dark: T.themeDark,
};

Component<
  MeData,
  WechatMiniprogram.Component.PropertyOption,
  MeMethods,
  [typeof i18nBehavior],
  Record<never, never>,
  true
>({
  behaviors: [i18nBehavior],
  data: {
    s: localize(ME_STRINGS, 'zh'),
    version: VERSION,
    langs: [],
    themes: [],
    lessonsRead: '',
    bookSize: 0,
    examsTaken: 0,
    sources: [],
    backups: [],
  },
  methods: {
    onLoad() {
      this.render();
    },
    onShow() {
      this.render();
    },
    render() {
      const progress = this.applyPrefs();
      const lang = progress.lang;
      this.updateText(T, lang);
      const read = LESSONS.filter((l) => lessonStatus(progress, l).done).length;
      this.update({
        langs: [
          { value: 'zh', label: '中文', selected: lang === 'zh' },
          { value: 'en', label: 'English', selected: lang === 'en' },
        ],
        themes: THEME_PREFS.map((value) => ({
          value,
          label: t(THEME_LABELS[value], lang),
          selected: progress.theme === value,
        })),
        lessonsRead: `${read} / ${LESSONS.length}`,
        bookSize: bookSize(progress.wrongBook),
        examsTaken: progress.exams.length,
        sources: SOURCES.map((src) => ({ id: src.id, title: t(src.title, lang), where: src.where, asOf: src.asOf })),
        backups: listKeys().filter((k) => k.indexOf(`${PROGRESS_KEY}.backup.`) === 0),
      });
    },
    onLang(e) {
      const value = String(e.currentTarget.dataset.value ?? '');
      if (!isLang(value)) return;
      updateProgress((p) => setLang(p, value));
      this.render();
    },
    onTheme(e) {
      const value = String(e.currentTarget.dataset.value ?? '');
      if (!isThemePref(value)) return;
      updateProgress((p) => setTheme(p, value));
      this.render();
    },
    onReset() {
      const s = this.data.s;
      void confirm({
        title: s.resetTitle,
        content: s.resetBody,
        confirmText: s.resetConfirm,
        cancelText: s.resetCancel,
        danger: true,
      }).then((ok) => {
        if (!ok) return;
        updateProgress(resetProgress);
        toast(this.data.s.resetDone);
        this.render();
      });
    },
  },
});
