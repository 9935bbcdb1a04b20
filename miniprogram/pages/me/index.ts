import { LESSONS, SOURCES } from '../../content/index';
import { sourceLine, sourceWhere } from '../../content/citation';
import { format, isLang, t } from '../../core/i18n';
import type { I18nText, Lang } from '../../core/i18n';
import { bestExam, lessonStatus, resetProgress, setLang, setTheme } from '../../core/progress/actions';
import { examScoreLine } from '../../core/score/view';
import type { BestScoreRow } from '../../core/score/view';
import { PROGRESS_KEY, THEME_PREFS } from '../../core/progress/model';
import type { ThemePref } from '../../core/progress/model';
import { bookSize } from '../../core/quiz/wrongbook';
import { localize } from '../../behaviors/i18n';
import { renderedPage } from '../../behaviors/page';
import { alert, confirm, toast } from '../../services/dialog';
import { navigateTo } from '../../services/navigation';
import { CLASSROOM_PAGES } from '../../core/console-routes';
import { CONSOLE_KEY, restoreConsoleBackup } from '../../services/sandbox';
import {
  deleteBackup,
  listBackups,
  restoreProblemText,
  restoreProgressBackup,
  updateProgress,
} from '../../services/storage';
import type { BackupEntry } from '../../services/storage';
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
  /** "title · publisher · date". */
  line: string;
  where: string;
}

interface BackupRow {
  key: string;
  what: string;
  when: string;
  size: string;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function backupRow(entry: BackupEntry, s: Record<MeStringKey, string>): BackupRow {
  const d = new Date(entry.at);
  const when = `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
  const size = entry.bytes < 1024 ? `${entry.bytes} B` : `${Math.ceil(entry.bytes / 1024)} KB`;
  return { key: entry.key, what: entry.of === CONSOLE_KEY ? s.backupOfConsole : s.backupOfProgress, when, size };
}

interface MeData {
  s: Record<MeStringKey, string>;
  version: string;
  langs: Option[];
  themes: Option[];
  lessonsRead: string;
  bookSize: number;
  examsTaken: number;
  lastExam: BestScoreRow;
  bestExam: BestScoreRow;
  sources: SourceRow[];
  backups: BackupRow[];
}

type MeMethods = {
  render(): void;
  onLang(e: WechatMiniprogram.TouchEvent): void;
  onTheme(e: WechatMiniprogram.TouchEvent): void;
  onReset(): void;
  onClassroom(): void;
  onRestoreBackup(e: WechatMiniprogram.TouchEvent): void;
  onDeleteBackup(e: WechatMiniprogram.TouchEvent): void;
  restoreBackupKey(key: string, lang: Lang): void;
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

renderedPage<MeData, MeMethods>({
  data: {
    s: localize(ME_STRINGS, 'zh'),
    version: VERSION,
    langs: [],
    themes: [],
    lessonsRead: '',
    bookSize: 0,
    examsTaken: 0,
    lastExam: { tone: 'none', sentence: '' },
    bestExam: { tone: 'none', sentence: '' },
    sources: [],
    backups: [],
  },
  methods: {
    render() {
      const progress = this.applyPrefs();
      const lang = progress.lang;
      const s = this.updateText(T, lang);
      const read = LESSONS.filter((l) => lessonStatus(progress, l).done).length;
      this.update({
        langs: [
          { value: 'zh', label: s.langZh, selected: lang === 'zh' },
          { value: 'en', label: s.langEn, selected: lang === 'en' },
        ],
        themes: THEME_PREFS.map((value) => ({
          value,
          label: t(THEME_LABELS[value], lang),
          selected: progress.theme === value,
        })),
        lessonsRead: `${read} / ${LESSONS.length}`,
        bookSize: bookSize(progress.wrongBook),
        examsTaken: progress.exams.length,
        lastExam: examScoreLine(progress.exams[progress.exams.length - 1], lang),
        bestExam: examScoreLine(bestExam(progress), lang),
        sources: SOURCES.map((src) => ({ id: src.id, line: sourceLine(src, lang), where: sourceWhere(src, lang) })),
        backups: listBackups([PROGRESS_KEY, CONSOLE_KEY]).map((entry) => backupRow(entry, s)),
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
    onClassroom() {
      navigateTo(CLASSROOM_PAGES.join);
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
    onRestoreBackup(e) {
      const key = String(e.currentTarget.dataset.key ?? '');
      const row = this.data.backups.find((b) => b.key === key);
      if (!row) return;
      const s = this.data.s;
      void confirm({
        title: s.backupRestoreTitle,
        content: format(s.backupRestoreBody, { what: row.what }),
        confirmText: s.backupRestore,
        cancelText: s.resetCancel,
      }).then((ok) => {
        if (ok) this.restoreBackupKey(key, this.data.lang);
      });
    },
    restoreBackupKey(key, lang) {
      const result = key.indexOf(`${CONSOLE_KEY}.`) === 0 ? restoreConsoleBackup(key) : restoreProgressBackup(key);
      this.render();
      const s = this.data.s;
      if (!result.ok) void alert(s.backupRestoreFailed, t(restoreProblemText(result.problem), lang), lang);
      else if (result.dropped.length > 0) {
        void alert(s.backupRestored, format(s.backupRestoredPartly, { dropped: result.dropped.join(', ') }), lang);
      } else toast(s.backupRestored);
    },
    onDeleteBackup(e) {
      const key = String(e.currentTarget.dataset.key ?? '');
      const s = this.data.s;
      void confirm({
        title: s.backupDeleteTitle,
        content: `${key}\n${s.backupDeleteBody}`,
        confirmText: s.backupDelete,
        cancelText: s.resetCancel,
        danger: true,
      }).then((ok) => {
        if (!ok) return;
        if (deleteBackup(key)) toast(this.data.s.backupDeleted);
        this.render();
      });
    },
  },
});
