import { QUESTIONS, questionById } from '../../content/index';
import type { Question } from '../../core/content-model';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/i18n';
import { applyAnswer, recordResult, saveActiveRun } from '../../core/progress/actions';
import { formatClock, formatPoints } from '../../core/progress/format';
import { MODE_LABELS } from '../../core/progress/views';
import { isQuizMode, isStageId } from '../../core/quiz/guards';
import { expectedResponse, isSubmittable } from '../../core/quiz/grading';
import type { GradeOutcome, QuizResponse } from '../../core/quiz/grading';
import { toSeed } from '../../core/quiz/random';
import {
  allAnswered,
  createRun,
  currentItem,
  finishRun,
  goNext,
  isExpired,
  submitAnswer,
  summarize,
  timeLeftMs,
} from '../../core/quiz/run';
import type { QuizMode, QuizRun, QuizSpec } from '../../core/quiz/run';
import { REVIEWS_TO_GRADUATE, dueEntries } from '../../core/quiz/wrongbook';
import type { BookEvent } from '../../core/quiz/wrongbook';
import { describeAnswer, trueFalseResponse, viewQuestion } from '../../core/quiz/view';
import type { QuestionView } from '../../core/quiz/view';
import { i18nBehavior, localize } from '../../behaviors/i18n';
import { confirm, toast } from '../../services/dialog';
import { navigateBack, navigateTo, redirectTo, urlWithQuery } from '../../services/navigation';
import { queryParam } from '../../core/page-query';
import { readProgress, updateProgress } from '../../services/storage';
import { QUIZ_STRINGS } from './strings';
import type { QuizStringKey } from './strings';

const LETTERS = 'ABCDEFGHIJ';

/** One option, item to order, or true/false choice as drawn, with its state after answering. */
interface ChoiceRow {
  /** Unique per question and choice, for wx:key (so a new question replaces the rows instead of reusing them). */
  key: string;
  index: number;
  text: string;
  /** Letter (A, B…) or, for ordering, the position the learner gave it (blank until placed). */
  mark: string;
  selected: boolean;
  /** '' before answering; afterwards right / wrong / missed (a right option not chosen). */
  state: '' | 'right' | 'wrong' | 'missed';
  label: string;
}

interface FieldRow {
  key: string;
  index: number;
  label: string;
  value: string;
  selected: boolean;
  state: '' | 'right' | 'wrong';
  aria: string;
}

interface Feedback {
  outcome: GradeOutcome;
  title: string;
  points: string;
  answerLines: string[];
  explanation: string;
  bookNote: string;
  lessonId: string;
  sectionId: string;
}

interface QuizData {
  s: Record<QuizStringKey, string>;
  ready: boolean;
  empty: boolean;
  modeLabel: string;
  position: number;
  total: number;
  percent: number;
  isExam: boolean;
  clock: string;
  question: QuestionView | null;
  hint: string;
  choiceRole: string;
  choices: ChoiceRow[];
  fields: FieldRow[];
  /** Original indexes picked so far (one for single, true/false and mistake; a set or a sequence otherwise). */
  picked: number[];
  canSubmit: boolean;
  answered: boolean;
  isLast: boolean;
  feedback: Feedback | null;
}

type QuizMethods = {
  onLoad(query: Record<string, string | undefined>): void;
  onShow(): void;
  onUnload(): void;
  /** The active run if it matches (any active run when `mode` is 'resume'), else a new run; undefined if none. */
  startOrResume(mode: QuizMode | 'resume', target: string): QuizRun | undefined;
  render(): void;
  onChoice(e: WechatMiniprogram.TouchEvent): void;
  onField(e: WechatMiniprogram.TouchEvent): void;
  onClearOrder(): void;
  onSubmit(): void;
  onNext(): void;
  onHandIn(): void;
  onOpenLesson(): void;
  onBack(): void;
  finish(timedOut: boolean): void;
  startClock(): void;
  stopClock(): void;
  tick(): void;
};

interface QuizInstance {
  run?: QuizRun;
  lastEvent?: BookEvent;
  lastStreak?: number;
  timer?: ReturnType<typeof setInterval>;
}

function specFor(mode: QuizMode, target: string, now: number): QuizSpec | undefined {
  switch (mode) {
    case 'lesson':
      return target ? { mode, lessonId: target } : undefined;
    case 'stage':
      return isStageId(target) ? { mode, stage: target } : undefined;
    case 'mixed':
      return { mode };
    case 'exam':
      return { mode };
    case 'review':
      return { mode, questionIds: dueEntries(readProgress().wrongBook, now).map((e) => e.questionId) };
    case 'retry': {
      const last = readProgress().lastResult;
      return { mode, questionIds: last ? last.wrongIds : [] };
    }
  }
}

