import {
  emptyLibrary,
  isMissionLibrary,
  MAX_LIBRARY_MISSIONS,
  MISSION_LIBRARY_SCHEMA,
  removeLibraryEntry,
  salvageLibrary,
  type MissionLibrary,
} from '../../../miniprogram/core/missions/library';
import {
  importCode,
  libraryEntryOf,
  libraryMission,
  missionOfEntry,
} from '../../../miniprogram/console/missions/library';
import { encodeMission, MISSIONS, type Mission } from '../../../miniprogram/console/missions/index';

const own = (id: string): Mission => ({ ...(MISSIONS.find((m) => m.id === 'first-release') as Mission), id });

describe('own missions library', () => {
  test('an imported code is added once, kept as its code, read back as the mission (no solution), and removable', () => {
    const code = encodeMission(own('teacher-a'));
    const added = importCode(emptyLibrary(), code, MISSIONS, 5);
    if (!added.ok) throw new Error(added.message.en);
    expect(added.outcome).toBe('added');
    expect(added.library.missions).toEqual([
      expect.objectContaining({
        id: 'teacher-a',
        code,
        origin: 'imported',
        solution: null,
        stage: 'release',
        addedAt: 5,
      }),
    ]);
    expect(isMissionLibrary(added.library)).toBe(true);
    expect(libraryMission(added.library, 'teacher-a')).toEqual({ ...own('teacher-a'), solution: null });
    const again = importCode(added.library, code, MISSIONS, 6);
    expect(again.ok && again.outcome).toBe('replaced');
    expect(again.library.missions).toHaveLength(1);
    expect(removeLibraryEntry(added.library, 'teacher-a')).toEqual(emptyLibrary());
  });

  test('a built mission keeps its reference solution beside its code', () => {
    const entry = libraryEntryOf(own('teacher-b'), 'built', 1);
    expect(entry.solution).toEqual(own('teacher-b').solution);
    expect(missionOfEntry(entry)).toEqual(own('teacher-b'));
    // A code that no longer matches its entry's id reads as nothing.
    expect(missionOfEntry({ ...entry, id: 'other' })).toBe(null);
  });

  test('bad codes, built-in ids with other content and a full library change nothing', () => {
    const lib: MissionLibrary = emptyLibrary();
    for (const bad of ['', 'RL', 'hello world', encodeMission(own('x')).slice(0, 40), 'A'.repeat(3000)]) {
      const r = importCode(lib, bad, MISSIONS, 1);
      expect(r.ok).toBe(false);
      expect(r.library).toBe(lib);
    }
    const shadow = importCode(lib, encodeMission({ ...MISSIONS[0], title: { zh: '假', en: 'Fake' } }), MISSIONS, 1);
    expect(!shadow.ok && shadow.message.zh).toContain('内置任务');
    const builtIn = importCode(lib, encodeMission(MISSIONS[0]), MISSIONS, 1);
    expect(builtIn.ok && builtIn.outcome).toBe('built-in');
    expect(builtIn.library).toBe(lib);
    const entry = libraryEntryOf(own('teacher-c'), 'imported', 1);
    const full: MissionLibrary = {
      missions: Array.from({ length: MAX_LIBRARY_MISSIONS }, (_, i) => ({ ...entry, id: `m-${i}` })),
    };
    const r = importCode(full, encodeMission(own('one-more')), MISSIONS, 1);
    expect(!r.ok && r.problem).toBe('full');
    expect(r.library).toBe(full);
  });

  test('storage schema: damaged entries are dropped, good ones kept', () => {
    const entry = libraryEntryOf(own('teacher-d'), 'imported', 1);
    expect(MISSION_LIBRARY_SCHEMA.validate({ missions: [entry] })).toBe(true);
    expect(MISSION_LIBRARY_SCHEMA.validate({ missions: [entry, entry] })).toBe(false);
    expect(MISSION_LIBRARY_SCHEMA.validate({ missions: [{ ...entry, code: 'not a code!' }] })).toBe(false);
    const kept = salvageLibrary({ missions: [entry, { ...entry, stage: 'nowhere' }, entry] });
    expect(kept).toEqual({ value: { missions: [entry] }, dropped: ['2 missions'] });
  });
});
