import {
  EMPTY_WRONG_BOOK,
  REVIEWS_TO_GRADUATE,
  bookSize,
  dueCount,
  dueEntries,
  endOfLocalDay,
  isWrongBook,
  listEntries,
  nextDueAt,
  newCard,
  pruneUnknown,
  removeEntry,
} from '../../../miniprogram/core/quiz/wrongbook';
import type { WrongBook } from '../../../miniprogram/core/quiz/wrongbook';
import { emptyCard, recordAnswer } from '../../../miniprogram/pages/quiz/schedule';

const DAY = 86400000;
/** 10:00 local time, so "today" has room either side whatever the time zone. */
const T0 = new Date(2026, 0, 15, 10, 0, 0).getTime();

function entryDue(book: WrongBook, id: string): number {
  const e = book.entries[id];
  if (!e) throw new Error(`${id} not in the book`);
  return e.card.due;
}

describe('wrong-answer book (FSRS)', () => {
  it('adds a wrongly answered question, due at once', () => {
    const { book, event } = recordAnswer(EMPTY_WRONG_BOOK, 'q1', 0, T0);
    expect(event).toBe('added');
    expect(bookSize(book)).toBe(1);
    expect(book.entries.q1).toMatchObject({
      questionId: 'q1',
      addedAt: T0,
      streak: 0,
      mistakes: 1,
      lastAnsweredAt: T0,
    });
    expect(entryDue(book, 'q1')).toBe(T0);
    expect(dueCount(book, T0)).toBe(1);
    expect(EMPTY_WRONG_BOOK.entries).toEqual({});
  });

  it('partial credit also goes into the book; a right answer to a question not in it changes nothing', () => {
    expect(recordAnswer(EMPTY_WRONG_BOOK, 'q1', 0.5, T0).event).toBe('added');
    const none = recordAnswer(EMPTY_WRONG_BOOK, 'q1', 1, T0);
    expect(none.event).toBe('none');
    expect(none.book).toBe(EMPTY_WRONG_BOOK);
  });

  it(`spaces the reviews and lets a question go after ${REVIEWS_TO_GRADUATE} right answers on schedule`, () => {
    expect(REVIEWS_TO_GRADUATE).toBe(3);
    let book = recordAnswer(EMPTY_WRONG_BOOK, 'q1', 0, T0).book;

    let r = recordAnswer(book, 'q1', 1, T0 + 60000);
    expect(r.event).toBe('advanced');
    book = r.book;
    expect(book.entries.q1.streak).toBe(1);
    const due1 = entryDue(book, 'q1');
    expect(due1).toBe(T0 + 60000 + 3 * DAY);
    expect(dueCount(book, T0 + DAY)).toBe(0);

    // A right answer before it is due does not count.
    r = recordAnswer(book, 'q1', 1, T0 + DAY);
    expect(r.event).toBe('early');
    expect(r.book).toBe(book);

    r = recordAnswer(book, 'q1', 1, due1);
    expect(r.event).toBe('advanced');
    book = r.book;
    expect(book.entries.q1.streak).toBe(2);
    const due2 = entryDue(book, 'q1');
    expect(due2 - due1).toBeGreaterThan(7 * DAY);

    r = recordAnswer(book, 'q1', 1, due2);
    expect(r.event).toBe('graduated');
    expect(bookSize(r.book)).toBe(0);
  });

  it('a mistake resets the streak and brings the question back sooner', () => {
    let book = recordAnswer(EMPTY_WRONG_BOOK, 'q1', 0, T0).book;
    book = recordAnswer(book, 'q1', 1, T0).book;
    book = recordAnswer(book, 'q1', 1, entryDue(book, 'q1')).book;
    expect(book.entries.q1.streak).toBe(2);
    const beforeLapse = entryDue(book, 'q1');
    const at = beforeLapse;
    const r = recordAnswer(book, 'q1', 0, at);
    expect(r.event).toBe('lapsed');
    expect(r.book.entries.q1.streak).toBe(0);
    expect(r.book.entries.q1.mistakes).toBe(2);
    expect(r.book.entries.q1.card.lapses).toBe(1);
    expect(entryDue(r.book, 'q1') - at).toBeLessThanOrEqual(2 * DAY);
    expect(entryDue(r.book, 'q1')).toBeGreaterThan(at);
  });

  it('is deterministic: the same answers at the same times give the same book', () => {
    const play = () => {
      let b = recordAnswer(EMPTY_WRONG_BOOK, 'a', 0, T0).book;
      b = recordAnswer(b, 'b', 0, T0 + 1000).book;
      b = recordAnswer(b, 'a', 1, T0 + 2000).book;
      b = recordAnswer(b, 'b', 0, T0 + 3000).book;
      return b;
    };
    expect(play()).toEqual(play());
  });

  it('counts what is due today against the given now, soonest first', () => {
    let book = recordAnswer(EMPTY_WRONG_BOOK, 'late', 0, T0).book;
    book = recordAnswer(book, 'early', 0, T0 - 1000).book;
    book = recordAnswer(book, 'tomorrow', 0, T0).book;
    book = recordAnswer(book, 'tomorrow', 1, T0).book; // now due in 3 days
    expect(dueEntries(book, T0).map((e) => e.questionId)).toEqual(['early', 'late']);
    expect(dueCount(book, T0)).toBe(2);
    // Still "today" late in the evening; all three due three days later.
    expect(dueCount(book, endOfLocalDay(T0))).toBe(2);
    expect(dueCount(book, T0 + 3 * DAY)).toBe(3);
    expect(listEntries(book).map((e) => e.questionId)).toEqual(['early', 'late', 'tomorrow']);
    expect(nextDueAt(book)).toBe(T0 - 1000);
    expect(nextDueAt(EMPTY_WRONG_BOOK)).toBeUndefined();
  });

  it('end of the local day is the last millisecond before local midnight', () => {
    const end = endOfLocalDay(T0);
    expect(new Date(end).getDate()).toBe(15);
    expect(new Date(end + 1).getDate()).toBe(16);
    expect(new Date(end + 1).getHours()).toBe(0);
  });

  it('can remove an entry by hand and prune questions that no longer exist', () => {
    let book = recordAnswer(EMPTY_WRONG_BOOK, 'a', 0, T0).book;
    book = recordAnswer(book, 'b', 0, T0).book;
    expect(Object.keys(removeEntry(book, 'a').entries)).toEqual(['b']);
    expect(removeEntry(book, 'zzz')).toBe(book);
    expect(Object.keys(pruneUnknown(book, (id) => id === 'b').entries)).toEqual(['b']);
    expect(pruneUnknown(book, () => true)).toBe(book);
  });

  it('survives JSON and validates its shape', () => {
    let book = recordAnswer(EMPTY_WRONG_BOOK, 'a', 0, T0).book;
    book = recordAnswer(book, 'a', 1, T0).book;
    const copy: unknown = JSON.parse(JSON.stringify(book));
    expect(copy).toEqual(book);
    expect(isWrongBook(copy)).toBe(true);
    expect(isWrongBook({ entries: { a: { ...book.entries.a, questionId: 'b' } } })).toBe(false);
    expect(isWrongBook({ entries: { a: { ...book.entries.a, card: { ...book.entries.a.card, state: 9 } } } })).toBe(
      false,
    );
    expect(isWrongBook({ entries: [] })).toBe(false);
    // A restored book keeps scheduling exactly as the original would.
    const fromCopy = recordAnswer(copy as WrongBook, 'a', 1, T0 + 3 * DAY);
    const fromOriginal = recordAnswer(book, 'a', 1, T0 + 3 * DAY);
    expect(fromCopy).toEqual(fromOriginal);
  });
});

describe('the main package’s new card (no ts-fsrs there)', () => {
  it('is exactly ts-fsrs’s empty card, at any time', () => {
    for (const at of [T0, T0 + 12345, 0]) expect(newCard(at)).toEqual(emptyCard(at));
  });

  it('is what a first mistake stores', () => {
    const { book } = recordAnswer(EMPTY_WRONG_BOOK, 'q1', 0, T0);
    expect(book.entries.q1.card).toEqual(newCard(T0));
  });
});
