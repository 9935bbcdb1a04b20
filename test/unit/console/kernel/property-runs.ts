import fc from 'fast-check';
import {
  createWorld,
  dispatch,
  type Action,
  type ScenarioId,
  type World,
  type WorldOptions,
} from '../../../../miniprogram/console/engine/index';
import { activate, completeBasics, fillInfo, ok, okAll, registerIndividual, submitAccount } from '../helpers';
import { checkAction, checkFinal, checkWorld, forbiddenFor } from './invariants';
import { ALL_MAKERS, makeAction, type Memory } from './random-actions';

/**
 * Random action sequences for the property suite: where they start, how they are generated, and the main
 * property (every invariant of ./invariants.ts along each run). The main property runs in a plain Node process
 * (`tools/property-run.js`, started by properties.test.ts): Jest's sandbox makes this code about twice as slow.
 */

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

const YEAR = 366 * 24 * 3600 * 1000;

/**
 * Quotas used under the current rules, then the rule set the run asked for: classic allows fewer domain changes a
 * month, and counts every rename before publishing, so a switch finds more changes than it allows (issue 14,
 * item 6: a quota must then show 0 left, never less). Random runs rarely use a quota up on their own.
 */
function usedUnderCurrent(options: WorldOptions, scenario: ScenarioId, actions: (w: World) => Action[]): World {
  const world = createWorld({ ...options, scenario, ruleSet: 'current' });
  const used = okAll(world, actions(world));
  return ok(used, { type: 'sandbox.setRuleSet', ruleSet: options.ruleSet || 'current' });
}

const DOMAIN_CHANGES = Array.from({ length: 6 }, (_, i): Action => {
  const domains = ['https://api.reglab-demo.cn', 'https://www.my-shop.com.cn'];
  return { type: 'dev.setDomains', kind: 'request', domains: [domains[i % 2]] };
});

/** Where random sequences begin: every interesting scenario, plus worlds part-way through registration. */
export const STARTS: Start[] = [
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
  (options) => usedUnderCurrent(options, 'ready-to-release', () => DOMAIN_CHANGES),
  (options) =>
    usedUnderCurrent(options, 'quotas-used', () => [
      { type: 'clock.advance', ms: YEAR },
      { type: 'basic.setName', name: '新的练习名称' },
    ]),
];

const step = fc.tuple(fc.nat(ALL_MAKERS.length - 1), fc.nat(1000), fc.nat(1000), fc.nat(1000));

/**
 * Random runs of up to `maxLength` actions. fast-check's default size ('small') would cap arrays at about 10
 * whatever maxLength says; `size: 'max'` lets lengths spread over the whole range.
 */
export function runs(maxLength: number) {
  return fc.record({
    start: fc.nat(STARTS.length - 1),
    ruleSet: fc.constantFrom('current' as const, 'classic' as const),
    seed: fc.nat(10000),
    steps: fc.array(step, { minLength: 1, maxLength, size: 'max' }),
  });
}

/** The main property's budget: runs of up to 100 actions (about 50 on average). */
export const MAIN_RUNS = 10000;
export const MAIN_MAX_LENGTH = 100;

export interface MainFigures {
  runs: number;
  actions: number;
  seconds: number;
  cpuSeconds: number;
  meanLength: number;
  maxLength: number;
  /** Runs by length: 1–20, 21–40, 41–60, 61–80, 81–100. */
  byLength: number[];
}

/**
 * The main property: no action throws; errors leave the world unchanged; secrets, ID and phone numbers stay out of
 * the save; quotas, limits and the online version hold; the final save loads back as the same world. Throws
 * fast-check's report (seed, counterexample, the broken invariant) when one does not hold.
 */
export function mainProperty(numRuns: number, seed?: number): MainFigures {
  const started = Date.now();
  const cpu = process.cpuUsage();
  const lengths: number[] = [];
  fc.assert(
    fc.property(runs(MAIN_MAX_LENGTH), ({ start, ruleSet, seed: worldSeed, steps }) => {
      let world = STARTS[start]({ ruleSet, seed: worldSeed });
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
    // The broken invariant in the report itself: the report is all a failing child process sends back.
    { numRuns, includeErrorInReport: true, ...(seed === undefined ? {} : { seed }) },
  );
  const used = process.cpuUsage(cpu);
  const actions = lengths.reduce((sum, n) => sum + n, 0);
  const byLength = [0, 0, 0, 0, 0];
  for (const n of lengths) byLength[Math.min(4, Math.floor((n - 1) / 20))]++;
  return {
    runs: lengths.length,
    actions,
    seconds: (Date.now() - started) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    meanLength: actions / lengths.length,
    maxLength: Math.max(...lengths),
    byLength,
  };
}
