/**
 * What the mission checklist shows of a played mission, as plain data (pure: tested in
 * test/unit/missions/checklist-view.test.ts).
 */
import { format, t } from '../../../core/i18n';
import type { Lang } from '../../../core/i18n';
import type { Action } from '../../engine/index';
import type { MissionRun } from '../../missions/index';
import { visibleHints } from '../../missions/index';
import { MISSION_STRINGS } from './strings';

export interface ChecklistView {
  title: string;
  briefing: string;
  summary: string;
  goals: { id: string; label: string; met: boolean }[];
  status: 'playing' | 'completed' | 'failed';
  /** The status line: complete, or why the run failed ('' while playing). */
  statusLine: string;
  actionsLine: string;
  hints: string[];
  hintButton: string;
  canHint: boolean;
  canUndo: boolean;
}

export function checklistView(run: MissionRun, lang: Lang): ChecklistView {
  const met = run.checklist.filter((g) => g.met).length;
  const s = MISSION_STRINGS;
  const statusLine =
    run.status === 'completed'
      ? t(s.completed, lang)
      : run.status === 'failed' && run.failure
        ? t(s.failed, lang, { reason: t(run.failure.reason, lang) })
        : '';
  return {
    title: t(run.mission.title, lang),
    briefing: t(run.mission.briefing, lang),
    summary: t(s.goals, lang, { met, total: run.checklist.length }),
    goals: run.checklist.map((g) => ({ id: g.id, label: t(g.label, lang), met: g.met })),
    status: run.status,
    statusLine,
    actionsLine: t(s.actions, lang, { actions: run.actions.length, par: run.mission.par }),
    hints: visibleHints(run).map((h) => t(h, lang)),
    hintButton:
      run.hintsUnlocked < run.mission.hints.length
        ? t(s.hint, lang, { used: run.hintsUnlocked, total: run.mission.hints.length })
        : t(s.noMoreHints, lang),
    canHint: run.hintsUnlocked < run.mission.hints.length,
    canUndo: run.actions.length > 0,
  };
}

/** A reference step as a line a learner can follow: the console action and what it is given. */
export function stepLine(step: Action, index: number): string {
  const { type, ...rest } = step as { type: string } & Record<string, unknown>;
  const args = Object.keys(rest).length > 0 ? ' ' + JSON.stringify(rest) : '';
  return format('{n}. {type}{args}', { n: index + 1, type, args });
}