function responseFor(question: Question, picked: readonly number[]): QuizResponse | undefined {
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
function pickedFor(response: QuizResponse): number[] {
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

/** Which shown choices are right, for marking them after an answer. */
function rightChoices(question: Question): number[] {
  const expected = expectedResponse(question);
  if (expected.type === 'truefalse') return [expected.value ? 1 : 0];
  return pickedFor(expected);
}

function bookNote(event: BookEvent | undefined, streak: number, s: Record<QuizStringKey, string>): string {
  switch (event) {
    case 'added':
      return s.bookAdded;
    case 'lapsed':
      return s.bookLapsed;
    case 'advanced':
      return `${s.bookAdvanced} ${streak}/${REVIEWS_TO_GRADUATE}`;
    case 'graduated':
      return s.bookGraduated;
    case 'early':
      return s.bookEarly;
    default:
      return '';
  }
}

Component<QuizData, WechatMiniprogram.Component.PropertyOption, QuizMethods, [typeof i18nBehavior], QuizInstance, true>(
  {
    behaviors: [i18nBehavior],
    data: {
      s: localize(QUIZ_STRINGS, 'zh'),
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
    },
    lifetimes: {
      detached() {
        this.stopClock();
      },
    },
    methods: {
      onLoad(query) {
        this.applyPrefs();
        const mode = isQuizMode(query.mode) ? query.mode : 'mixed';
        const target = queryParam(query, 'id');
        const run = this.startOrResume(query.mode === 'resume' ? 'resume' : mode, target);
        if (!run) {
          this.setData({ ready: true, empty: true, s: localize(QUIZ_STRINGS, this.data.lang) });
          return;
        }
        this.run = run;
        if (isExpired(run, Date.now())) {
          this.finish(true);
          return;
        }
        this.render();
        this.startClock();
      },
      onShow() {
        this.applyPrefs();
        if (this.run) this.render();
        else if (this.data.empty) this.setData({ s: localize(QUIZ_STRINGS, this.data.lang) });
      },
      onUnload() {
        this.stopClock();
      },
      startOrResume(mode, target) {
        const now = Date.now();
        const progress = readProgress();
        const active = progress.activeRun;
        const resumable =
          active !== undefined &&
          active.finishedAt === undefined &&
          active.items.every((i) => questionById(i.questionId) !== undefined) &&
          (mode === 'resume' || (active.mode === mode && active.target === target));
        if (active && resumable) {
          updateProgress((p) => saveActiveRun(p, active, now));
          return active;
        }
        if (mode === 'resume') return undefined;
        const spec = specFor(mode, target, now);
        if (!spec) return undefined;
        const created = createRun(QUESTIONS, spec, toSeed(now), now);
        if (!created.ok) return undefined;
        updateProgress((p) => saveActiveRun(p, created.run, now));
        return created.run;
      },
      render() {
        const run = this.run;
        if (!run) return;
        const lang: Lang = this.data.lang;
        const s = localize(QUIZ_STRINGS, lang);
        const item = currentItem(run);
        const question = item ? questionById(item.questionId) : undefined;
        if (!item || !question) return;
        const view = viewQuestion(question, item, lang);
        const answered = item.score !== undefined;
        const picked = answered && item.response ? pickedFor(item.response) : this.data.picked;
        const showVerdict = answered && !run.exam;
        const right = showVerdict ? rightChoices(question) : [];
        const isOrder = question.type === 'order';
        const choices: ChoiceRow[] = view.choices.map((c, position) => {
          const selected = picked.includes(c.index);
          const placed = isOrder ? picked.indexOf(c.index) + 1 : 0;
          let state: ChoiceRow['state'] = '';
          if (showVerdict) {
            if (isOrder) state = placed === c.index + 1 ? 'right' : 'wrong';
            else if (right.includes(c.index)) state = selected ? 'right' : 'missed';
            else if (selected) state = 'wrong';
          }
          const mark = isOrder
            ? placed
              ? String(placed)
              : ''
            : question.type === 'truefalse'
              ? ''
              : LETTERS[position];
          return {
            key: `${question.id}:${c.index}`,
            index: c.index,
            text: c.text,
            mark,
            selected,
            state,
            label: isOrder && placed ? `${placed}. ${c.text}` : mark ? `${mark}. ${c.text}` : c.text,
          };
        });
        const fields: FieldRow[] = view.fields.map((f) => {
          const selected = picked.includes(f.index);
          let state: FieldRow['state'] = '';
          if (showVerdict) {
            if (right.includes(f.index)) state = 'right';
            else if (selected) state = 'wrong';
          }
          return { ...f, key: `${question.id}:${f.index}`, selected, state, aria: `${f.label}: ${f.value}` };
        });
        let feedback: Feedback | null = null;
        if (showVerdict) {
          const score = item.score ?? 0;
          const outcome: GradeOutcome = score >= 1 ? 'correct' : score > 0 ? 'partial' : 'wrong';
          feedback = {
            outcome,
            title: s[outcome],
            points: formatPoints(score),
            answerLines: describeAnswer(question, lang),
            explanation: view.explanation,
            bookNote: bookNote(this.lastEvent, this.lastStreak ?? 0, s),
            lessonId: question.lessonId,
            sectionId: question.sectionId,
          };
        }
        const hint =
          question.type === 'order'
            ? s.orderHint
            : question.type === 'mistake'
              ? s.mistakeHint
              : question.type === 'multiple'
                ? s.multipleHint
                : '';
        const left = timeLeftMs(run, Date.now());
        const answeredNow = run.items.filter((i) => i.score !== undefined).length;
        this.setData({
          s,
          ready: true,
          empty: false,
          modeLabel: t(MODE_LABELS[run.mode], lang),
          position: run.current + 1,
          total: run.items.length,
          percent: Math.round((answeredNow / run.items.length) * 100),
          isExam: run.exam !== undefined,
          clock: left === undefined ? '' : formatClock(left),
          question: view,
          hint,
          choiceRole: question.type === 'multiple' ? 'checkbox' : question.type === 'order' ? 'button' : 'radio',
          choices,
          fields,
          picked,
          canSubmit: !answered && isSubmittable(question, responseFor(question, picked)),
          answered,
          isLast: run.items.filter((i) => i.score === undefined).length <= (answered ? 0 : 1),
          feedback,
        });
      },
      onChoice(e) {
        if (this.data.answered || !this.data.question) return;
        const index = Number(e.currentTarget.dataset.index);
        const type = this.data.question.type;
        let picked = this.data.picked.slice();
        if (type === 'multiple' || type === 'order') {
          picked = picked.includes(index) ? picked.filter((i) => i !== index) : picked.concat([index]);
        } else {
          picked = [index];
        }
        this.setData({ picked });
        this.render();
      },
      onField(e) {
        if (this.data.answered) return;
        this.setData({ picked: [Number(e.currentTarget.dataset.index)] });
        this.render();
      },
      onClearOrder() {
        if (this.data.answered) return;
        this.setData({ picked: [] });
        this.render();
      },
      onSubmit() {
        const run = this.run;
        const item = run ? currentItem(run) : undefined;
        const question = item ? questionById(item.questionId) : undefined;
        if (!run || !question) return;
        const response = responseFor(question, this.data.picked);
        if (!response) return;
        const now = Date.now();
        const result = submitAnswer(run, question, response, now);
        if (!result.ok) {
          if (result.error === 'expired') this.finish(true);
          return;
        }
        this.run = result.run;
        const next = result.run;
        const progress = updateProgress((p) => {
          const applied = applyAnswer(p, question.id, result.grade.score, now);
          this.lastEvent = applied.event;
          return saveActiveRun(applied.progress, next, now);
        });
        const entry = progress.wrongBook.entries[question.id];
        this.lastStreak = entry ? entry.streak : REVIEWS_TO_GRADUATE;
        if (next.exam) {
          // Exams give no feedback: go straight on, or hand in after the last answer.
          if (allAnswered(next)) this.finish(false);
          else this.onNext();
          return;
        }
        this.render();
      },
      onNext() {
        const run = this.run;
        if (!run) return;
        if (allAnswered(run)) {
          this.finish(false);
          return;
        }
        this.run = goNext(run);
        this.lastEvent = undefined;
        const moved = this.run;
        updateProgress((p) => saveActiveRun(p, moved, Date.now()));
        this.setData({ picked: [] });
        this.render();
      },
      onHandIn() {
        const run = this.run;
        if (!run) return;
        if (allAnswered(run)) {
          this.finish(false);
          return;
        }
        const s = this.data.s;
        void confirm({
          title: s.handInTitle,
          content: s.handInBody,
          confirmText: s.confirm,
          cancelText: s.cancel,
        }).then((ok) => {
          if (ok) this.finish(false);
        });
      },
      onOpenLesson() {
        const fb = this.data.feedback;
        if (!fb) return;
        navigateTo(urlWithQuery('/pages/lesson/index', { id: fb.lessonId, section: fb.sectionId }));
      },
      onBack() {
        navigateBack();
      },
      finish(timedOut) {
        const run = this.run;
        if (!run) return;
        this.stopClock();
        const now = Date.now();
        const finished = finishRun(run, now);
        this.run = finished;
        const result = summarize(finished, now);
        updateProgress((p) => recordResult(p, result, now));
        if (timedOut) toast(this.data.s.timeUp);
        redirectTo('/pages/result/index');
      },
      startClock() {
        this.stopClock();
        if (!this.run || !this.run.exam) return;
        this.timer = setInterval(() => this.tick(), 1000);
      },
      stopClock() {
        if (this.timer !== undefined) {
          clearInterval(this.timer);
          this.timer = undefined;
        }
      },
      tick() {
        const run = this.run;
        if (!run || run.finishedAt !== undefined) return;
        const now = Date.now();
        if (isExpired(run, now)) {
          this.finish(true);
          return;
        }
        const left = timeLeftMs(run, now);
        if (left !== undefined) this.setData({ clock: formatClock(left) });
      },
    },
  },
);
