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
const run = fc.record({
  start: fc.nat(STARTS.length - 1),
  ruleSet: fc.constantFrom('current' as const, 'classic' as const),
  seed: fc.nat(10000),
  steps: fc.array(step, { minLength: 1, maxLength: 40 }),
});

function stateOnly(w: World): string {
  const { log: _log, logDropped: _dropped, ...rest } = w;
  return JSON.stringify(rest);
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
    expect(result.error.code).not.toBe('INTERNAL_ERROR');
    expect(stateOnly(after)).toBe(stateOnly(before));
    expect(after.log.length + after.logDropped).toBe(before.log.length + before.logDropped + 1);
  }
  const revealed = memory.secrets.concat(memory.uploadKeys);
  if (revealed.length > 0) {
    const text = serializeWorld(after);
    for (const secret of revealed) expect(text.indexOf(secret)).toBe(-1);
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
    if (now[appId] !== was[appId]) expect(['versions.publish', 'versions.rollback']).toContain(action.type);
  }
  const due = nextDue(after);
  if (due !== null) expect(due).toBeGreaterThan(after.now);
  expect(after.now).toBeGreaterThanOrEqual(before.now);
}

describe('properties over random action sequences', () => {
  test('no action throws; errors leave the world unchanged; secrets stay unreadable; quotas, limits and the online version hold', () => {
    fc.assert(
      fc.property(run, ({ start, ruleSet, seed, steps }) => {
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
        expect(deserializeWorld(serializeWorld(world))).toEqual({ ok: true, world });
      }),
      { numRuns: 700 },
    );
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
