import { isFiniteNumber, isNonNegativeInt, isRecord, isRecordOf, optional } from '../storage/guards';

/**
 * The wrong-answer book (错题本): every question answered wrongly (or only partly right) comes back on a spaced
 * schedule computed by FSRS (ts-fsrs, in the practice subpackage: pages/quiz/schedule.ts; this module is the book's
 * data and queries, which the tab pages need without the scheduler). It leaves the book after it is answered right on schedule this many times in a row.
 */
export const REVIEWS_TO_GRADUATE = 3;

/** An FSRS card as plain JSON: dates as epoch milliseconds. */
export interface StoredCard {
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly elapsed_days: number;
  readonly scheduled_days: number;
  readonly learning_steps: number;
  readonly reps: number;
  readonly lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  readonly state: number;
  readonly last_review?: number;
}

export interface WrongBookEntry {
  readonly questionId: string;
  readonly addedAt: number;
  readonly card: StoredCard;
  /** Right answers on schedule since the last mistake. */
  readonly streak: number;
  /** Times answered wrongly (or only partly right). */
  readonly mistakes: number;
  readonly lastAnsweredAt: number;
}

export interface WrongBook {
  readonly entries: Readonly<Record<string, WrongBookEntry>>;
}

export const EMPTY_WRONG_BOOK: WrongBook = { entries: {} };

/**
 * What an answer did to the book: a new entry, a lapse (wrong again), a step forward on schedule, leaving the book,
 * a right answer before it was due (which does not count), or nothing (right answer to a question not in the book).
 */
export type BookEvent = 'added' | 'lapsed' | 'advanced' | 'graduated' | 'early' | 'none';

/** The last millisecond of the local calendar day containing `now`. */
export function endOfLocalDay(now: number): number {
  const d = new Date(now);
  d.setHours(23, 59, 59, 999);
  return d.getTime();
}

/** An entry is due when its review date falls today or earlier; reviewing it then counts as "on schedule". */
export function isDue(entry: WrongBookEntry, now: number): boolean {
  return entry.card.due <= endOfLocalDay(now);
}

/**
 * The card of a new mistake: FSRS's empty card (ts-fsrs `createEmptyCard`) due at `now`, written out so the main
 * package does not need ts-fsrs (test/unit/quiz/schedule.test.ts proves it equals ts-fsrs's own).
 */
export function newCard(now: number): StoredCard {
  return {
    due: now,
    stability: 0,
    difficulty: 0,
    elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
  };
}

/** A question answered wrongly for the first time: a new entry, due at once. */
export function newEntry(questionId: string, now: number): WrongBookEntry {
  return { questionId, addedAt: now, card: newCard(now), streak: 0, mistakes: 1, lastAnsweredAt: now };
}

/** The book with `entries` as its entries. */
export function withEntries(entries: Record<string, WrongBookEntry>): WrongBook {
  return { entries };
}

/** Every entry, soonest due first (ties by question ID, for a stable list). */
export function listEntries(book: WrongBook): WrongBookEntry[] {
  return Object.keys(book.entries)
    .map((k) => book.entries[k])
    .sort((a, b) => a.card.due - b.card.due || (a.questionId < b.questionId ? -1 : 1));
}

/** Entries due today or earlier, soonest first. */
export function dueEntries(book: WrongBook, now: number): WrongBookEntry[] {
  return listEntries(book).filter((e) => isDue(e, now));
}

export function dueCount(book: WrongBook, now: number): number {
  return dueEntries(book, now).length;
}

export function bookSize(book: WrongBook): number {
  return Object.keys(book.entries).length;
}

/** When the next entry falls due, or undefined for an empty book. */
export function nextDueAt(book: WrongBook): number | undefined {
  const first = listEntries(book)[0];
  return first ? first.card.due : undefined;
}

/** Takes a question out of the book by hand ("I know this now"). */
export function removeEntry(book: WrongBook, questionId: string): WrongBook {
  if (!book.entries[questionId]) return book;
  const entries = { ...book.entries };
  delete entries[questionId];
  return withEntries(entries);
}

/** Drops entries whose question no longer exists in the bank (after a content update). */
export function pruneUnknown(book: WrongBook, exists: (questionId: string) => boolean): WrongBook {
  const entries: Record<string, WrongBookEntry> = {};
  let changed = false;
  for (const k of Object.keys(book.entries)) {
    if (exists(k)) entries[k] = book.entries[k];
    else changed = true;
  }
  return changed ? withEntries(entries) : book;
}

function isStoredCard(value: unknown): value is StoredCard {
  return (
    isRecord(value) &&
    isFiniteNumber(value.due) &&
    isFiniteNumber(value.stability) &&
    isFiniteNumber(value.difficulty) &&
    isFiniteNumber(value.elapsed_days) &&
    isFiniteNumber(value.scheduled_days) &&
    isNonNegativeInt(value.learning_steps) &&
    isNonNegativeInt(value.reps) &&
    isNonNegativeInt(value.lapses) &&
    isNonNegativeInt(value.state) &&
    value.state <= 3 &&
    optional(value.last_review, isFiniteNumber)
  );
}

function isEntry(value: unknown, key: string): value is WrongBookEntry {
  return (
    isRecord(value) &&
    value.questionId === key &&
    isFiniteNumber(value.addedAt) &&
    isStoredCard(value.card) &&
    isNonNegativeInt(value.streak) &&
    isNonNegativeInt(value.mistakes) &&
    isFiniteNumber(value.lastAnsweredAt)
  );
}

export function isWrongBook(value: unknown): value is WrongBook {
  return isRecord(value) && isRecordOf(value.entries, isEntry);
}
