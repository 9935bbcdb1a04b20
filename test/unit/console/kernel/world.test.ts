import { findFact, isFactId } from '../../../../miniprogram/content/facts';
import {
  checkWorld,
  clockView,
  createWorld,
  dispatch,
  dispatchUnknown,
  LOG_LIMIT,
  nextDue,
  recentLog,
  RULE_SETS,
  ruleSetDifferences,
  SCENARIO_IDS,
  SCENARIOS,
  serializeWorld,
  type Action,
} from '../../../../miniprogram/console/engine/index';
import { fails, ok, PASSWORD, readyWorld, submitAccount, withoutLog } from '../helpers';

const DAY = 24 * 3600 * 1000;

describe('dispatch', () => {
  const w = createWorld();

  test('an unknown action type is refused with UNKNOWN_ACTION, and logged', () => {
    const result = dispatchUnknown(w, { type: 'console.explode' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('UNKNOWN_ACTION');
    expect(result.error.message.zh).toContain('console.explode');
    expect(result.world.log[result.world.log.length - 1]).toMatchObject({ kind: 'error', type: 'UNKNOWN_ACTION' });
    expect(withoutLog(result.world)).toEqual(withoutLog(w));
    for (const junk of [null, 42, 'clock.advance', [], { type: 7 }]) {
      const r = dispatchUnknown(w, junk);
      expect(!r.ok && r.error.code).toBe('UNKNOWN_ACTION');
    }
  });

  test('a malformed payload is refused with INVALID_ACTION naming the field', () => {
    const missing = dispatchUnknown(w, { type: 'basic.setName' });
    expect(!missing.ok && missing.error.code).toBe('INVALID_ACTION');
    expect(!missing.ok && missing.error.message.en).toContain('action.name');
    const extra = dispatchUnknown(w, { type: 'clock.advance', ms: 5, sneaky: true });
    expect(!extra.ok && extra.error.message.en).toContain('unknown key');
    const wrongType = dispatchUnknown(w, { type: 'register.confirm', accept: 'yes' });
    expect(!wrongType.ok && wrongType.error.code).toBe('INVALID_ACTION');
    const notFinite = dispatchUnknown(w, { type: 'clock.advance', ms: Infinity });
    expect(!notFinite.ok && notFinite.error.code).toBe('INVALID_ACTION');
  });

  test('the input world is never mutated, on success or failure', () => {
    const frozen = JSON.parse(serializeWorld(w));
    submitAccount(w);
    dispatch(w, {
      type: 'register.submitAccount',
      email: 'x',
      password: '',
      confirmPassword: '',
      captcha: '',
      agree: false,
    });
    expect(JSON.parse(serializeWorld(w))).toEqual(frozen);
  });

  test('every event is logged with its facts; passwords never reach the log', () => {
    const next = submitAccount(w);
    const types = recentLog(next, 3).map((e) => e.type);
    expect(types).toEqual(['SCENARIO_STARTED', 'ACCOUNT_SUBMITTED', 'ACTIVATION_MAIL_SENT']);
    expect(recentLog(next, 1)[0].factIds).toEqual(['A-01', 'A-02']);
    expect(JSON.stringify(next.log)).not.toContain(PASSWORD);
    const failed = dispatch(next, { type: 'register.refreshCaptcha' });
    expect(failed.ok).toBe(false);
    expect(recentLog(failed.world, 1)[0]).toMatchObject({
      kind: 'error',
      type: 'REGISTER_WRONG_STEP',
      factIds: ['R-01'],
    });
  });

  test('the log keeps the newest entries and counts the dropped ones', () => {
    let x = w;
    for (let i = 0; i < LOG_LIMIT + 20; i++) x = dispatch(x, { type: 'register.refreshCaptcha' }).world;
    expect(x.log).toHaveLength(LOG_LIMIT);
    expect(x.logDropped).toBe(21);
    expect(x.log[x.log.length - 1].seq).toBe(LOG_LIMIT + 21);
  });
});

describe('clock', () => {
  test('time travel only goes forward, by a positive duration up to 5 years', () => {
    const w = createWorld();
    fails(w, { type: 'clock.advance', ms: 0 }, 'CLOCK_INVALID');
    fails(w, { type: 'clock.advance', ms: -5 }, 'CLOCK_INVALID');
    fails(w, { type: 'clock.advance', ms: 6 * 366 * DAY }, 'CLOCK_INVALID');
    const back = fails(w, { type: 'clock.set', time: w.now - 1 }, 'CLOCK_BACKWARDS');
    expect(back.message.zh).toContain('2025-03-03 09:00');
    expect(clockView(ok(w, { type: 'clock.advance', ms: 2 * 3600 * 1000 })).text).toBe('2025-03-03 11:00');
  });

  test('nextDue names the next timed change; events fire at their own moment, in order', () => {
    const w = ok(readyWorld(), { type: 'versions.submitReview', uploader: 'reglab_learner' });
    expect(nextDue(w)).toBe(w.now + DAY);
    expect(nextDue(readyWorld())).toBeNull();
    const result = dispatch(w, { type: 'clock.advance', ms: 10 * DAY });
    if (!result.ok) throw new Error('clock failed');
    const passed = result.events.find((e) => e.type === 'REVIEW_PASSED');
    expect(passed?.at).toBe(w.now + DAY);
    expect(result.events[result.events.length - 1].type).toBe('CLOCK_ADVANCED');
  });
});

describe('scenarios', () => {
  test('every scenario builds a valid world with zh/en titles and real fact IDs', () => {
    expect(new Set(SCENARIO_IDS).size).toBe(SCENARIOS.length);
    for (const scenario of SCENARIOS) {
      const w = createWorld({ scenario: scenario.id });
      expect(checkWorld(JSON.parse(serializeWorld(w)))).toEqual({ ok: true, world: w });
      expect(w.scenarioId).toBe(scenario.id);
      expect(scenario.title.zh.length * scenario.title.en.length).toBeGreaterThan(0);
      expect(scenario.summary.zh.length * scenario.summary.en.length).toBeGreaterThan(0);
      for (const id of scenario.factIds) expect(isFactId(id)).toBe(true);
    }
  });

  test('the same options give the same world; another seed gives other random values', () => {
    expect(createWorld({ scenario: 'ready-to-release', seed: 7 })).toEqual(
      createWorld({ scenario: 'ready-to-release', seed: 7 }),
    );
    const a = createWorld({ scenario: 'ready-to-release', seed: 7 }).apps[0].appId;
    const b = createWorld({ scenario: 'ready-to-release', seed: 8 }).apps[0].appId;
    expect(a).not.toBe(b);
    const actions: Action[] = [
      {
        type: 'register.submitAccount',
        email: 'a@example.com',
        password: PASSWORD,
        confirmPassword: PASSWORD,
        captcha: '',
        agree: true,
      },
    ];
    expect(dispatch(createWorld({ seed: 3 }), actions[0])).toEqual(dispatch(createWorld({ seed: 3 }), actions[0]));
  });

  test('an unknown scenario ID falls back to the fresh world', () => {
    const w = createWorld({ scenario: 'no-such' as 'fresh' });
    expect(w.scenarioId).toBe('fresh');
  });

  test('the classic scenario runs on the classic rule set; the option overrides it', () => {
    expect(createWorld({ scenario: 'classic-tutorial' }).ruleSet).toBe('classic');
    expect(createWorld({ scenario: 'classic-tutorial', ruleSet: 'current' }).ruleSet).toBe('current');
  });
});

describe('rule sets', () => {
  test('every difference between the rule sets is a fact the sheet marks as changed', () => {
    const diffs = ruleSetDifferences();
    expect(diffs).toEqual(expect.arrayContaining(['B-02', 'B-07', 'D-04', 'D-07', 'V-02', 'V-06']));
    for (const id of diffs) expect(findFact(id)?.changed).toBe(true);
  });

  test('every rule-set key is a fact ID of kind rule, limit or flow', () => {
    for (const id of Object.keys(RULE_SETS.current.rules)) {
      expect(['rule', 'limit', 'flow']).toContain(findFact(id)?.kind);
    }
    expect(RULE_SETS.classic.title.zh).toContain('2020');
  });

  test('the sandbox switches the rule set by an action: logged, and what the console says follows it (I-03, V-06)', () => {
    const start = readyWorld();
    expect(start.ruleSet).toBe('current');
    const classic = ok(start, { type: 'sandbox.setRuleSet', ruleSet: 'classic' });
    expect(classic.ruleSet).toBe('classic');
    expect(recentLog(classic, 1)[0]).toMatchObject({
      type: 'RULE_SET_SWITCHED',
      data: { from: 'current', to: 'classic' },
    });
    // Classic rules: an individual cannot apply for WeChat verification.
    fails(classic, { type: 'verify.apply', withFiling: false, participants: [] }, 'VERIFY_NOT_FOR_INDIVIDUAL');
    // Choosing the rule set in force changes nothing.
    const again = ok(classic, { type: 'sandbox.setRuleSet', ruleSet: 'classic' });
    expect(withoutLog(again)).toEqual(withoutLog(classic));
    const unknown = dispatchUnknown(start, { type: 'sandbox.setRuleSet', ruleSet: 'future' });
    expect(unknown.ok).toBe(false);
  });
});
