import fc from 'fast-check';
import { isDeepStrictEqual } from 'util';
import {
  ACTION_TYPES,
  createWorld,
  deserializeWorld,
  dispatch,
  dispatchUnknown,
  serializeWorld,
  type ActionResult,
  type ScenarioId,
  type World,
  type WorldOptions,
} from '../../../../miniprogram/console/engine/index';
import { activate, completeBasics, fillInfo, registerIndividual, submitAccount } from '../helpers';
import { checkAction, checkFinal, checkWorld, forbiddenFor } from './invariants';
import { ALL_MAKERS, makeAction, type Memory } from './random-actions';

const SCENARIO_STARTS: ScenarioId[] = [
  'fresh',
  'ready-to-release',
  'review-rejects',
  'approved-not-published',
  'quotas-used',
  'secret-lost',
  'members-full',
  'verification-expiring',
  'existing-app',
  'activation-in-spam',
  'classic-tutorial',
];

type Start = (options: WorldOptions) => World;

/** Where random sequences begin: every interesting scenario, plus worlds part-way through registration. */
const STARTS: Start[] = [
  ...SCENARIO_STARTS.map(
    (scenario): Start =>
      (options) =>
        createWorld({ ...options, scenario }),
  ),
  (options) => activate(submitAccount(createWorld(options))),
  (options) => fillInfo(activate(submitAccount(createWorld(options)))),
  (options) => registerIndividual(createWorld(options)),
  (options) => fillInfo(activate(submitAccount(createWorld(options))), 'enterprise', 1, 'payment'),
  (options) => completeBasics(registerIndividual(createWorld(options))),
  (options) => completeBasics(registerIndividual(createWorld(options))),
];

const step = fc.tuple(fc.nat(ALL_MAKERS.length - 1), fc.nat(1000), fc.nat(1000), fc.nat(1000));

/**
 * Random runs of up to `maxLength` actions. fast-check's default size ('small') would cap arrays at about 10
 * whatever maxLength says; `size: 'max'` lets lengths spread over the whole range.
 */
function runs(maxLength: number) {
  return fc.record({
    start: fc.nat(STARTS.length - 1),
    ruleSet: fc.constantFrom('current' as const, 'classic' as const),
    seed: fc.nat(10000),
    steps: fc.array(step, { minLength: 1, maxLength, size: 'max' }),
  });
}
const run = runs(40);

/**
 * The main property's budget: 10,000 runs of up to 100 actions (about 50 on average, ~500,000 actions), each
 * action checked at the cost of what it changed (./invariants.ts), under 60 s on the 2-core machine (figures in
 * docs/console-engine.md). `PROPERTY_RUNS=...` runs another count.
 */
export const MAIN_RUNS = Number(process.env.PROPERTY_RUNS || 10000);
export const MAIN_MAX_LENGTH = 100;

function stateOnly(w: World): string {
  const { log: _log, logDropped: _dropped, ...rest } = w;
  return JSON.stringify(rest);
}

/** Lengths of the runs played: the figures printed once (runs/s, mean and longest). */
function lengthFigures(lengths: number[], seconds: number, cpuSeconds: number): string {
  const actions = lengths.reduce((sum, n) => sum + n, 0);
  const buckets = [0, 0, 0, 0, 0];
  for (const n of lengths) buckets[Math.min(4, Math.floor((n - 1) / 20))]++;
  return (
    `properties: ${lengths.length} runs, ${actions} actions in ${seconds.toFixed(1)} s (CPU ${cpuSeconds.toFixed(1)} s): ` +
    `${Math.round(lengths.length / seconds)} runs/s, ${Math.round(actions / seconds)} actions/s; ` +
    `length mean ${(actions / lengths.length).toFixed(1)}, max ${Math.max(...lengths)}, ` +
    `by 20s ${buckets.join('/')}\n`
  );
}

describe('properties over random action sequences', () => {
  test('no action throws; errors leave the world unchanged; secrets, ID and phone numbers stay out of the save; quotas, limits and the online version hold', () => {
    const started = Date.now();
    const cpu = process.cpuUsage();
    const lengths: number[] = [];
    fc.assert(
      fc.property(runs(MAIN_MAX_LENGTH), ({ start, ruleSet, seed, steps }) => {
        let world = STARTS[start]({ ruleSet, seed });
        const memory: Memory = { secrets: [], uploadKeys: [] };
        const forbidden = forbiddenFor(world, memory);
        checkWorld(world, forbidden, 'the start');
        for (const s of steps) {
          const action = makeAction(world, s, memory);
          const result = dispatch(world, action);
          if (result.ok && result.reveal) {
            if (result.reveal.appSecret) memory.secrets.push(result.reveal.appSecret);
            if (result.reveal.uploadKey) memory.uploadKeys.push(result.reveal.uploadKey);
          }
          checkAction(world, action, result, forbidden);
          world = result.world;
        }
        checkFinal(world, forbidden);
        lengths.push(steps.length);
      }),
      { numRuns: MAIN_RUNS },
    );
    // The figures the suite's budget is set from (docs/console-engine.md), printed once.
    const used = process.cpuUsage(cpu);
    process.stdout.write(lengthFigures(lengths, (Date.now() - started) / 1000, (used.user + used.system) / 1e6));
    expect(lengths.length).toBe(MAIN_RUNS);
    expect(lengths.reduce((sum, n) => sum + n, 0) / MAIN_RUNS).toBeGreaterThan(MAIN_MAX_LENGTH / 3);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAIN_MAX_LENGTH);
  });

  test('every state along a sequence round-trips through serialization', () => {
    fc.assert(
      fc.property(run, ({ start, ruleSet, seed, steps }) => {
        let world = STARTS[start]({ ruleSet, seed });
        const memory: Memory = { secrets: [], uploadKeys: [] };
        for (const s of steps) {
          world = dispatch(world, makeAction(world, s, memory)).world;
          const loaded = deserializeWorld(serializeWorld(world));
          // expect() only when they differ, for its diff: it costs more than the action.
          if (!loaded.ok || !isDeepStrictEqual(loaded.world, world)) expect(loaded).toEqual({ ok: true, world });
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
        expect(replay()).toEqual(replay());
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
