import { STAGES, STAGE_TITLES } from '../../core/content-model';
import type { CalloutKind, Lesson } from '../../core/content-model';
import { lessonById, lessonPath, nextLessonOf } from '../../content/index';
import { datedAsOf } from '../../content/citation';
import { questionCountFor } from '../../content/question-index';
import { consoleUrlFor } from '../../core/available-routes';
import { t } from '../../core/i18n';
import { lessonStatus, markSectionSeen, scoreKey } from '../../core/progress/actions';
import { bestScoreLine } from '../../core/score/view';
import type { BestScoreRow } from '../../core/score/view';
import { i18nBehavior, localize } from '../../behaviors/i18n';
import { toast } from '../../services/dialog';
import { navigateBack, navigateTo, redirectTo, urlWithQuery } from '../../services/navigation';
import { queryParam } from '../../core/page-query';
import { readProgress, updateProgress } from '../../services/storage';
import { CALLOUT_LABELS, LESSON_STRINGS } from './strings';
import type { LessonStringKey } from './strings';
import { practiceLink, sourceRows } from './view';
import type { SourceRow } from './view';

interface SectionChip {
  id: string;
  n: number;
  title: string;
  seen: boolean;
  current: boolean;
  aria: string;
}

interface CalloutRow {
  key: string;
  kind: CalloutKind;
  label: string;
  text: string;
  /** "2022" when the callout rests on a fact older than 2024, else ''. */
  asOf: string;
}

interface LessonData {
  s: Record<LessonStringKey, string>;
  found: boolean;
  lessonId: string;
  stepLabel: string;
  title: string;
  summary: string;
  chips: SectionChip[];
  index: number;
  count: number;
  sectionTitle: string;
  paragraphs: string[];
  callouts: CalloutRow[];
  /** "本节部分内容依据的资料截至 2022…" when the section rests on facts older than 2024, else ''. */
  datedNote: string;
  progressText: string;
  done: boolean;
  sources: SourceRow[];
  /** The section's mission to practise it (its title and URL), or null. */
  practice: { label: string; url: string } | null;
  hasConsole: boolean;
  consoleAvailable: boolean;
  consoleLabel: string;
  questionCount: number;
  quizLabel: string;
  /** The best score of this lesson's quiz against the pass mark, under its button ('' sentence when never taken). */
  quizScore: BestScoreRow;
  /** At the last section: the next lesson's ID (its button reads 下一课), else ''. */
  nextLessonId: string;
}

type LessonMethods = {
  onLoad(query: Record<string, string | undefined>): void;
  onShow(): void;
  render(): void;
  show(index: number): void;
  onChip(e: WechatMiniprogram.TouchEvent): void;
  onPrev(): void;
  onNext(): void;
  onConsole(): void;
  onPractice(): void;
  onQuiz(): void;
  onBack(): void;
};

interface LessonInstance {
  lesson?: Lesson;
}

const T = LESSON_STRINGS;

Component<
  LessonData,
  WechatMiniprogram.Component.PropertyOption,
  LessonMethods,
  [typeof i18nBehavior],
  LessonInstance,
  true
