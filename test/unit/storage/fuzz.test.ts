/**
 * Storage fuzzing (issue 14, item 7): saved progress and console saves corrupted in random ways (wrong types,
 * deleted fields, truncation, old and future versions, huge values). Whatever happens: loading does not throw,
 * what was readable is kept, the learner is told, and the bad data is backed up exactly as it was.
 */
import fc from 'fast-check';
import { LESSONS } from '../../../miniprogram/content/index';
import { createWorld } from '../../../miniprogram/console/engine/index';
import type { ScenarioId } from '../../../miniprogram/console/engine/index';
import { SCHEMA_VERSION } from '../../../miniprogram/console/engine/index';
import { markSectionSeen, recordResult } from '../../../miniprogram/core/progress/actions';
import { applyAnswer } from '../../../miniprogram/pages/quiz/schedule';
import { PROGRESS_KEY, initialProgress } from '../../../miniprogram/core/progress/model';
import type { Progress } from '../../../miniprogram/core/progress/model';
import { PROGRESS_SCHEMA } from '../../../miniprogram/core/progress/schema';
import { memoryStorage, versionedStore } from '../../../miniprogram/core/storage/versioned-store';
import {
  CONSOLE_KEY,
  forgetLoadedWorld,
  loadWorld,
  takeConsoleNotice,
} from '../../../miniprogram/console/services/session';
import { forgetLoadedProgress } from '../../../miniprogram/services/storage';
import { installWxFake } from '../../helpers/wx';

const NOW = 1_760_000_000_000;

/** A learner with read lessons, scores, exams and a wrong-answer book. */
function richProgress(): Progress {
  let p: Progress = { ...initialProgress('en'), theme: 'dark' };
  for (const lesson of LESSONS.slice(0, 6)) for (const s of lesson.sections) p = markSectionSeen(p, lesson, s.id, NOW);
  for (const id of ['q-register-1', 'q-register-2', 'q-release-1']) p = applyAnswer(p, id, 0, NOW).progress;
  const exam = {
    runId: 'exam:1',
    mode: 'exam' as const,
    target: '',
    points: 16,
    total: 20,
    passed: true,
    timedOut: false,
    durationMs: 60000,
    byStage: [],
    items: [],
    finishedAt: NOW,
  };
  for (let i = 0; i < 4; i++) p = recordResult(p, { ...exam, runId: `exam:${i}`, points: 10 + i } as never, NOW + i);
  return {
    ...p,
    scores: {
      'lesson:a': { best: { points: 8, total: 10 }, last: { points: 7, total: 10 }, attempts: 2, lastAt: NOW },
      'stage:register': { best: { points: 3, total: 5 }, last: { points: 3, total: 5 }, attempts: 1, lastAt: NOW },
      'mixed:': { best: { points: 9, total: 10 }, last: { points: 9, total: 10 }, attempts: 3, lastAt: NOW },
    },
  };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Paths to every value in a JSON tree (objects and arrays included). */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object')
    for (const k of Object.keys(value)) out.push(...paths(value[k], [...at, k]));
  return out;
}

function setAt(root: Json, path: (string | number)[], next: Json | undefined): Json | undefined {
  if (path.length === 0) return next;
  const copy = JSON.parse(JSON.stringify(root)) as Json;
  let node: Json = copy;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return root;
    node = (node as Record<string | number, Json>)[key];
  }
  if (node === null || typeof node !== 'object') return root;
  const parent = node as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (next === undefined) delete parent[last];
  else parent[last] = next;
  return copy;
}

const junk: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.integer(),
  fc.constantFrom(1e308, -1, 0.5, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constant('x'.repeat(200_000)),
  fc.constant([] as Json),
  fc.constant({} as Json),
  fc.constant({ __proto__: { polluted: true } } as unknown as Json),
);

