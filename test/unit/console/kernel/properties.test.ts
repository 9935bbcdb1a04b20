import fc from 'fast-check';
import { memberCount, memberLimits } from '../../../../miniprogram/console/engine/members/rules';
import { QUOTA_KEYS, quotaOf } from '../../../../miniprogram/console/engine/kernel/quotas';
import {
  ACTION_TYPES,
  createWorld,
  deserializeWorld,
  dispatch,
  dispatchUnknown,
  nextDue,
  rulesOf,
  sampleIdentity,
  serializeWorld,
  type Action,
  type ActionResult,
  type ScenarioId,
  type World,
  type WorldOptions,
} from '../../../../miniprogram/console/engine/index';
import { activate, completeBasics, fillInfo, registerIndividual, submitAccount } from '../helpers';
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
 * The main property's budget: runs of up to 100 actions (about 50 on average). 600 runs (~30,000 actions) fit
 * the suite's 60 s on the 2-core machine; `PROPERTY_RUNS=10000 npx jest properties` runs the full 10,000
 * (about 500,000 actions, several minutes: each action is checked against every invariant).
 */
export const MAIN_RUNS = Number(process.env.PROPERTY_RUNS || 600);
export const MAIN_MAX_LENGTH = 100;

function stateOnly(w: World): string {
  const { log: _log, logDropped: _dropped, ...rest } = w;
  return JSON.stringify(rest);
}

/** The same world apart from the log: every branch is the very same object (errors copy nothing). */
function sameStateRefs(after: World, before: World): boolean {
  return (Object.keys(before) as (keyof World)[]).every(
    (key) => key === 'log' || key === 'logDropped' || after[key] === before[key],
  );
}

/** Full ID and phone numbers the random learner types (sample identities, filing people): never stored. */
function personalNumbers(w: World): string[] {
  const out = ['13800138001', '13800138002'];
  for (let i = 0; i < 4; i++) {
    const s = sampleIdentity(w, i);
    out.push(s.idNumber, s.phone);
  }
  return out;
}

function onlineIds(w: World): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const app of w.apps) out[app.appId] = app.versions.online ? app.versions.online.version.id : null;
  return out;
}

/** Every invariant that must hold after any action. */
function checkInvariants(before: World, action: Action, result: ActionResult, memory: Memory): void {
  const after = result.world;
  if (!result.ok) {
    if (result.error.code === 'INTERNAL_ERROR') throw new Error(`${action.type}: INTERNAL_ERROR`);
    if (!sameStateRefs(after, before)) expect(stateOnly(after)).toBe(stateOnly(before));
    expect(after.log.length + after.logDropped).toBe(before.log.length + before.logDropped + 1);
  } else if (result.reveal) {
    // Right after a secret is shown is when it could have been kept by mistake; the end of the run checks again.
    const text = serializeWorld(after);
    for (const secret of memory.secrets.concat(memory.uploadKeys)) expect(text.indexOf(secret)).toBe(-1);
  }
  const rules = rulesOf(after.ruleSet);
  for (const app of after.apps) {
    for (const key of QUOTA_KEYS) expect(quotaOf(app, rules, after.now, key).remaining).toBeGreaterThanOrEqual(0);
    const limits = memberLimits(after, app);
    expect(memberCount(app, 'project')).toBeLessThanOrEqual(limits.project);
    expect(memberCount(app, 'experience')).toBeLessThanOrEqual(limits.experience);
    expect(app.categories.length).toBeLessThanOrEqual(rules['B-07'].maxCategories);
    for (const kind of Object.keys(app.dev.domains) as (keyof typeof app.dev.domains)[]) {
      expect(app.dev.domains[kind].length).toBeLessThanOrEqual(rules['D-07'].maxPerKind);
    }
    const devUploaders = app.versions.dev.map((v) => v.uploader);
    expect(new Set(devUploaders).size).toBe(devUploaders.length);
  }
  const was = onlineIds(before);
  const now = onlineIds(after);
  for (const appId of Object.keys(was)) {
    if (now[appId] === was[appId]) continue;
    expect(['versions.publish', 'versions.rollback']).toContain(action.type);
    const old = before.apps.find((a) => a.appId === appId);
    if (action.type === 'versions.publish') {
      // Fact P-05: what goes online is the version whose review passed.
      expect(old?.versions.review?.status).toBe('passed');
      expect(old?.versions.review?.version.id).toBe(now[appId]);
    } else {
      expect(old?.versions.previous?.id).toBe(now[appId]);
    }
  }
  const due = nextDue(after);
  if (due !== null) expect(due).toBeGreaterThan(after.now);
  expect(after.now).toBeGreaterThanOrEqual(before.now);
}

describe('properties over random action sequences', () => {
  test('no action throws; errors leave the world unchanged; secrets, ID and phone numbers stay out of the save; quotas, limits and the online version hold', () => {
    const started = Date.now();
    let actions = 0;
    fc.assert(
      fc.property(runs(MAIN_MAX_LENGTH), ({ start, ruleSet, seed, steps }) => {
        let world = STARTS[start]({ ruleSet, seed });
        const memory: Memory = { secrets: [], uploadKeys: [] };
        for (const s of steps) {
          const action = makeAction(world, s, memory);
          const result = dispatch(world, action);
          if (result.ok && result.reveal) {
            if (result.reveal.appSecret) memory.secrets.push(result.reveal.appSecret);
            if (result.reveal.uploadKey) memory.uploadKeys.push(result.reveal.uploadKey);
          }
          checkInvariants(world, action, result, memory);
          world = result.world;
        }
        actions += steps.length;
        const text = serializeWorld(world);
        for (const secret of memory.secrets.concat(memory.uploadKeys)) expect(text.indexOf(secret)).toBe(-1);
        for (const number of personalNumbers(world)) expect(text.indexOf(number)).toBe(-1);
        expect(deserializeWorld(text)).toEqual({ ok: true, world });
      }),
      { numRuns: MAIN_RUNS },
    );
    const seconds = (Date.now() - started) / 1000;
    // The figures the suite's budget is set from (docs/console-engine.md): runs and actions per second.
    process.stdout.write(
      `properties: ${MAIN_RUNS} runs, ${actions} actions (${(actions / MAIN_RUNS).toFixed(1)} a run) in ${seconds.toFixed(1)} s: ` +
        `${Math.round(MAIN_RUNS / seconds)} runs/s, ${Math.round(actions / seconds)} actions/s\n`,
    );
    expect(actions / MAIN_RUNS).toBeGreaterThan(MAIN_MAX_LENGTH / 3);
  });

  test('every state along a sequence round-trips through serialization', () => {
    fc.assert(
      fc.property(run, ({ start, ruleSet, seed, steps }) => {
        let world = STARTS[start]({ ruleSet, seed });
        const memory: Memory = { secrets: [], uploadKeys: [] };
        for (const s of steps) {
          world = dispatch(world, makeAction(world, s, memory)).world;
          const loaded = deserializeWorld(serializeWorld(world));
          expect(loaded.ok).toBe(true);
          if (loaded.ok) expect(loaded.world).toEqual(world);
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