>({
  behaviors: [i18nBehavior],
  data: {
    s: localize(LESSON_STRINGS, 'zh'),
    found: true,
    lessonId: '',
    stepLabel: '',
    title: '',
    summary: '',
    chips: [],
    index: 0,
    count: 0,
    sectionTitle: '',
    paragraphs: [],
    callouts: [],
    datedNote: '',
    progressText: '',
    done: false,
    sources: [],
    practice: null,
    hasConsole: false,
    consoleAvailable: false,
    consoleLabel: '',
    questionCount: 0,
    quizLabel: '',
    quizScore: { tone: 'none', sentence: '' },
    nextLessonId: '',
  },
  methods: {
    onLoad(query) {
      const progress = this.applyPrefs();
      const lesson = lessonById(queryParam(query, 'id'));
      if (!lesson || lesson.sections.length === 0) {
        this.updateText(T, progress.lang);
        this.update({ found: false });
        return;
      }
      this.lesson = lesson;
      const wanted = queryParam(query, 'section');
      const record = progress.lessons[lesson.id];
      const start = wanted || (record && record.lastSectionId) || '';
      const index = Math.max(
        0,
        lesson.sections.findIndex((s) => s.id === start),
      );
      this.show(index);
    },
    onShow() {
      const progress = this.applyPrefs();
      if (this.lesson) this.render();
      else this.updateText(T, progress.lang);
    },
    show(index) {
      const lesson = this.lesson;
      if (!lesson) return;
      const i = Math.max(0, Math.min(lesson.sections.length - 1, index));
      this.update({ index: i });
      updateProgress((p) => markSectionSeen(p, lesson, lesson.sections[i].id, Date.now()));
      this.render();
    },
    render() {
      const lesson = this.lesson;
      if (!lesson) return;
      const progress = readProgress();
      const lang = progress.lang;
      const s = this.updateText(T, lang);
      const record = progress.lessons[lesson.id];
      const seen = record ? record.seen : [];
      const i = this.data.index;
      const section = lesson.sections[i];
      const status = lessonStatus(progress, lesson);
      const link = lesson.console;
      const scoreRecord = progress.scores[scoreKey('lesson', lesson.id)];
      const dated = datedAsOf(section.factIds);
      const questionCount = questionCountFor(lesson.id);
      this.update({
        found: true,
        lessonId: lesson.id,
        stepLabel: t(T.step, lang, {
          step: STAGES.indexOf(lesson.stage) + 1,
          stage: t(STAGE_TITLES[lesson.stage], lang),
        }),
        title: t(lesson.title, lang),
        summary: t(lesson.summary, lang),
        chips: lesson.sections.map((sec, n) => {
          const title = t(sec.title, lang);
          const wasSeen = seen.includes(sec.id);
          return {
            id: sec.id,
            n: n + 1,
            title,
            seen: wasSeen,
            current: n === i,
            aria: `${n + 1}. ${title} (${wasSeen ? s.seen : s.notSeen})`,
          };
        }),
        count: lesson.sections.length,
        nextLessonId: i + 1 >= lesson.sections.length ? (nextLessonOf(lesson.id)?.id ?? '') : '',
        sectionTitle: t(section.title, lang),
        paragraphs: section.paragraphs.map((p) => t(p, lang)),
        callouts: section.callouts.map((c, n) => ({
          key: `${section.id}:${n}`,
          kind: c.kind,
          label: t(CALLOUT_LABELS[c.kind], lang),
          text: t(c.text, lang),
          asOf: datedAsOf(c.factIds).join('、'),
        })),
        datedNote: dated.length > 0 ? t(T.datedNote, lang, { dates: dated.join('、') }) : '',
        progressText: t(T.progress, lang, { seen: status.seen, total: status.total }),
        done: status.done,
        sources: sourceRows(lesson.sources, lang),
        practice: practiceLink(section, lang),
        hasConsole: link !== undefined,
        consoleAvailable: link !== undefined && consoleUrlFor(link.target) !== undefined,
        consoleLabel: link ? t(link.label, lang) : '',
        questionCount,
        quizLabel: t(T.quizCount, lang, { count: questionCount }),
        quizScore: bestScoreLine(scoreRecord ? scoreRecord.best : null, lang),
      });
    },
    onChip(e) {
      this.show(Number(e.currentTarget.dataset.n));
    },
    onPrev() {
      this.show(this.data.index - 1);
    },
    onNext() {
      if (this.data.index + 1 < this.data.count) this.show(this.data.index + 1);
      else if (this.data.nextLessonId) redirectTo(lessonPath(this.data.nextLessonId));
    },
    onConsole() {
      const link = this.lesson ? this.lesson.console : undefined;
      if (!link) return;
      const url = consoleUrlFor(link.target);
      if (url) navigateTo(url);
      else toast(this.data.s.comingSoon);
    },
    onPractice() {
      if (this.data.practice) navigateTo(this.data.practice.url);
    },
    onQuiz() {
      if (!this.lesson || this.data.questionCount === 0) return;
      navigateTo(urlWithQuery('/pages/quiz/index', { mode: 'lesson', id: this.lesson.id }));
    },
    onBack() {
      navigateBack();
    },
  },
});
