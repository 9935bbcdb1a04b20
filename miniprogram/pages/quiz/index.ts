import type { Question } from '../../core/content-model';
import { recordResult, saveActiveRun } from '../../core/progress/actions';
import { formatClock } from '../../core/progress/format';
import { quizRequest, runFor, type ClassroomQuizLink, type QuizRequest } from '../../core/classroom/quiz-link';
import * as runs from '../../core/quiz/run';
import type { QuizRun } from '../../core/quiz/run';
import { BLANK_SCREEN, noteAfter, quizScreen, responseFor, togglePick } from '../../core/quiz/screen';
import type { BlankScreen, BookNote } from '../../core/quiz/screen';
import { i18nBehavior, localize } from '../../behaviors/i18n';
import { confirm, toast } from '../../services/dialog';
import { navigateBack, navigateTo, redirectTo, urlWithQuery } from '../../services/navigation';
import { recordClassroomQuiz } from '../../services/classroom';
import { readProgress, updateProgress } from '../../services/storage';
import { QUESTIONS, questionById } from './bank/index';
import { applyAnswer } from './schedule';
import { QUIZ_STRINGS } from './strings';
import type { QuizStringKey } from './strings';

/** The page's data: its texts and the screen of `core/quiz/screen.ts`. */
type QuizData = { s: Record<QuizStringKey, string> } & BlankScreen;

type QuizMethods = {
  onLoad(query: Record<string, string | undefined>): void;
  onShow(): void;
  onUnload(): void;
  /** The active run if it matches (any active run when `mode` is 'resume'), else a new run; undefined if none. */
  startOrResume(request: QuizRequest): QuizRun | undefined;
  /** The question on screen, with the run it belongs to. */
  onScreen(): { run: QuizRun; question: Question } | undefined;
  /** Sends the texts (when the language changed) and what changed on screen; `picked` = the learner's new picks. */
  render(picked?: readonly number[]): void;
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
  note: BookNote;
  timer?: ReturnType<typeof setInterval>;
  /** The assignment's quiz when opened from the classroom, else null. */
  fixed: ClassroomQuizLink | null;
}

const NO_NOTE: BookNote = { streak: 0 };

Component<QuizData, WechatMiniprogram.Component.PropertyOption, QuizMethods, [typeof i18nBehavior], QuizInstance, true>(
  {
    behaviors: [i18nBehavior],
    data: {
      s: localize(QUIZ_STRINGS, 'zh'),
      ...BLANK_SCREEN,
    },
    lifetimes: {
      detached() {
        this.stopClock();
      },
    },
    methods: {
      onLoad(query) {
        this.note = NO_NOTE;
        this.applyPrefs();
        const request = quizRequest(query);
        this.fixed = request.fixed;
        const run = this.startOrResume(request);
        if (!run) {
          this.updateText(QUIZ_STRINGS, this.data.lang);
          this.update({ ready: true, empty: true });
          return;
        }
        this.run = run;
        if (runs.isExpired(run, Date.now())) {
          this.finish(true);
          return;
        }
        this.render();
        this.startClock();
      },
      onShow() {
        this.applyPrefs();
        this.render();
      },
      onUnload() {
        this.stopClock();
      },
      startOrResume(request) {
        const now = Date.now();
        const run = runFor(readProgress(), request, QUESTIONS, now);
        if (run) updateProgress((p) => saveActiveRun(p, run, now));
        return run;
      },
      onScreen() {
        const run = this.run;
        const item = run ? runs.currentItem(run) : undefined;
        const question = item ? questionById(item.questionId) : undefined;
        return run && question ? { run, question } : undefined;
      },
      render(picked) {
        this.updateText(QUIZ_STRINGS, this.data.lang);
        const shown = this.onScreen();
        if (!shown) return;
        const screen = quizScreen(
          shown.run,
          shown.question,
          picked ?? this.data.picked,
          this.note,
          this.data.lang,
          Date.now(),
        );
        this.update({ ...screen });
      },
      onChoice(e) {
        if (this.data.answered || !this.data.question) return;
        this.render(togglePick(this.data.question.type, this.data.picked, Number(e.currentTarget.dataset.index)));
      },
      onField(e) {
        if (this.data.answered) return;
        this.render([Number(e.currentTarget.dataset.index)]);
      },
      onClearOrder() {
        if (this.data.answered) return;
        this.render([]);
      },
      onSubmit() {
        const shown = this.onScreen();
        if (!shown) return;
        const { run, question } = shown;
        const response = responseFor(question, this.data.picked);
        if (!response) return;
        const now = Date.now();
        const result = runs.submitAnswer(run, question, response, now);
        if (!result.ok) {
          if (result.error === 'expired') this.finish(true);
          return;
        }
        const next = result.run;
        this.run = next;
        let event: BookNote['event'];
        const progress = updateProgress((p) => {
          const applied = applyAnswer(p, question.id, result.grade.score, now);
          event = applied.event;
          return saveActiveRun(applied.progress, next, now);
        });
        this.note = noteAfter(progress.wrongBook, question.id, event);
        if (next.exam) {
          // Exams give no feedback: go straight on, or hand in after the last answer.
          if (runs.allAnswered(next)) this.finish(false);
          else this.onNext();
          return;
        }
        this.render();
      },
      onNext() {
        const run = this.run;
        if (!run) return;
        if (runs.allAnswered(run)) {
          this.finish(false);
          return;
        }
        const moved = runs.goNext(run);
        this.run = moved;
        this.note = NO_NOTE;
        updateProgress((p) => saveActiveRun(p, moved, Date.now()));
        this.render([]);
      },
      onHandIn() {
        const run = this.run;
        if (!run) return;
        if (runs.allAnswered(run)) {
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
        const finished = runs.finishRun(run, now);
        this.run = finished;
        const result = runs.summarize(finished, now);
        updateProgress((p) => recordResult(p, result, now));
        if (this.fixed) recordClassroomQuiz(this.fixed.assignmentId, result);
        if (timedOut) toast(this.data.s.timeUp);
        redirectTo('/pages/quiz/result/index');
      },
      startClock() {
        this.stopClock();
        if (!this.run || !this.run.exam) return;
        this.timer = setInterval(() => this.tick(), 1000);
      },
      stopClock() {
        if (this.timer !== undefined) clearInterval(this.timer);
        this.timer = undefined;
      },
      tick() {
        const run = this.run;
        if (!run || run.finishedAt !== undefined) return;
        const now = Date.now();
        if (runs.isExpired(run, now)) {
          this.finish(true);
          return;
        }
        const left = runs.timeLeftMs(run, now);
        if (left !== undefined) this.update({ clock: formatClock(left) });
      },
    },
  },
);
