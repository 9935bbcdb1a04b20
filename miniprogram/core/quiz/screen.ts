/**
 * The quiz page's view state, derived from the run, the question on screen, what the learner has picked so far and
 * what the last answer did to the wrong-answer book. Pure: the page only stores the run and sends what this returns
 * (through `update`, so only what changed).
 */
import type { Question, QuestionType } from '../content-model';
import { t } from '../i18n';
import type { I18nText, Lang } from '../i18n';
import type { Progress } from '../progress/model';
import { formatClock, formatPoints } from '../progress/format';
import { MODE_LABELS } from '../progress/views';
import { isStageId } from './guards';
import { expectedResponse, isSubmittable } from './grading';
import type { GradeOutcome, QuizResponse } from './grading';
import { answeredCount, currentItem, timeLeftMs } from './run';
import type { QuizMode, QuizRun, QuizSpec } from './run';
import { REVIEWS_TO_GRADUATE, dueEntries } from './wrongbook';
import type { BookEvent, WrongBook } from './wrongbook';
import { describeAnswer, trueFalseResponse, viewQuestion } from './view';
import type { QuestionView } from './view';
import { QUIZ_SCREEN_TEXT } from './texts';
export { QUIZ_SCREEN_TEXT } from './texts';

const TEXT = QUIZ_SCREEN_TEXT;

const LETTERS = 'ABCDEFGHIJ';

const HINTS: Partial<Record<QuestionType, I18nText>> = {
  order: TEXT.orderHint,
  mistake: TEXT.mistakeHint,
  multiple: TEXT.multipleHint,
};

/** One option, item to order, or true/false choice as drawn, with its state after answering. */
export interface ChoiceRow {
  /** Unique per question and choice, for wx:key (so a new question replaces the rows instead of reusing them). */
  readonly key: string;
  readonly index: number;
  readonly text: string;
  /** Letter (A, B…) or, for ordering, the position the learner gave it (blank until placed). */
  readonly mark: string;
  readonly selected: boolean;
  /** '' before answering; afterwards right / wrong / missed (a right option not chosen). */
  readonly state: '' | 'right' | 'wrong' | 'missed';
  readonly label: string;
}

export interface FieldRow {
  readonly key: string;
  readonly index: number;
  readonly label: string;
  readonly value: string;
  readonly selected: boolean;
  readonly state: '' | 'right' | 'wrong';
  readonly aria: string;
}

export interface Feedback {
  readonly outcome: GradeOutcome;
  readonly title: string;
  readonly points: string;
  readonly answerLines: readonly string[];
  readonly explanation: string;
  readonly bookNote: string;
  readonly lessonId: string;
  readonly sectionId: string;
}

/** Everything the quiz page shows for the question on screen (its `s` text table aside). */
export interface QuizScreen {
  readonly ready: true;
  readonly empty: false;
  readonly modeLabel: string;
  readonly position: number;
  readonly total: number;
  readonly percent: number;
  readonly isExam: boolean;
  readonly clock: string;
  readonly question: QuestionView;
  readonly hint: string;
  readonly choiceRole: 'radio' | 'checkbox' | 'button';
  readonly choices: readonly ChoiceRow[];
  readonly fields: readonly FieldRow[];
  /** Original indexes picked so far (one for single, true/false and mistake; a set or a sequence otherwise). */
  readonly picked: readonly number[];
  readonly canSubmit: boolean;
  readonly answered: boolean;
  readonly isLast: boolean;
  readonly feedback: Feedback | null;
}

/** The screen before a question is shown (and of an empty quiz): nothing to draw yet. */
export type BlankScreen = Omit<QuizScreen, 'ready' | 'empty' | 'question'> & {
  readonly ready: boolean;
  readonly empty: boolean;
  readonly question: QuestionView | null;
};

