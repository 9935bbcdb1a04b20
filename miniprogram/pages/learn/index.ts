import { t } from '../../core/i18n';
import { LESSONS } from '../../content/index';
import { QUESTION_INDEX } from '../../content/question-index';
import { continueView, learnPath } from '../../core/progress/views';
import type { ContinueView, LessonRow, StageRow } from '../../core/progress/views';
import { bestScoreLine } from '../../core/score/view';
import type { ScoreTone } from '../../core/score/view';
import { localize } from '../../behaviors/i18n';
import { renderedPage } from '../../behaviors/page';
import { navigateTo, switchTab, urlWithQuery } from '../../services/navigation';
import { LEARN_STRINGS } from './strings';
import type { LearnStringKey } from './strings';

interface LessonItem extends LessonRow {
  meta: string;
  /** The best quiz score against the pass mark, coloured by tone; empty when the quiz was never taken. */
  score: string;
  tone: ScoreTone | 'none';
  aria: string;
}

interface StageItem extends Omit<StageRow, 'lessons'> {
  stepLabel: string;
  doneText: string;
  lessons: LessonItem[];
}

interface LearnData {
  s: Record<LearnStringKey, string>;
  resume: ContinueView | null;
  resumeAction: string;
  stages: StageItem[];
}

// A type alias (not an interface) so it satisfies api-typings' index-signature constraint on methods.
type LearnMethods = {
  render(): void;
  onContinue(): void;
  onLesson(e: WechatMiniprogram.TouchEvent): void;
};

// The four steps of the access flow (fact C-05) as a path, each with its lessons and the learner's progress.
const T = LEARN_STRINGS;

renderedPage<LearnData, LearnMethods>({
  data: { s: localize(LEARN_STRINGS, 'zh'), resume: null, resumeAction: '', stages: [] },
  methods: {
    render() {
      const progress = this.applyPrefs();
      const lang = progress.lang;
      const s = this.updateText(T, lang);
      const resume = continueView(progress, LESSONS, lang);
      const stages: StageItem[] = learnPath(progress, LESSONS, QUESTION_INDEX, lang).map((stage) => ({
        ...stage,
        stepLabel: t(T.step, lang, { step: stage.step }),
        doneText: t(T.lessonsDone, lang, { done: stage.lessonsDone, total: stage.lessons.length }),
        lessons: stage.lessons.map((l) => {
          const meta = l.done ? s.done : t(T.sectionsSeen, lang, { seen: l.seen, total: l.total });
          const best = bestScoreLine(l.best, lang);
          const score = best.sentence ? t(T.best, lang, { score: best.sentence }) : '';
          return {
            ...l,
            meta,
            score,
            tone: best.tone,
            aria: score ? `${l.title}, ${meta}, ${score}` : `${l.title}, ${meta}`,
          };
        }),
      }));
      const resumeAction =
        resume.kind === 'quiz'
          ? s.continueQuiz
          : resume.kind === 'done'
            ? s.toPractice
            : resume.detail && resume.sectionId
              ? s.continueLesson
              : s.startLesson;
      this.update({ resume, resumeAction, stages });
    },
    onContinue() {
      const resume = this.data.resume;
      if (!resume) return;
      if (resume.kind === 'quiz') navigateTo('/pages/quiz/index?mode=resume');
      else if (resume.kind === 'lesson')
        navigateTo(urlWithQuery('/pages/lesson/index', { id: resume.lessonId, section: resume.sectionId }));
      else switchTab('/pages/practice/index');
    },
    onLesson(e) {
      const id = String(e.currentTarget.dataset.id ?? '');
      if (id) navigateTo(urlWithQuery('/pages/lesson/index', { id }));
    },
  },
});