/** One way to break a saved `{ schema, data }` text. */
type Corruption =
  | { kind: 'value'; pick: number; to: Json | undefined; more: number[] }
  | { kind: 'truncate'; at: number }
  | { kind: 'schema'; to: Json };

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({
    kind: fc.constant('value' as const),
    pick: fc.nat(),
    to: junk,
    more: fc.array(fc.nat(), { maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('schema' as const),
    to: fc.oneof(fc.integer({ min: -2, max: 99 }), fc.constant('2' as Json), fc.constant(null)),
  }),
);

function corrupt(envelope: Json, c: Corruption): string {
  if (c.kind === 'truncate') {
    const text = JSON.stringify(envelope);
    return text.slice(0, c.at % text.length);
  }
  if (c.kind === 'schema') return JSON.stringify({ ...(envelope as object), schema: c.to });
  const all = paths(envelope);
  let out = envelope;
  for (const n of [c.pick, ...c.more]) {
    const path = all[n % all.length];
    const next = setAt(out, path, c.to);
    if (next !== undefined) out = next;
  }
  return JSON.stringify(out);
}

/** The records of a progress, each as text, to see which survived. */
function records(p: Progress): string[] {
  return [
    ...Object.entries(p.lessons).map(([k, v]) => `lesson ${k} ${JSON.stringify(v)}`),
    ...Object.entries(p.scores).map(([k, v]) => `score ${k} ${JSON.stringify(v)}`),
    ...p.exams.map((e) => `exam ${JSON.stringify(e)}`),
    ...Object.entries(p.wrongBook.entries).map(([k, v]) => `book ${k} ${JSON.stringify(v)}`),
  ];
}

function readableRecords(text: string): Set<string> {
  try {
    const parsed = JSON.parse(text) as { schema?: unknown; data?: unknown };
    if (parsed.schema !== 2 || !parsed.data || typeof parsed.data !== 'object') return new Set();
    const d = parsed.data as Partial<Progress>;
    const safe = (f: () => string[]) => {
      try {
        return f();
      } catch {
        return [];
      }
    };
    return new Set([
      ...safe(() => Object.entries(d.lessons ?? {}).map(([k, v]) => `lesson ${k} ${JSON.stringify(v)}`)),
      ...safe(() => Object.entries(d.scores ?? {}).map(([k, v]) => `score ${k} ${JSON.stringify(v)}`)),
      ...safe(() => (Array.isArray(d.exams) ? d.exams.map((e) => `exam ${JSON.stringify(e)}`) : [])),
      ...safe(() => Object.entries(d.wrongBook?.entries ?? {}).map(([k, v]) => `book ${k} ${JSON.stringify(v)}`)),
    ]);
  } catch {
    return new Set();
  }
}

describe('fuzzing saved progress', () => {
  const original = richProgress();
  const envelope = JSON.parse(JSON.stringify({ schema: 2, data: original })) as Json;
  const originalRecords = records(JSON.parse(JSON.stringify(original)) as Progress);

  it('never throws, keeps every record that is still readable, tells the learner and backs up the bad data', () => {
    fc.assert(
      fc.property(corruption, (c) => {
        const raw = corrupt(envelope, c);
        const storage = memoryStorage({ [PROGRESS_KEY]: raw });
        const loaded = versionedStore(PROGRESS_SCHEMA, storage, () => NOW).load();
        expect(PROGRESS_SCHEMA.validate(loaded.value)).toBe(true);
        const kept = new Set(records(loaded.value));
        const stillReadable = readableRecords(raw);
        // Every original record still intact in the corrupted save is kept.
        for (const r of originalRecords) if (stillReadable.has(r)) expect(kept.has(r)).toBe(true);
        const unchanged = raw === JSON.stringify(envelope);
        if (!unchanged && JSON.stringify(loaded.value) !== JSON.stringify(original)) {
          expect(loaded.notice).toBeDefined();
          expect(loaded.notice?.message.zh.length).toBeGreaterThan(0);
          expect(loaded.notice?.message.en.length).toBeGreaterThan(0);
        }
        if (loaded.notice) {
          expect(loaded.notice.backupKey).toBeDefined();
          expect(storage.data[loaded.notice.backupKey as string]).toBe(raw);
        }
        // The language survives whenever its field is intact, even in text cut short.
        if (raw.includes('"lang":"en"')) expect(loaded.value.lang).toBe('en');
      }),
      { numRuns: 300, seed: 1414 },
    );
  });
});

describe('fuzzing console saves', () => {
  const scenarios: ScenarioId[] = ['fresh', 'existing-app', 'ready-to-release', 'members-full'];

  it('never throws; a world is kept whole or backed up exactly, and the learner is told', () => {
    fc.assert(
      fc.property(fc.constantFrom(...scenarios), corruption, (scenario, c) => {
        const fake = installWxFake();
        try {
          forgetLoadedProgress();
          forgetLoadedWorld();
          const world = createWorld({ scenario, seed: 9 });
          const envelope = JSON.parse(JSON.stringify({ schema: SCHEMA_VERSION, data: { world, smsSeen: 1 } })) as Json;
          const raw = corrupt(envelope, c);
          fake.storage.set(CONSOLE_KEY, raw);
          const loaded = loadWorld();
          const notice = takeConsoleNotice();
          const backups = [...fake.storage.keys()].filter((k) => k.startsWith(`${CONSOLE_KEY}.backup.`));
          if (raw === JSON.stringify(envelope)) expect(notice).toBeUndefined();
          if (notice) {
            expect(backups).toHaveLength(1);
            expect(fake.storage.get(backups[0])).toBe(raw);
          } else expect(backups).toHaveLength(0);
          // Kept whole, or not at all.
          if (loaded !== null && !notice) {
            expect(loaded).toEqual((JSON.parse(raw) as { data: { world: unknown } }).data.world);
          }
          if (loaded !== null && notice) expect(notice.kept).toBe(true);
        } finally {
          fake.restore();
        }
      }),
      { numRuns: 120, seed: 1415 },
    );
  });
});
