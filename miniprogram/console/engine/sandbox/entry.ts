/**
 * The 实操 tab's view of a sandbox world: where "continue" leads, and a short summary of where the learner is.
 */
import { CONSOLE_PAGES } from '../../../core/console-routes';
import { formatText } from '../../../core/i18n';
import type { I18nText } from '../../../core/i18n';
import type { SandboxSummary } from '../../../core/lab-scenarios';
import { findScenario } from './scenarios';
import { RULE_SETS } from '../kernel/rulesets';
import { STEP_LABELS } from '../registration/steps';
import { formatDateTime } from '../kernel/time';
import type { World } from '../kernel/types';
import { WHERE_TEXTS } from './texts';
export { WHERE_TEXTS } from './texts';

/** The console page "continue" opens: the console home when logged in, the login, or the registration step. */
export function entryRoute(world: World): string {
  const s = world.session;
  if (s && s.stage === 'active') return CONSOLE_PAGES.home;
  if (s && s.stage === 'awaitingScan') return CONSOLE_PAGES.login;
  const step = world.registration.step;
  if (step === 'activation' || step === 'info') return CONSOLE_PAGES.register;
  return world.apps.length > 0 ? CONSOLE_PAGES.login : CONSOLE_PAGES.register;
}

/** The 实操 tab's summary without the route (see `SandboxSummary` in core/lab-scenarios.ts). */
export type WorldSummary = Omit<SandboxSummary, 'entry'>;

export function worldSummary(world: World): WorldSummary {
  const scenario = findScenario(world.scenarioId);
  const s = world.session;
  let where: I18nText;
  if (s && s.stage === 'active') where = formatText(WHERE_TEXTS.loggedIn, { appId: s.appId });
  else if (s) where = WHERE_TEXTS.awaitingScan;
  else if (world.registration.step !== 'account' || world.apps.length === 0) {
    where = formatText(WHERE_TEXTS.registering, { step: STEP_LABELS[world.registration.step] });
  } else where = WHERE_TEXTS.loggedOut;
  return {
    scenario: scenario ? scenario.title : { zh: world.scenarioId, en: world.scenarioId },
    ruleSet: RULE_SETS[world.ruleSet].title,
    clock: formatDateTime(world.now),
    where,
    apps: world.apps.length,
  };
}

/** What the console session saves beside the world for the 实操 tab (main package), which cannot load the engine. */
export function sandboxSummary(world: World): SandboxSummary {
  return { ...worldSummary(world), entry: entryRoute(world) };
}
