import { STAGES, STAGE_TITLES } from '../content-model';
import type { Lesson, StageId } from '../content-model';
import type { QuestionIndex } from '../../content/question-index';
import { t } from '../i18n';
import type { Lang } from '../i18n';
import { bookSize, dueCount, nextDueAt } from '../quiz/wrongbook';
import { answeredCount } from '../quiz/run';
import type { QuizMode } from '../quiz/run';
import { pointsOf, type Points } from '../quiz/score';
import { bestExam, continueTarget, lessonStatus, scoreKey } from './actions';
import type { Progress } from './model';
import { MODE_LABELS, CONTINUE_TEXT } from './texts';
export { MODE_LABELS, CONTINUE_TEXT } from './texts';

/** Plain view models the pages render. Pure: built from progress and content, in one language. */

/** Lessons in course order: by stage (C-05), then by their order within the stage. */
export function courseOrder(lessons: readonly Lesson[]): Lesson[] {
  return lessons.slice().sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || a.order - b.order);
}

export interface LessonRow {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly seen: number;
  readonly total: number;
  readonly percent: number;
  readonly done: boolean;
  readonly questionCount: number;
  /** Best score of this lesson's quiz; null when never taken. */
  readonly best: Points | null;
}

export interface StageRow {
  readonly stage: StageId;
  /** 1–4, the step number in the access flow. */
  readonly step: number;
  readonly title: string;
  readonly lessons: readonly LessonRow[];
  readonly lessonsDone: number;
  readonly questionCount: number;
  /** Best score of this stage's quiz; null when never taken. */
  readonly best: Points | null;
}

function best(progress: Progress, mode: QuizMode, target: string): Points | null {
  const record = progress.scores[scoreKey(mode, target)];
  return record ? record.best : null;
}

/** The four stages as a path, each with its lessons and how far the learner got. */
export function learnPath(
  progress: Progress,
  lessons: readonly Lesson[],
  counts: QuestionIndex,
  lang: Lang,
): StageRow[] {
  const ordered = courseOrder(lessons);
  return STAGES.map((stage, i) => {
    const rows: LessonRow[] = ordered
      .filter((l) => l.stage === stage)
      .map((l) => {
        const status = lessonStatus(progress, l);
        return {
          id: l.id,
          title: t(l.title, lang),
          summary: t(l.summary, lang),
          seen: status.seen,
          total: status.total,
          percent: status.percent,
          done: status.done,
          questionCount: Object.prototype.hasOwnProperty.call(counts.byLesson, l.id) ? counts.byLesson[l.id] : 0,
          best: best(progress, 'lesson', l.id),
        };
      });
    return {
      stage,
      step: i + 1,
      title: t(STAGE_TITLES[stage], lang),
      lessons: rows,
      lessonsDone: rows.filter((r) => r.done).length,
      questionCount: counts.byStage[stage],
      best: best(progress, 'stage', stage),
    };
  });
}

/** "Continue where you left off", ready to show: what, where, and the link's parts. */
export interface ContinueView {
  readonly kind: 'lesson' | 'quiz' | 'done';
  readonly title: string;
  readonly detail: string;
  readonly lessonId: string;
  readonly sectionId: string;
}

export function continueView(progress: Progress, lessons: readonly Lesson[], lang: Lang): ContinueView {
  const ordered = courseOrder(lessons);
  const target = continueTarget(progress, ordered);
  if (target.kind === 'quiz') {
    const run = target.run;
    const lesson = run.mode === 'lesson' ? ordered.find((l) => l.id === run.target) : undefined;
    const stage = run.mode === 'stage' ? STAGES.find((s) => s === run.target) : undefined;
    const what = lesson ? t(lesson.title, lang) : stage ? t(STAGE_TITLES[stage], lang) : '';
    const label = t(MODE_LABELS[run.mode], lang);
    return {
      kind: 'quiz',
      title: what ? `${label} · ${what}` : label,
      detail: t(CONTINUE_TEXT.answered, lang, { answered: answeredCount(run), total: run.items.length }),
      lessonId: '',
      sectionId: '',
    };
  }
  if (target.kind === 'lesson') {
    const lesson = ordered.find((l) => l.id === target.lessonId);
    const section = lesson && target.sectionId ? lesson.sections.find((s) => s.id === target.sectionId) : undefined;
    const status = lesson ? lessonStatus(progress, lesson) : undefined;
    const started = status !== undefined && status.seen > 0;
    return {
      kind: 'lesson',
      title: lesson ? t(lesson.title, lang) : target.lessonId,
      detail: section
        ? t(section.title, lang)
        : started
          ? t(CONTINUE_TEXT.sectionsRead, lang, { seen: status.seen, total: status.total })
          : t(CONTINUE_TEXT.startHere, lang),
      lessonId: target.lessonId,
      sectionId: target.sectionId ?? '',
    };
  }
  return {
    kind: 'done',
    title: t(CONTINUE_TEXT.allRead, lang),
    detail: t(CONTINUE_TEXT.testYourself, lang),
    lessonId: '',
    sectionId: '',
  };
}

export interface PracticeSummary {
  readonly bookSize: number;
  readonly dueToday: number;
  /** Epoch ms of the next review, or -1 for an empty book. */
  readonly nextDue: number;
  readonly examsTaken: number;
  /** Best (by exact ratio) and last exam, null when none. */
  readonly bestExam: Points | null;
  readonly lastExam: Points | null;
  readonly lastExamPassed: boolean;
}

export function practiceSummary(progress: Progress, now: number): PracticeSummary {
  const last = progress.exams.length ? progress.exams[progress.exams.length - 1] : undefined;
  const top = bestExam(progress);
  return {
    bookSize: bookSize(progress.wrongBook),
    dueToday: dueCount(progress.wrongBook, now),
    nextDue: nextDueAt(progress.wrongBook) ?? -1,
    examsTaken: progress.exams.length,
    bestExam: top ? pointsOf(top) : null,
    lastExam: last ? pointsOf(last) : null,
    lastExamPassed: last ? last.passed : false,
  };
}
