import { isLang } from '../i18n';
import { isQuizResult, isQuizRun, isStageId } from '../quiz/guards';
import { isWrongBook } from '../quiz/wrongbook';
import { isFiniteNumber, isNonNegativeInt, isRecord, isRecordOf, isStringArray, optional } from '../storage/guards';
import { THEME_PREFS } from './model';
import type { ExamRecord, LastPosition, LessonProgress, Progress, ScoreRecord, ThemePref } from './model';

export function isThemePref(value: unknown): value is ThemePref {
  return typeof value === 'string' && (THEME_PREFS as readonly string[]).includes(value);
}

function isLessonProgress(value: unknown): value is LessonProgress {
  return (
    isRecord(value) &&
    isStringArray(value.seen) &&
    optional(value.completedAt, isFiniteNumber) &&
    optional(value.lastSectionId, (v): v is string => typeof v === 'string') &&
    isFiniteNumber(value.updatedAt)
  );
}

function isScoreRecord(value: unknown): value is ScoreRecord {
  return (
    isRecord(value) &&
    isFiniteNumber(value.best) &&
    isFiniteNumber(value.last) &&
    isNonNegativeInt(value.attempts) &&
    isFiniteNumber(value.lastAt)
  );
}

function isExamRecord(value: unknown): value is ExamRecord {
  return (
    isRecord(value) &&
    isFiniteNumber(value.at) &&
    isFiniteNumber(value.percent) &&
    isFiniteNumber(value.points) &&
    isNonNegativeInt(value.total) &&
    typeof value.passed === 'boolean' &&
    typeof value.timedOut === 'boolean' &&
    isFiniteNumber(value.durationMs) &&
    Array.isArray(value.byStage) &&
    value.byStage.every(
      (row) =>
        isRecord(row) &&
        isStageId(row.stage) &&
        isNonNegativeInt(row.total) &&
        isNonNegativeInt(row.correct) &&
        isFiniteNumber(row.points),
    )
  );
}

function isLastPosition(value: unknown): value is LastPosition {
  if (!isRecord(value) || !isFiniteNumber(value.at)) return false;
  if (value.kind === 'lesson') {
    return typeof value.lessonId === 'string' && optional(value.sectionId, (v): v is string => typeof v === 'string');
  }
  return value.kind === 'quiz' && typeof value.runId === 'string';
}

/** The progress validator the versioned store runs after migrations. */
export function isProgress(value: unknown): value is Progress {
  return (
    isRecord(value) &&
    isLang(value.lang) &&
    isThemePref(value.theme) &&
    isRecordOf(value.lessons, isLessonProgress) &&
    isRecordOf(value.scores, isScoreRecord) &&
    Array.isArray(value.exams) &&
    value.exams.every(isExamRecord) &&
    isWrongBook(value.wrongBook) &&
    optional(value.lastPosition, isLastPosition) &&
    optional(value.activeRun, isQuizRun) &&
    optional(value.lastResult, isQuizResult)
  );
}
