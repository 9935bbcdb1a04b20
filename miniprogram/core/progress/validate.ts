import { isLang } from '../i18n';
import { isQuizResult, isQuizRun, isStageId } from '../quiz/guards';
import { isWrongBook } from '../quiz/wrongbook';
import type { WrongBookEntry } from '../quiz/wrongbook';
import type { Points } from '../quiz/score';
import type { Salvage } from '../storage/envelope';
import { isFiniteNumber, isNonNegativeInt, isRecord, isRecordOf, isStringArray, optional } from '../storage/guards';
import { MAX_EXAM_HISTORY, THEME_PREFS, initialProgress } from './model';
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

/** Points of a total: 0 ≤ points ≤ total, total a positive whole number. */
function isPoints(value: unknown): value is Points {
  return (
    isRecord(value) &&
    isNonNegativeInt(value.total) &&
    value.total > 0 &&
    isFiniteNumber(value.points) &&
    value.points >= 0 &&
    value.points <= value.total
  );
}

function isScoreRecord(value: unknown): value is ScoreRecord {
  return (
    isRecord(value) &&
    isPoints(value.best) &&
    isPoints(value.last) &&
    isNonNegativeInt(value.attempts) &&
    isFiniteNumber(value.lastAt)
  );
}

function isExamRecord(value: unknown): value is ExamRecord {
  return (
    isRecord(value) &&
    isFiniteNumber(value.at) &&
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

/** Copies the entries of `value` that pass `check`; names the others (`<name>.<key>`) in `dropped`. */
function keepEntries<T>(
  value: unknown,
  name: string,
  check: (v: unknown, key: string) => v is T,
  dropped: string[],
): Record<string, T> {
  const kept: Record<string, T> = {};
  if (value === undefined) return kept;
  if (!isRecord(value)) {
    dropped.push(name);
    return kept;
  }
  for (const key of Object.keys(value)) {
    // `__proto__` would set the prototype of a plain object rather than add an entry.
    if (key !== '__proto__' && check(value[key], key)) kept[key] = value[key] as T;
    else dropped.push(`${name}.${key}`);
  }
  return kept;
}

function keepItems<T>(value: unknown, name: string, check: (v: unknown) => v is T, dropped: string[]): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    dropped.push(name);
    return [];
  }
  const kept: T[] = [];
  value.forEach((item: unknown, i) => {
    if (check(item)) kept.push(item);
    else dropped.push(`${name}[${i}]`);
  });
  return kept;
}

function isBookEntry(value: unknown, key: string): value is WrongBookEntry {
  return isWrongBook({ entries: { [key]: value } });
}

/**
 * Keeps every readable record of progress that failed validation: the language and theme, each lesson, score,
 * exam and wrong-answer book entry, the last position, the quiz in progress and the last result, each on its own.
 * What is left out is named (`exams[3]`, `lessons.register-account`, `lang`). Undefined when `data` is not even
 * an object.
 */
export function salvageProgress(data: unknown): Salvage<Progress> | undefined {
  if (typeof data === 'string') return salvageSettingsFromText(data);
  if (!isRecord(data)) return undefined;
  const dropped: string[] = [];
  const base = initialProgress();
  const lang = isLang(data.lang) ? data.lang : base.lang;
  if (!isLang(data.lang)) dropped.push('lang');
  const theme = isThemePref(data.theme) ? data.theme : base.theme;
  if (!isThemePref(data.theme)) dropped.push('theme');
  const lessons = keepEntries(data.lessons, 'lessons', isLessonProgress, dropped);
  const scores = keepEntries(data.scores, 'scores', isScoreRecord, dropped);
  const exams = keepItems(data.exams, 'exams', isExamRecord, dropped);
  const book = isRecord(data.wrongBook) ? data.wrongBook.entries : data.wrongBook;
  const entries = keepEntries(book, 'wrongBook', isBookEntry, dropped);
  let progress: Progress = {
    lang,
    theme,
    lessons,
    scores,
    exams: exams.slice(-MAX_EXAM_HISTORY),
    wrongBook: { entries },
  };
  const optionalParts = [
    ['lastPosition', isLastPosition],
    ['activeRun', isQuizRun],
    ['lastResult', isQuizResult],
  ] as const;
  for (const [name, check] of optionalParts) {
    const value = data[name];
    if (value === undefined) continue;
    if (check(value)) progress = { ...progress, [name]: value };
    else dropped.push(name);
  }
  return { value: progress, dropped };
}

/**
 * From saved text that is not even JSON (e.g. cut off by a failed write), the language and theme are still found
 * when their fields are intact, so the learner is told in their own language; everything else is left out.
 */
function salvageSettingsFromText(text: string): Salvage<Progress> | undefined {
  const lang = /"lang"\s*:\s*"([a-z]+)"/.exec(text);
  const theme = /"theme"\s*:\s*"([a-z]+)"/.exec(text);
  const foundLang = lang && isLang(lang[1]) ? lang[1] : undefined;
  const foundTheme = theme && isThemePref(theme[1]) ? theme[1] : undefined;
  if (!foundLang && !foundTheme) return undefined;
  const base = initialProgress(foundLang);
  return {
    value: foundTheme ? { ...base, theme: foundTheme } : base,
    dropped: ['lessons', 'scores', 'exams', 'wrongBook'],
  };
}
