import { execFile } from 'child_process';
import fc from 'fast-check';
import * as path from 'path';
import {
  ACTION_TYPES,
  createWorld,
  deserializeWorld,
  dispatch,
  dispatchUnknown,
  serializeWorld,
  type ActionResult,
  type World,
} from '../../../../miniprogram/console/engine/index';
import { PROJECT_ROOT as REPO } from '../../../helpers/paths';
import { samePlain } from './invariants';
import { MAIN_MAX_LENGTH, MAIN_RUNS, runs, STARTS, type MainFigures } from './property-runs';
import { makeAction, type Memory } from './random-actions';

const run = runs(40);

/**
 * The main property's budget: 10,000 runs of up to 100 actions (about 50 on average, ~500,000 actions), each
 * action checked at the cost of what it changed (./invariants.ts), in two plain Node processes (Jest's sandbox
 * would make it twice as slow): under 60 s on the 2-core machine, figures in docs/console-engine.md.
 * `PROPERTY_RUNS` and `PROPERTY_PROCESSES` change the count and the processes.
 */
const MAIN = {
  runs: Number(process.env.PROPERTY_RUNS || MAIN_RUNS),
  processes: Number(process.env.PROPERTY_PROCESSES || 2),
};

function stateOnly(w: World): string {
  const { log: _log, logDropped: _dropped, ...rest } = w;
  return JSON.stringify(rest);
}

describe('properties over random action sequences', () => {
  test('no action throws; errors leave the world unchanged; secrets, ID and phone numbers stay out of the save; quotas, limits and the online version hold', async () => {
    const script = path.join(REPO, 'tools', 'property-run.js');
    const args = [script, '--runs', String(MAIN.runs), '--processes', String(MAIN.processes)];
    const outcome = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, args, { cwd: REPO, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
      );
    });
    // fast-check's report when a property fails: the seed, the shrunk run and the broken invariant.
    if (outcome.code !== 0) throw new Error(`${outcome.stderr}\n${outcome.stdout}`);
    const lines = outcome.stdout.trim().split('\n');
    // The figures the suite's budget is set from (docs/console-engine.md), printed once.
    process.stdout.write(`${lines[lines.length - 2]}\n`);
    const figures = JSON.parse(lines[lines.length - 1]) as MainFigures;
    expect(figures.runs).toBe(MAIN.runs);
    expect(figures.meanLength).toBeGreaterThan(MAIN_MAX_LENGTH / 3);
    expect(figures.maxLength).toBeLessThanOrEqual(MAIN_MAX_LENGTH);
  }, 600000);

  test('every state along a sequence round-trips through serialization', () => {
    fc.assert(
      fc.property(run, ({ start, ruleSet, seed, steps }) => {
        let world = STARTS[start]({ ruleSet, seed });
        const memory: Memory = { secrets: [], uploadKeys: [] };
        for (const s of steps) {
          world = dispatch(world, makeAction(world, s, memory)).world;
          const loaded = deserializeWorld(serializeWorld(world));
          // expect() only when they differ, for its diff: it costs more than the action.
          if (!loaded.ok || !samePlain(loaded.world, world)) expect(loaded).toEqual({ ok: true, world });
        }
      }),
      { numRuns: 100 },
    );
  });

  test('replaying the same actions on the same world gives the same results', () => {
    fc.assert(
      fc.property(run, ({ start, ruleSet, seed, steps }) => {
        const replay = () => {
          let world = STARTS[start]({ ruleSet, seed });
          const memory: Memory = { secrets: [], uploadKeys: [] };
          const results: ActionResult[] = [];
          for (const s of steps) {
            const result = dispatch(world, makeAction(world, s, memory));
            if (result.ok && result.reveal?.appSecret) memory.secrets.push(result.reveal.appSecret);
            results.push(result);
            world = result.world;
          }
          return results;
        };
        const first = replay();
        const second = replay();
        // expect() only when they differ, for its diff: on whole worlds it costs more than the actions.
        if (!samePlain(first, second)) expect(second).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  test('arbitrary input as an action is refused as a value, never thrown', () => {
    const worlds = [createWorld(), createWorld({ scenario: 'ready-to-release' })];
    const payload = fc.dictionary(
      fc.constantFrom(
        'ms',
        'time',
        'email',
        'name',
        'form',
        'roles',
        'percent',
        'kind',
        'wechatId',
        'domains',
        'extra',
      ),
      fc.anything(),
    );
    const input = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom(...ACTION_TYPES) }).chain((base) => payload.map((p) => ({ ...p, ...base }))),
    );
    fc.assert(
      fc.property(fc.nat(worlds.length - 1), input, (i, raw) => {
        const before = worlds[i];
        const result = dispatchUnknown(before, raw);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(result.error.code).not.toBe('INTERNAL_ERROR');
          expect(stateOnly(result.world)).toBe(stateOnly(before));
        }
        expect(deserializeWorld(serializeWorld(result.world)).ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
