import { Rating, createEmptyCard, fsrs } from './vendor/ts-fsrs/index';
import type { Card } from './vendor/ts-fsrs/index';
import { REVIEWS_TO_GRADUATE, isDue, newEntry, withEntries } from '../../core/quiz/wrongbook';
import type { BookEvent, StoredCard, WrongBook, WrongBookEntry } from '../../core/quiz/wrongbook';
import type { Progress } from '../../core/progress/model';

/**
 * The wrong-answer book's FSRS scheduling (ts-fsrs). It lives in the practice subpackage with the vendored ts-fsrs:
 * only answering a question reschedules the book; the tab pages only read it (core/quiz/wrongbook.ts).
 */

/**
 * Day-level spacing (no short-term learning steps) and no random fuzz, so the same answers at the same times always
 * give the same schedule: a new mistake is due at once, then after about 3 days, then about 2 weeks.
 */
const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

function toCard(c: StoredCard): Card {
  const { due, last_review, ...figures } = c;
  return { ...figures, due: new Date(due), last_review: last_review === undefined ? undefined : new Date(last_review) };
}

export function fromCard(c: Card): StoredCard {
  const stored: StoredCard = {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
  };
  return c.last_review ? { ...stored, last_review: c.last_review.getTime() } : stored;
}

/** ts-fsrs's own empty card, as stored (tests compare it with `newCard`, which the main package uses). */
export function emptyCard(now: number): StoredCard {
  return fromCard(createEmptyCard(new Date(now)));
}

/** Records one graded answer (score 0–1; anything below 1 is a mistake) and returns the new book. */
export function recordAnswer(
  book: WrongBook,
  questionId: string,
  score: number,
  now: number,
): { book: WrongBook; event: BookEvent } {
  const entry = book.entries[questionId];
  const entries: Record<string, WrongBookEntry> = { ...book.entries };
  if (score < 1) {
    if (!entry) {
      entries[questionId] = newEntry(questionId, now);
      return { book: withEntries(entries), event: 'added' };
    }
    const next = scheduler.next(toCard(entry.card), new Date(now), Rating.Again);
    entries[questionId] = {
      ...entry,
      card: fromCard(next.card),
      streak: 0,
      mistakes: entry.mistakes + 1,
      lastAnsweredAt: now,
    };
    return { book: withEntries(entries), event: 'lapsed' };
  }
  if (!entry) return { book, event: 'none' };
  if (!isDue(entry, now)) return { book, event: 'early' };
  const streak = entry.streak + 1;
  if (streak >= REVIEWS_TO_GRADUATE) {
    delete entries[questionId];
    return { book: withEntries(entries), event: 'graduated' };
  }
  const next = scheduler.next(toCard(entry.card), new Date(now), Rating.Good);
  entries[questionId] = { ...entry, card: fromCard(next.card), streak, lastAnsweredAt: now };
  return { book: withEntries(entries), event: 'advanced' };
}

/** Records one graded answer in the learner's wrong-answer book. */
export function applyAnswer(
  progress: Progress,
  questionId: string,
  score: number,
  now: number,
): { progress: Progress; event: BookEvent } {
  const { book, event } = recordAnswer(progress.wrongBook, questionId, score, now);
  return { progress: book === progress.wrongBook ? progress : { ...progress, wrongBook: book }, event };
}