export const BLANK_SCREEN: BlankScreen = {
  ready: false,
  empty: false,
  modeLabel: '',
  position: 0,
  total: 0,
  percent: 0,
  isExam: false,
  clock: '',
  question: null,
  hint: '',
  choiceRole: 'radio',
  choices: [],
  fields: [],
  picked: [],
  canSubmit: false,
  answered: false,
  isLast: false,
  feedback: null,
};

/**
 * The saved run to continue, if any: an unfinished active run whose questions all still exist in the bank, and that
 * is the quiz asked for (any such run for 'resume').
 */
export function resumableRun(
  progress: Progress,
  mode: QuizMode | 'resume',
  target: string,
  exists: (questionId: string) => boolean,
): QuizRun | undefined {
  const active = progress.activeRun;
  if (!active || active.finishedAt !== undefined || !active.items.every((i) => exists(i.questionId))) return undefined;
  return mode === 'resume' || (active.mode === mode && active.target === target) ? active : undefined;
}

/** What the last answer did to the wrong-answer book (for the note under the feedback). */
export interface BookNote {
  readonly event?: BookEvent;
  /** The entry's streak after the answer. */
  readonly streak: number;
}

/** The run a page's query asks for, given the learner's progress (review: the due entries; retry: the last misses). */
export function specFor(mode: QuizMode, target: string, progress: Progress, now: number): QuizSpec | undefined {
  switch (mode) {
    case 'lesson':
      return target ? { mode, lessonId: target } : undefined;
    case 'stage':
      return isStageId(target) ? { mode, stage: target } : undefined;
    case 'mixed':
    case 'exam':
      return { mode };
    case 'review':
      return { mode, questionIds: dueEntries(progress.wrongBook, now).map((e) => e.questionId) };
    case 'retry':
      return { mode, questionIds: progress.lastResult ? progress.lastResult.wrongIds : [] };
  }
}

/** The response the picked choices stand for, or undefined while nothing is picked. */
export function responseFor(question: Question, picked: readonly number[]): QuizResponse | undefined {
  if (picked.length === 0) return undefined;
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: picked[0] };
    case 'multiple':
      return { type: 'multiple', choices: picked.slice() };
    case 'truefalse':
      return trueFalseResponse(picked[0]);
    case 'order':
      return { type: 'order', sequence: picked.slice() };
    case 'mistake':
      return { type: 'mistake', field: picked[0] };
  }
}

/** The picked indexes a stored response stands for (to redraw an answered question after a restart). */
export function pickedFor(response: QuizResponse): number[] {
  switch (response.type) {
    case 'single':
      return [response.choice];
    case 'multiple':
      return response.choices.slice();
    case 'truefalse':
      return [response.value ? 1 : 0];
    case 'order':
      return response.sequence.slice();
    case 'mistake':
      return [response.field];
  }
}

/** A tap on choice `index`: toggles it for multiple choice and ordering, replaces the pick otherwise. */
export function togglePick(type: QuestionType, picked: readonly number[], index: number): number[] {
  if (type !== 'multiple' && type !== 'order') return [index];
  return picked.includes(index) ? picked.filter((i) => i !== index) : picked.concat([index]);
}

/** Which shown choices are right, for marking them after an answer. */
function rightChoices(question: Question): number[] {
  const expected = expectedResponse(question);
  if (expected.type === 'truefalse') return [expected.value ? 1 : 0];
  return pickedFor(expected);
}

/** The note after an answer to `questionId` did `event` to the book (a question that left it has done its reviews). */
export function noteAfter(book: WrongBook, questionId: string, event: BookEvent | undefined): BookNote {
  const entry = book.entries[questionId];
  return { event, streak: entry ? entry.streak : REVIEWS_TO_GRADUATE };
}

