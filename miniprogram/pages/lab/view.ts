/**
 * The 实操 tab's mission map as plain data (pure; test/unit/missions/lab-map.test.ts): the four stages, each mission
 * with its state (new / started / solved), its best figures against par, and what tapping it opens.
 */
import { STAGE_TITLES, STAGES } from '../../core/content-model';
import type { StageId } from '../../core/content-model';
import { formatDuration } from '../../core/progress/format';
import { t } from '../../core/i18n';
import type { I18nText, Lang } from '../../core/i18n';
import { findLabScenario } from '../../core/lab-scenarios';
import { MISSION_INDEX } from '../../core/missions/mission-index';
import type { MissionIndexEntry } from '../../core/missions/mission-index';
import { recordOf } from '../../core/missions/progress';
import type { MissionProgress, MissionState } from '../../core/missions/progress';
import { missionUrl } from '../../core/missions/save';
import type { MissionSave } from '../../core/missions/save';
import { CONSOLE_PAGES } from '../../core/console-routes';
import { MAP_TEXT } from './texts';
export { MAP_TEXT } from './texts';

export interface MapMission {
  id: string;
  title: string;
  state: MissionState;
  stateLabel: string;
  detail: string;
  /** A saved run exists (continuing it is what a tap does). */
  saved: boolean;
  /** The saved run is complete: a tap asks before starting it again. */
  savedDone: boolean;
}

export interface MapStage {
  /** A stage, or `mine`: the learner's own missions (imported or built). */
  id: StageId | 'mine';
  title: string;
  /** "已完成 2/13". */
  progress: string;
  missions: MapMission[];
}

function mapMission(m: MissionIndexEntry, p: MissionProgress, save: MissionSave | null, lang: Lang): MapMission {
  const r = recordOf(p, m.id);
  let detail = t(MAP_TEXT.newDetail, lang, { par: m.par });
  if (save && save.status === 'failed') detail = t(MAP_TEXT.failedDetail, lang);
  else if (save && save.status === 'playing' && save.actions.length > 0)
    detail = t(MAP_TEXT.startedDetail, lang, {
      met: save.goalsMet,
      total: save.goalsTotal,
      actions: save.actions.length,
    });
  if (r.state === 'solved' && (!save || save.status !== 'playing' || save.actions.length === 0)) {
    detail = t(MAP_TEXT.solvedDetail, lang, {
      best: r.bestActions ?? 0,
      par: m.par,
      hints: r.fewestHints ?? 0,
      time: formatDuration(r.bestTimeMs ?? 0, lang),
    });
  }
  return {
    id: m.id,
    title: t(m.title, lang),
    state: r.state,
    stateLabel: t(MAP_TEXT[r.state], lang),
    detail,
    saved: !!save,
    savedDone: !!save && save.status === 'completed',
  };
}

function mapStage(
  id: StageId | 'mine',
  title: I18nText,
  entries: readonly MissionIndexEntry[],
  progress: MissionProgress,
  saveOf: (id: string) => MissionSave | null,
  lang: Lang,
): MapStage {
  const missions = entries.map((m) => mapMission(m, progress, saveOf(m.id), lang));
  return {
    id,
    title: t(title, lang),
    progress: t(MAP_TEXT.stageSolved, lang, {
      solved: missions.filter((m) => m.state === 'solved').length,
      total: missions.length,
    }),
    missions,
  };
}

/** The four stages of built-in missions, then "我的任务" when the learner has own missions (`own`, libraryIndex). */
export function missionMap(
  progress: MissionProgress,
  saveOf: (id: string) => MissionSave | null,
  lang: Lang,
  own: readonly MissionIndexEntry[] = [],
): MapStage[] {
  const stages = STAGES.map((stage) =>
    mapStage(
      stage,
      STAGE_TITLES[stage],
      MISSION_INDEX.filter((m) => m.stage === stage),
      progress,
      saveOf,
      lang,
    ),
  );
  return own.length > 0 ? stages.concat([mapStage('mine', MAP_TEXT.mine, own, progress, saveOf, lang)]) : stages;
}

/** The URL that opens a mission: its saved run (at the page it was on), or a new run on its scenario's first page. */
export function missionOpenUrl(
  id: string,
  save: MissionSave | null,
  fresh: boolean,
  own: readonly MissionIndexEntry[] = [],
): string {
  const entry = MISSION_INDEX.find((m) => m.id === id) || own.find((m) => m.id === id);
  const scenario = entry ? findLabScenario(entry.scenario) : undefined;
  const first = scenario ? scenario.entry : CONSOLE_PAGES.register;
  return save && !fresh ? missionUrl(save.entry, id) : missionUrl(first, id, fresh);
}

/** The mission to continue: the most recently played one whose saved run is not finished. */
export function missionToContinue(
  progress: MissionProgress,
  saveOf: (id: string) => MissionSave | null,
  own: readonly MissionIndexEntry[] = [],
): MissionIndexEntry | null {
  let best: MissionIndexEntry | null = null;
  let at = -Infinity;
  for (const m of MISSION_INDEX.concat(own)) {
    const played = recordOf(progress, m.id).lastPlayedAt;
    if (played === null || played <= at) continue;
    const save = saveOf(m.id);
    if (!save || save.status === 'completed') continue;
    best = m;
    at = played;
  }
  return best;
}
