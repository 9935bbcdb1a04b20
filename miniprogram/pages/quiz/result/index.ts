import { STAGE_TITLES } from '../../../core/content-model';
import { questionById } from '../bank/index';
import { t } from '../../../core/i18n';
import { formatDuration } from '../../../core/progress/format';
import { scoreView, stageScoreRow } from '../../../core/score/view';
import type { ScoreTone } from '../../../core/score/view';
import { MODE_LABELS } from '../../../core/progress/views';
import { localize } from '../../../behaviors/i18n';
import { renderedPage } from '../../../behaviors/page';
import { navigateTo, redirectTo, switchTab, urlWithQuery } from '../../../services/navigation';
import { RESULT_STRINGS } from './strings';
import type { ResultStringKey } from './strings';

interface StageLine {
  stage: string;
  sentence: string;
  tone: ScoreTone;
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
  tone: ScoreTone;
  score: string;
  partial: string;
  verdict: string;
  correctText: string;
  time: string;
  isExam: boolean;
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
    tone: 'fail',
    score: '',
    partial: '',
    verdict: '',
    correctText: '',
    time: '',
    isExam: false,
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
      const score = scoreView(
        { points: r.points, total: r.total, correct: r.correct, passPercent: r.passPercent },
        lang,
      );
      this.update({
        has: true,
        modeLabel: t(MODE_LABELS[r.mode], lang),
        percent: score.percent,
        tone: score.tone,
        score: score.score,
        partial: score.partial,
        verdict: score.verdict,
        correctText: `${r.correct} / ${r.total}`,
        time: formatDuration(r.durationMs, lang),
        isExam: r.mode === 'exam',
        timedOut: r.timedOut === true,
        stages: r.byStage.map((b) => ({
          stage: b.stage,
          ...stageScoreRow(
            t(STAGE_TITLES[b.stage], lang),
            { points: b.points, total: b.total, correct: b.correct, passPercent: r.passPercent },
            lang,
          ),
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
