/**
 * The missions that are not built in, for the console session (mission-play.ts looks them up by id): the learner's
 * own missions (imported or built, services/missions.ts `reglab.library`) and the mission builder's draft.
 */
import { BUILDER_DRAFT_ID, draftMission } from '../missions/builder';
import { libraryMission } from '../missions/library';
import { checkMission } from '../missions/validate';
import type { Mission } from '../missions/index';
import { readBuilderDraft, readMissionLibrary } from '../../services/missions';

/** The builder's draft as a playable mission, or undefined when there is none or its start is not valid. */
export function builderDraftMission(): Mission | undefined {
  const draft = readBuilderDraft();
  if (!draft) return undefined;
  const mission = draftMission(draft.start as unknown as Mission['start']);
  return checkMission(mission).ok ? mission : undefined;
}

export function ownMission(id: string): Mission | undefined {
  return id === BUILDER_DRAFT_ID ? builderDraftMission() : libraryMission(readMissionLibrary(), id);
}
