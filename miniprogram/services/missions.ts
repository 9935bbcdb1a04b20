/**
 * Missions in storage, for both packages: the learner's records per mission (`reglab.missions`) and each mission's
 * saved run (`reglab.mission.<id>`, core/missions/save.ts). The 实操 tab reads them to draw the mission map; the
 * console session (console/services/session.ts) writes them while a mission is played.
 */
import { MISSION_PROGRESS_SCHEMA, trackedProgress } from '../core/missions/progress';
import type { MissionProgress } from '../core/missions/progress';
import { isMissionSave, MISSION_SAVE_VERSION, missionSaveKey } from '../core/missions/save';
import type { MissionSave } from '../core/missions/save';
import { BUILDER_DRAFT_KEY, isBuilderDraft, MISSION_LIBRARY_SCHEMA } from '../core/missions/library';
import type { BuilderDraft, MissionLibrary } from '../core/missions/library';
import { createVersionedStore, remove } from './storage';
import type { SaveResult, StorageNotice, VersionedStore } from './storage';

let progressStore: VersionedStore<MissionProgress> | undefined;
let libraryStore: VersionedStore<MissionLibrary> | undefined;
let pendingNotice: StorageNotice | undefined;

function progressStoreOf(): VersionedStore<MissionProgress> {
  if (!progressStore) progressStore = createVersionedStore(MISSION_PROGRESS_SCHEMA);
  return progressStore;
}

/** The records of every mission played (a damaged save is backed up and told once through `takeMissionNotice`). */
export function readMissionProgress(): MissionProgress {
  const result = progressStoreOf().load();
  if (result.notice) pendingNotice = result.notice;
  return trackedProgress(result.value);
}

/** Changes the records and saves them; the result says whether storage took the write. */
export function updateMissionProgress(update: (p: MissionProgress) => MissionProgress): SaveResult {
  return progressStoreOf().save(update(readMissionProgress()));
}

function saveStore(missionId: string): VersionedStore<MissionSave | null> {
  return createVersionedStore<MissionSave | null>({
    key: missionSaveKey(missionId),
    version: MISSION_SAVE_VERSION,
    validate: (v): v is MissionSave | null => v === null || (isMissionSave(v) && v.missionId === missionId),
    initial: () => null,
  });
}

/** A mission's saved run, or null when it has none (or it could not be read: then it is backed up and told). */
export function readMissionSave(missionId: string): MissionSave | null {
  const result = saveStore(missionId).load();
  if (result.notice) pendingNotice = result.notice;
  return result.value;
}

export function writeMissionSave(save: MissionSave): SaveResult {
  return saveStore(save.missionId).save(save);
}

export function removeMissionSave(missionId: string): void {
  remove(missionSaveKey(missionId));
}

/** The notice from reading damaged mission data, once. */
export function takeMissionNotice(): StorageNotice | undefined {
  const notice = pendingNotice;
  pendingNotice = undefined;
  return notice;
}

function libraryStoreOf(): VersionedStore<MissionLibrary> {
  if (!libraryStore) libraryStore = createVersionedStore(MISSION_LIBRARY_SCHEMA);
  return libraryStore;
}

/** The learner's own missions (imported or built; core/missions/library.ts). */
export function readMissionLibrary(): MissionLibrary {
  const result = libraryStoreOf().load();
  if (result.notice) pendingNotice = result.notice;
  return result.value;
}

/** Changes the own missions and saves them; the result says whether storage took the write. */
export function updateMissionLibrary(update: (library: MissionLibrary) => MissionLibrary): SaveResult {
  return libraryStoreOf().save(update(readMissionLibrary()));
}

function draftStore(): VersionedStore<BuilderDraft | null> {
  return createVersionedStore<BuilderDraft | null>({
    key: BUILDER_DRAFT_KEY,
    version: 1,
    validate: (v): v is BuilderDraft | null => v === null || isBuilderDraft(v),
    initial: () => null,
  });
}

/** The mission builder's draft, or null when none is being made. */
export function readBuilderDraft(): BuilderDraft | null {
  return draftStore().load().value;
}

/** Keeps (or, with null, drops) the mission builder's draft. */
export function writeBuilderDraft(draft: BuilderDraft | null): SaveResult {
  return draftStore().save(draft);
}

/** Forgets the in-memory stores (app restart; tests). */
export function forgetMissionStores(): void {
  progressStore = undefined;
  libraryStore = undefined;
  pendingNotice = undefined;
}
