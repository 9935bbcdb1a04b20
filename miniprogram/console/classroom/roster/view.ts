/**
 * The roster page's screen (pure): the summary line, one row per student, the stuck-goal heat map and each mission's
 * solved count, in the teacher's language. Tested in test/unit/classroom/pages-view.test.ts.
 */
import { STAGES, STAGE_TITLES } from '../../../core/content-model';
import { t, type Lang } from '../../../core/i18n';
import { scoreView, type ScoreTone } from '../../../core/score/view';
import { beijingTime, type AssignmentContext, type ImportOutcome, type RosterView } from '../index';
import { ROSTER_STRINGS as T } from './strings';

export interface RowScreen {
  readonly key: string;
  readonly name: string;
  readonly status: string;
  readonly statusClass: 'handed-in' | 'late' | 'missing';
  readonly offList: boolean;
  /** The quiz in the one score presentation, coloured by its verdict against the pass mark; null without one. */
  readonly quiz: { readonly text: string; readonly tone: ScoreTone } | null;
  /** Lines under the name (empty for a missing student). */
  readonly lines: readonly string[];
}

export interface HeatScreen {
  readonly key: string;
  readonly mission: string;
  readonly goal: string;
  readonly count: string;
  /** 0–4: how much of the class got stuck here (0 none, 4 most). */
  readonly level: number;
}

export interface RosterScreen {
  readonly summary: string;
  readonly rows: readonly RowScreen[];
  readonly heat: readonly HeatScreen[];
  readonly solvedBy: readonly { key: string; mission: string; count: string }[];
}

const STATUS = { 'handed-in': T.statusHandedIn, late: T.statusLate, missing: T.statusMissing } as const;

export function rosterScreen(view: RosterView, context: AssignmentContext, lang: Lang): RosterScreen {
  const title = (id: string) => {
    const m = context.missions.find((x) => x.id === id);
    return m ? t(m.title, lang) : id;
  };
  let summary = t(T.summary, lang, { handedIn: view.handedIn, late: view.late, missing: view.missing.length });
  if (view.notOnList) summary += ` · ${t(T.notOnList, lang, { count: view.notOnList })}`;
  const rows = view.rows.map((r, i) => {
    const lines: string[] = [];
    if (r.status !== 'missing') {
      lines.push(t(T.rowMissions, lang, { solved: r.solved, total: r.missions.length }));
      const stages = STAGES.filter((s) => r.stagePercent[s] !== null).map(
        (s) => `${STAGE_TITLES[s][lang]} ${r.stagePercent[s]}%`,
      );
      if (stages.length) lines.push(t(T.rowStages, lang, { stages: stages.join(' · ') }));
      lines.push(t(T.rowTime, lang, { minutes: (r.timeMs / 60000).toFixed(1), hints: r.hints }));
      lines.push(t(T.rowAt, lang, { time: beijingTime(r.submittedAt as number), source: r.source }));
      if (r.replaced) lines.push(t(T.rowReplaced, lang, { count: r.replaced }));
    }
    const quiz = r.quiz ? scoreView({ ...r.quiz, passPercent: view.passPercent }, lang) : null;
    return {
      key: `${i}`,
      name: r.number ? `${r.number} ${r.name}` : r.name,
      status: t(STATUS[r.status], lang),
      statusClass: r.status,
      offList: !r.onList && view.rows.some((x) => x.onList),
      quiz: quiz ? { text: t(T.rowQuiz, lang, { score: quiz.line }), tone: quiz.tone } : null,
      lines,
    };
  });
  const heat = view.heat.map((h) => {
    const mission = context.missions.find((m) => m.id === h.missionId);
    const goal = mission ? mission.goals.find((g) => g.id === h.goalId) : undefined;
    return {
      key: `${h.missionId}/${h.goalId}`,
      mission: title(h.missionId),
      goal: goal ? t(goal.label, lang) : h.goalId,
      count: t(T.heatCell, lang, { stuck: h.stuck, of: h.of }),
      level: h.of === 0 || h.stuck === 0 ? 0 : Math.max(1, Math.ceil((h.stuck / h.of) * 4)),
    };
  });
  const solvedBy = view.solvedBy.map((s) => ({
    key: s.missionId,
    mission: title(s.missionId),
    count: t(T.solvedBy, lang, { solved: s.solved, of: s.of }),
  }));
  return { summary, rows, heat, solvedBy };
}

/** The import's outcomes as lines, each with its status for styling. */
export function outcomeLines(
  outcomes: readonly ImportOutcome[],
  lang: Lang,
): { key: string; text: string; status: string; counted: boolean }[] {
  return outcomes.map((o, i) => ({ key: `${i}`, text: t(o.message, lang), status: o.status, counted: o.counted }));
}
