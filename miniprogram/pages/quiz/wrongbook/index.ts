import { STAGE_TITLES } from '../../../core/content-model';
import { questionById } from '../bank/index';
import { t } from '../../../core/i18n';
import { updateProgress } from '../../../services/storage';
import { formatDue } from '../../../core/progress/format';
import {
  REVIEWS_TO_GRADUATE,
  dueCount,
  isDue,
  listEntries,
  pruneUnknown,
  removeEntry,
} from '../../../core/quiz/wrongbook';
import { describeAnswer } from '../../../core/quiz/view';
import { localize } from '../../../behaviors/i18n';
import { renderedPage } from '../../../behaviors/page';
import { confirm } from '../../../services/dialog';
import { navigateTo, switchTab } from '../../../services/navigation';
import { WRONGBOOK_STRINGS } from './strings';
import type { WrongbookStringKey } from './strings';

interface EntryRow {
  id: string;
  prompt: string;
  stage: string;
  due: string;
  isDue: boolean;
  streak: string;
  mistakes: number;
  open: boolean;
  answer: string[];
  explanation: string;
}

interface WrongbookData {
  s: Record<WrongbookStringKey, string>;
  total: number;
  due: number;
  entries: EntryRow[];
  openId: string;
}

type WrongbookMethods = {
  render(): void;
  onToggle(e: WechatMiniprogram.TouchEvent): void;
  onRemove(e: WechatMiniprogram.TouchEvent): void;
  onReview(): void;
  onPractice(): void;
};

renderedPage<WrongbookData, WrongbookMethods>({
  data: { s: localize(WRONGBOOK_STRINGS, 'zh'), total: 0, due: 0, entries: [], openId: '' },
  methods: {
    render() {
      this.applyPrefs();
      // Questions removed from the bank by a content update leave the book quietly.
      const progress = updateProgress((p) => {
        const pruned = pruneUnknown(p.wrongBook, (id) => questionById(id) !== undefined);
        return pruned === p.wrongBook ? p : { ...p, wrongBook: pruned };
      });
      const lang = progress.lang;
      const now = Date.now();
      const entries: EntryRow[] = [];
      for (const e of listEntries(progress.wrongBook)) {
        const q = questionById(e.questionId);
        if (!q) continue;
        const open = e.questionId === this.data.openId;
        entries.push({
          id: e.questionId,
          prompt: t(q.prompt, lang),
          stage: t(STAGE_TITLES[q.stage], lang),
          due: formatDue(e.card.due, now, lang),
          isDue: isDue(e, now),
          streak: `${e.streak}/${REVIEWS_TO_GRADUATE}`,
          mistakes: e.mistakes,
          open,
          answer: open ? describeAnswer(q, lang) : [],
          explanation: open ? t(q.explanation, lang) : '',
        });
      }
      this.updateText(WRONGBOOK_STRINGS, lang);
      this.update({
        total: entries.length,
        due: dueCount(progress.wrongBook, now),
        entries,
      });
    },
    onToggle(e) {
      const id = String(e.currentTarget.dataset.id ?? '');
      this.update({ openId: this.data.openId === id ? '' : id });
      this.render();
    },
    onRemove(e) {
      const id = String(e.currentTarget.dataset.id ?? '');
      const s = this.data.s;
      void confirm({
        title: s.removeTitle,
        content: s.removeBody,
        confirmText: s.confirm,
        cancelText: s.cancel,
        danger: true,
      }).then((ok) => {
        if (!ok) return;
        updateProgress((p) => ({ ...p, wrongBook: removeEntry(p.wrongBook, id) }));
        this.render();
      });
    },
    onReview() {
      if (this.data.due > 0) navigateTo('/pages/quiz/index?mode=review');
    },
    onPractice() {
      switchTab('/pages/practice/index');
    },
  },
});
