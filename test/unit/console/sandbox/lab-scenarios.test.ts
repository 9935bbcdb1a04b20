import {
  createWorld,
  dispatch,
  entryRoute,
  RULE_SET_IDS,
  sandboxSummary,
  SCENARIOS,
} from '../../../../miniprogram/console/engine/index';
import {
  findLabScenario,
  isSandboxSummary,
  LAB_RULE_SETS,
  LAB_SCENARIOS,
  labStartUrl,
} from '../../../../miniprogram/core/lab-scenarios';

// The 实操 tab (main package) cannot load the engine: its scenario list must say what the engine does.
describe('the 实操 tab’s scenario metadata matches the engine', () => {
  it('lists the engine’s scenarios, in order, with their titles and briefs', () => {
    expect(LAB_SCENARIOS.map((s) => s.id)).toEqual(SCENARIOS.map((s) => s.id));
    for (const scenario of SCENARIOS) {
      const lab = findLabScenario(scenario.id);
      expect(lab).toMatchObject({ id: scenario.id, title: scenario.title, summary: scenario.summary });
    }
  });

  it('starts each scenario on the engine’s rule set and opens the page a fresh world of it begins on', () => {
    expect(LAB_RULE_SETS).toEqual(RULE_SET_IDS);
    for (const scenario of SCENARIOS) {
      const lab = findLabScenario(scenario.id);
      expect({ id: scenario.id, ruleSet: lab?.ruleSet }).toEqual({
        id: scenario.id,
        ruleSet: scenario.setup.ruleSet ?? 'current',
      });
      for (const ruleSet of RULE_SET_IDS) {
        const world = createWorld({ scenario: scenario.id, ruleSet });
        expect({ id: scenario.id, ruleSet, entry: lab?.entry }).toEqual({
          id: scenario.id,
          ruleSet,
          entry: entryRoute(world),
        });
      }
    }
  });

  it('builds the start URL the console pages read', () => {
    expect(labStartUrl({ scenario: 'existing-app', ruleSet: 'classic', seed: 42 })).toBe(
      '/console/login/index?scenario=existing-app&ruleSet=classic&seed=42',
    );
  });
});

describe('the sandbox summary', () => {
  it('is what the engine derives from a world, and follows the world', () => {
    let world = createWorld({ scenario: 'existing-app' });
    const before = sandboxSummary(world);
    expect(isSandboxSummary(before)).toBe(true);
    expect(before).toMatchObject({ entry: '/console/login/index', apps: 1, where: { zh: '未登录' } });
    const result = dispatch(world, { type: 'login.submit', email: 'my-app@example.com', password: 'RegLab2025' });
    expect(result.ok).toBe(true);
    world = result.world;
    expect(sandboxSummary(world).where.zh).toBe('等待扫码登录');
  });

  it('rejects damaged or foreign records', () => {
    const good = sandboxSummary(createWorld({}));
    for (const bad of [
      null,
      [],
      'summary',
      { ...good, apps: -1 },
      { ...good, entry: '/pages/learn/index' },
      { ...good, where: { zh: '未登录' } },
      { ...good, clock: 0 },
    ]) {
      expect(isSandboxSummary(bad)).toBe(false);
    }
  });
});
