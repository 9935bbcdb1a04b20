import { STAGE_TITLES } from '../../../core/content-model';
import { questionById } from '../bank/index';
import { t } from '../../../core/i18n';
import { formatDuration, formatPercent, formatPoints } from '../../../core/progress/format';
import { MODE_LABELS } from '../../../core/progress/views';
import { localize } from '../../../behaviors/i18n';
import { renderedPage } from '../../../behaviors/page';
import { navigateTo, redirectTo, switchTab, urlWithQuery } from '../../../services/navigation';
import { RESULT_STRINGS } from './strings';
import type { ResultStringKey } from './strings';

interface StageLine {
  stage: string;
  title: string;
  text: string;
  percent: number;
}

interface WrongLine {
  id: string;
  prompt: string;
  lessonId: string;
  sectionId: string;
}

interface ResultData {
  s: Record<ResultStringKey, string>;
  has: boolean;
  modeLabel: string;
  percent: string;
  correctText: string;
  points: string;
  time: string;
  isExam: boolean;
  passed: boolean;
  passMark: string;
  timedOut: boolean;
  stages: StageLine[];
  wrong: WrongLine[];
  canAgain: boolean;
}

type ResultMethods = {
  render(): void;
  onRetryWrong(): void;
  onAgain(): void;
  onPractice(): void;
  onBook(): void;
  onWrongTap(e: WechatMiniprogram.TouchEvent): void;
};

renderedPage<ResultData, ResultMethods>({
  data: {
    s: localize(RESULT_STRINGS, 'zh'),
    has: false,
    modeLabel: '',
    percent: '',
    correctText: '',
    points: '',
    time: '',
    isExam: false,
    passed: false,
    passMark: '',
    timedOut: false,
    stages: [],
    wrong: [],
    canAgain: false,
  },
  methods: {
    render() {
      const progress = this.applyPrefs();
      const lang = progress.lang;
      this.updateText(RESULT_STRINGS, lang);
      const r = progress.lastResult;
      if (!r) {
        this.update({ has: false });
        return;
      }
      const wrong: WrongLine[] = [];
      for (const id of r.wrongIds) {
        const q = questionById(id);
        if (q) wrong.push({ id, prompt: t(q.prompt, lang), lessonId: q.lessonId, sectionId: q.sectionId });
      }
      this.update({
        has: true,
        modeLabel: t(MODE_LABELS[r.mode], lang),
        percent: formatPercent(r.percent),
        correctText: `${r.correct} / ${r.total}`,
        points: `${formatPoints(r.points)} / ${r.total}`,
        time: formatDuration(r.durationMs, lang),
        isExam: r.mode === 'exam',
        passed: r.passed === true,
        passMark: r.passPercent !== undefined ? formatPercent(r.passPercent) : '',
        timedOut: r.timedOut === true,
        stages: r.byStage.map((b) => ({
          stage: b.stage,
          title: t(STAGE_TITLES[b.stage], lang),
          text: `${b.correct} / ${b.total}`,
          percent: b.total ? Math.round((b.points / b.total) * 100) : 0,
        })),
        wrong,
        canAgain: r.mode === 'lesson' || r.mode === 'stage' || r.mode === 'mixed' || r.mode === 'exam',
      });
    },
    onRetryWrong() {
      redirectTo('/pages/quiz/index?mode=retry');
    },
    onAgain() {
      const progress = this.applyPrefs();
      const r = progress.lastResult;
      if (!r) return;
      redirectTo(urlWithQuery('/pages/quiz/index', { mode: r.mode, id: r.target }));
    },
    onPractice() {
      switchTab('/pages/practice/index');
    },
    onBook() {
      navigateTo('/pages/quiz/wrongbook/index');
    },
    onWrongTap(e) {
      const lessonId = String(e.currentTarget.dataset.lesson ?? '');
      const sectionId = String(e.currentTarget.dataset.section ?? '');
      if (lessonId) navigateTo(urlWithQuery('/pages/lesson/index', { id: lessonId, section: sectionId }));
    },
  },
});
