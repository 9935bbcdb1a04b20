import { LESSONS } from '../../content/index';
import { QUESTION_INDEX } from '../../content/question-index';
import { t } from '../../core/i18n';
import { formatPercent } from '../../core/progress/format';
import { bestScoreLine, bestScoreRow } from '../../core/score/view';
import type { ScoreTone } from '../../core/score/view';
import { learnPath, practiceSummary } from '../../core/progress/views';
import { DEFAULT_EXAM } from '../../core/quiz/exam';
import { SCORING_RULES } from '../../core/quiz/grading';
import { MIXED_QUIZ_SIZE } from '../../core/quiz/run';
import type { Points } from '../../core/quiz/score';
import { localize } from '../../behaviors/i18n';
import { renderedPage } from '../../behaviors/page';
import { navigateTo, urlWithQuery } from '../../services/navigation';
import { PRACTICE_STRINGS } from './strings';
import type { PracticeStringKey } from './strings';

interface QuizRow {
  key: string;
  mode: 'lesson' | 'stage';
  id: string;
  title: string;
  meta: string;
  tone: string;
  count: number;
}

interface StageGroup {
  stage: string;
  title: string;
  lessons: QuizRow[];
}

interface PracticeData {
  s: Record<PracticeStringKey, string>;
  hasActive: boolean;
  bookSize: number;
  due: number;
  bookLine: string;
  examRules: string;
  examHistory: string;
  /** The best exam against the pass mark colours the history line. */
  examTone: ScoreTone | 'none';
  mixedLine: string;
  startMixed: string;
  multipleRule: string;
  stageRows: QuizRow[];
  groups: StageGroup[];
}

type PracticeMethods = {
  render(): void;
  onResume(): void;
  onReview(): void;
  onOpenBook(): void;
  onExam(): void;
  onMixed(): void;
  onQuiz(e: WechatMiniprogram.TouchEvent): void;
};

const T = PRACTICE_STRINGS;

renderedPage<PracticeData, PracticeMethods>({
  data: {
    s: localize(PRACTICE_STRINGS, 'zh'),
    hasActive: false,
    bookSize: 0,
    due: 0,
    bookLine: '',
    examRules: '',
    examHistory: '',
    examTone: 'none',
    mixedLine: '',
    startMixed: '',
    multipleRule: '',
    stageRows: [],
    groups: [],
  },
  methods: {
    render() {
      const progress = this.applyPrefs();
      const lang = progress.lang;
      this.updateText(PRACTICE_STRINGS, lang);
      const summary = practiceSummary(progress, Date.now());
      const path = learnPath(progress, LESSONS, QUESTION_INDEX, lang);
      const row = (count: number, best: Points | null) => {
        const r = bestScoreRow(count, best, lang);
        return { meta: r.sentence, tone: r.tone };
      };
      const active = progress.activeRun;
      const bestExamLine = bestScoreLine(summary.bestExam, lang);
      this.update({
        hasActive: active !== undefined && active.finishedAt === undefined,
        bookSize: summary.bookSize,
        due: summary.dueToday,
        bookLine: summary.bookSize
          ? t(T.bookLine, lang, { size: summary.bookSize, due: summary.dueToday })
          : t(T.bookEmpty, lang),
        examRules: t(T.examRules, lang, {
          count: DEFAULT_EXAM.questionCount,
          minutes: DEFAULT_EXAM.durationMinutes,
          pass: DEFAULT_EXAM.passPercent,
        }),
        examHistory:
          summary.examsTaken > 0
            ? t(T.examHistory, lang, {
                taken: summary.examsTaken,
                best: bestExamLine.sentence,
                last: summary.lastExam ? formatPercent(summary.lastExam) : '',
              })
            : '',
        examTone: bestExamLine.tone,
        mixedLine: t(T.mixedLine, lang, { count: MIXED_QUIZ_SIZE }),
        startMixed: t(T.startMixed, lang, { count: MIXED_QUIZ_SIZE }),
        multipleRule: t(SCORING_RULES.multiple, lang),
        stageRows: path.map((st) => ({
          key: `stage:${st.stage}`,
          mode: 'stage',
          id: st.stage,
          title: `${st.step}. ${st.title}`,
          ...row(st.questionCount, st.best),
          count: st.questionCount,
        })),
        groups: path.map((st) => ({
          stage: st.stage,
          title: `${st.step}. ${st.title}`,
          lessons: st.lessons.map((l) => ({
            key: `lesson:${l.id}`,
            mode: 'lesson',
            id: l.id,
            title: l.title,
            ...row(l.questionCount, l.best),
            count: l.questionCount,
          })),
        })),
      });
    },
    onResume() {
      navigateTo('/pages/quiz/index?mode=resume');
    },
    onReview() {
      if (this.data.due > 0) navigateTo('/pages/quiz/index?mode=review');
    },
    onOpenBook() {
      navigateTo('/pages/quiz/wrongbook/index');
    },
    onExam() {
      navigateTo('/pages/quiz/index?mode=exam');
    },
    onMixed() {
      navigateTo('/pages/quiz/index?mode=mixed');
    },
    onQuiz(e) {
      const mode = String(e.currentTarget.dataset.mode ?? '');
      const id = String(e.currentTarget.dataset.id ?? '');
      const count = Number(e.currentTarget.dataset.count ?? 0);
      if ((mode === 'lesson' || mode === 'stage') && id && count > 0) {
        navigateTo(urlWithQuery('/pages/quiz/index', { mode, id }));
      }
    },
  },
});