/** The note on what the answer did to the wrong-answer book ('' for nothing). */
export function bookNoteText(note: BookNote, lang: Lang): string {
  switch (note.event) {
    case 'added':
      return t(TEXT.bookAdded, lang);
    case 'lapsed':
      return t(TEXT.bookLapsed, lang);
    case 'advanced':
      return t(TEXT.bookAdvanced, lang, { streak: note.streak, total: REVIEWS_TO_GRADUATE });
    case 'graduated':
      return t(TEXT.bookGraduated, lang);
    case 'early':
      return t(TEXT.bookEarly, lang);
    default:
      return '';
  }
}

function outcomeOf(score: number): GradeOutcome {
  return score >= 1 ? 'correct' : score > 0 ? 'partial' : 'wrong';
}

function choiceMark(type: QuestionType, position: number, placed: number): string {
  if (type === 'order') return placed ? String(placed) : '';
  return type === 'truefalse' ? '' : LETTERS[position];
}

/**
 * The screen for the run's current question. `picked` is what the learner has picked on an unanswered question
 * (ignored once it is answered: the stored response is shown). Exams show no verdict.
 */
export function quizScreen(
  run: QuizRun,
  question: Question,
  picked: readonly number[],
  note: BookNote,
  lang: Lang,
  now: number,
): QuizScreen {
  const item = currentItem(run);
  const view = viewQuestion(question, item, lang);
  const answered = item !== undefined && item.score !== undefined;
  const shown = answered && item.response ? pickedFor(item.response) : picked.slice();
  const showVerdict = answered && !run.exam;
  const right = showVerdict ? rightChoices(question) : [];
  const isOrder = question.type === 'order';
  const choices: ChoiceRow[] = view.choices.map((c, position) => {
    const selected = shown.includes(c.index);
    const placed = isOrder ? shown.indexOf(c.index) + 1 : 0;
    let state: ChoiceRow['state'] = '';
    if (showVerdict) {
      if (isOrder) state = placed === c.index + 1 ? 'right' : 'wrong';
      else if (right.includes(c.index)) state = selected ? 'right' : 'missed';
      else if (selected) state = 'wrong';
    }
    const mark = choiceMark(question.type, position, placed);
    return {
      key: `${question.id}:${c.index}`,
      index: c.index,
      text: c.text,
      mark,
      selected,
      state,
      label: mark ? `${mark}. ${c.text}` : c.text,
    };
  });
  const fields: FieldRow[] = view.fields.map((f) => {
    const selected = shown.includes(f.index);
    let state: FieldRow['state'] = '';
    if (showVerdict) {
      if (right.includes(f.index)) state = 'right';
      else if (selected) state = 'wrong';
    }
    return { ...f, key: `${question.id}:${f.index}`, selected, state, aria: `${f.label}: ${f.value}` };
  });
  const score = item && item.score !== undefined ? item.score : 0;
  const outcome = outcomeOf(score);
  const feedback: Feedback | null = showVerdict
    ? {
        outcome,
        title: t(TEXT[outcome], lang),
        points: formatPoints(score),
        answerLines: describeAnswer(question, lang),
        explanation: view.explanation,
        bookNote: bookNoteText(note, lang),
        lessonId: question.lessonId,
        sectionId: question.sectionId,
      }
    : null;
  const hint = HINTS[question.type];
  const left = timeLeftMs(run, now);
  return {
    ready: true,
    empty: false,
    modeLabel: t(MODE_LABELS[run.mode], lang),
    position: run.current + 1,
    total: run.items.length,
    percent: Math.round((answeredCount(run) / run.items.length) * 100),
    isExam: run.exam !== undefined,
    clock: left === undefined ? '' : formatClock(left),
    question: view,
    hint: hint ? t(hint, lang) : '',
    choiceRole: question.type === 'multiple' ? 'checkbox' : isOrder ? 'button' : 'radio',
    choices,
    fields,
    picked: shown,
    canSubmit: !answered && isSubmittable(question, responseFor(question, shown)),
    answered,
    isLast: run.items.length - answeredCount(run) <= (answered ? 0 : 1),
    feedback,
  };
}
