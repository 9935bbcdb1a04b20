/** The completion screen's content for a run (pure; test/unit/missions/result-view.test.ts). */
import { findFact } from '../../content/facts';
import { formatDuration } from '../../core/progress/format';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/i18n';
import type { MissionRecord } from '../../core/missions/progress';
import { findLabScenario } from '../../core/lab-scenarios';
import { CONSOLE_PAGES } from '../../core/console-routes';
import { missionUrl } from '../../core/missions/save';
import { MISSIONS, runStats } from '../missions/index';
import type { Mission, MissionRun } from '../missions/index';
import { DAY, HOUR, MINUTE } from '../engine/index';
import { MISSION_RESULT_STRINGS } from './strings';

export interface ResultView {
  title: string;
  completed: boolean;
  /** This run's real time, from its start to its completion. */
  runTime: string;
  /** The best real time of any solved run. */
  time: string;
  simulated: string;
  actions: string;
  atPar: boolean;
  hints: string;
  solutionSeen: boolean;
  facts: { id: string; text: string }[];
  next: { title: string; url: string } | null;
}

/** Simulated time in days and hours (or hours and minutes under a day). */
export function simulatedSpan(ms: number, lang: Lang): string {
  if (ms >= DAY)
    return t(MISSION_RESULT_STRINGS.days, lang, { d: Math.floor(ms / DAY), h: Math.floor((ms % DAY) / HOUR) });
  return t(MISSION_RESULT_STRINGS.hours, lang, { h: Math.floor(ms / HOUR), m: Math.floor((ms % HOUR) / MINUTE) });
}

/** The console URL that opens a mission (its saved run, or a new one): its scenario's first page. */
export function openMissionUrl(mission: Mission): string {
  const scenario = findLabScenario(mission.start.scenario);
  return missionUrl(scenario ? scenario.entry : CONSOLE_PAGES.register, mission.id);
}

/** `finishedAt`: when the run was completed (epoch ms; for a run still playing, now). */
export function resultView(
  run: MissionRun,
  record: MissionRecord,
  solutionSeen: boolean,
  finishedAt: number,
  lang: Lang,
): ResultView {
  const stats = runStats(run, finishedAt);
  const i = MISSIONS.findIndex((m) => m.id === run.mission.id);
  const next = i >= 0 && i + 1 < MISSIONS.length ? MISSIONS[i + 1] : null;
  return {
    title: t(run.mission.title, lang),
    completed: run.status === 'completed',
    runTime: formatDuration(stats.realMs, lang),
    time: formatDuration(record.bestTimeMs !== null ? Math.min(record.bestTimeMs, stats.realMs) : stats.realMs, lang),
    simulated: simulatedSpan(stats.simulatedMs, lang),
    actions: t(MISSION_RESULT_STRINGS.actionsValue, lang, { actions: stats.actions, par: stats.par }),
    atPar: stats.overPar === 0,
    hints: t(MISSION_RESULT_STRINGS.hintsValue, lang, { used: stats.hintsUsed, total: run.mission.hints.length }),
    solutionSeen,
    facts: run.mission.factIds.map((id) => {
      const fact = findFact(id);
      return { id, text: fact ? t(fact.text, lang) : id };
    }),
    next: next
      ? { title: t(MISSION_RESULT_STRINGS.next, lang, { title: t(next.title, lang) }), url: openMissionUrl(next) }
      : null,
  };
}
