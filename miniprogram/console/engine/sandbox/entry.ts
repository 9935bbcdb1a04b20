/**
 * The 实操 tab's view of a sandbox world: where "continue" leads, and a short summary of where the learner is.
 */
import { CONSOLE_PAGES } from '../../../core/console-routes';
import { format, formatText } from '../../../core/i18n';
import type { I18nText } from '../../../core/i18n';
import type { SandboxSummary } from '../../../core/lab-scenarios';
import { findScenario } from './scenarios';
import { RULE_SETS } from '../kernel/rulesets';
import { STEP_LABELS } from '../registration/steps';
import { formatDateTime } from '../kernel/time';
import type { World } from '../kernel/types';

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

/** Where the learner is, as the 实操 tab says it (`{placeholders}` filled with `formatText`). */
export const WHERE_TEXTS = {
  loggedIn: { zh: '已登录 {appId}', en: 'Logged in to {appId}' },
  awaitingScan: { zh: '等待扫码登录', en: 'Waiting for the login scan' },
  registering: { zh: '注册：{step}', en: 'Registration: {step}' },
  loggedOut: { zh: '未登录', en: 'Not logged in' },
} satisfies Record<string, I18nText>;

export function worldSummary(world: World): WorldSummary {
  const scenario = findScenario(world.scenarioId);
  const s = world.session;
  let where: I18nText;
  if (s && s.stage === 'active') where = formatText(WHERE_TEXTS.loggedIn, { appId: s.appId });
  else if (s) where = WHERE_TEXTS.awaitingScan;
  else if (world.registration.step !== 'account' || world.apps.length === 0) {
    const label = STEP_LABELS[world.registration.step];
    where = {
      zh: format(WHERE_TEXTS.registering.zh, { step: label.zh }),
      en: format(WHERE_TEXTS.registering.en, { step: label.en }),
    };
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
