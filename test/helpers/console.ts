/**
 * The console in tests: a fresh environment, worlds seeded into storage as the app saves them, or started and
 * changed through the session service as the 实操 tab does.
 */
import { createWorld, dispatchAll, LEARNER_EMAIL, sandboxSummary } from '../../miniprogram/console/engine/index';
import type { Action, ScenarioId, World, WorldOptions } from '../../miniprogram/console/engine/index';
import { SCHEMA_VERSION } from '../../miniprogram/console/engine/kernel/types';
import { encode } from '../../miniprogram/core/storage/envelope';
import { act, CONSOLE_KEY, forgetLoadedWorld, getWorld, startWorld } from '../../miniprogram/console/services/session';
import type { ConsoleSave } from '../../miniprogram/console/services/session';
import { SANDBOX_SUMMARY_KEY } from '../../miniprogram/services/sandbox';
import { fake } from './environment';
import type { WxFake } from './wx';
import { tap, tapVant, text, typeInto } from './dom';
import { renderPage } from './render';
import type { RenderedPage } from './render';

/** Seeds the console save with a world (e.g. a scenario) and the 实操 tab's summary, as the app would have saved them. */
export function seedWorld(fake: WxFake, world: World, smsSeen = 0): void {
  const save: ConsoleSave = { world: JSON.parse(JSON.stringify(world)) as World, smsSeen };
  fake.storage.set(CONSOLE_KEY, encode(save, { version: SCHEMA_VERSION }));
  fake.storage.set(SANDBOX_SUMMARY_KEY, encode({ summary: sandboxSummary(world) }, { version: 1 }));
}

export function seedScenario(fake: WxFake, options: WorldOptions): World {
  const world = createWorld(options);
  seedWorld(fake, world);
  return world;
}

/**
 * Saves a scenario's world whose ready-made mini program belongs to an enterprise (the subject type changed), in place
 * of whatever the session had loaded: the next page opens on it.
 */
export function seedEnterprise(fake: WxFake, scenario: WorldOptions['scenario']): World {
  const world = createWorld({ scenario });
  const org = world.apps[0];
  const enterprise = { ...world, apps: [{ ...org, subject: { ...org.subject, type: 'enterprise' as const } }] };
  forgetLoadedWorld();
  seedWorld(fake, enterprise);
  return enterprise;
}

/** Reads back the saved console world. */
export function savedWorld(fake: WxFake): World | null {
  const raw = fake.storage.get(CONSOLE_KEY);
  if (typeof raw !== 'string') return null;
  return (JSON.parse(raw) as { data: ConsoleSave }).data.world;
}

/** The console world the pages saved in this test, failing the test when nothing is saved. */
export function storedWorld(): World {
  const w = savedWorld(fake);
  if (!w) throw new Error('no world saved');
  return w;
}

/** The password the register page's 示例数据 button fills in. */
export const SAMPLE_PASSWORD = 'Sample2025';

/** Registration step ① as the learner submits it: the e-mail, the sample password twice, the captcha as shown, agreed. */
export function submitAccountAction(world: World, email: string = LEARNER_EMAIL): Action {
  return {
    type: 'register.submitAccount',
    email,
    password: SAMPLE_PASSWORD,
    confirmPassword: SAMPLE_PASSWORD,
    captcha: world.registration.captcha,
    agree: true,
  };
}

/** A world of the scenario with step ① submitted (the activation mail sent). */
export function accountSubmitted(scenario: ScenarioId, email: string = LEARNER_EMAIL): World {
  const w = createWorld({ scenario });
  return dispatchAll(w, [submitAccountAction(w, email)]).world;
}

/** A world of the scenario at registration step ③: step ① submitted and activated by the mail's link. */
export function atInfoStep(scenario: ScenarioId = 'fresh'): World {
  const w = accountSubmitted(scenario);
  const activated = dispatchAll(w, [{ type: 'mail.openLink', mailId: w.mailbox.mails[0].id }]).world;
  if (activated.registration.step !== 'info') throw new Error(`not at step ③: ${activated.registration.step}`);
  return activated;
}

/** Starts a world from a scenario through the session service (saved, as the 实操 tab would). */
export function startScenario(options: WorldOptions): World {
  return startWorld(options);
}

/** Applies actions through the session service, failing the test on any refusal. */
export function actAll(actions: readonly Action[]): World {
  for (const action of actions) {
    const result = act(action);
    if (!result.ok) throw new Error(`${action.type} refused: ${result.error.code}`);
  }
  return getWorld();
}

/**
 * Logs in to the `existing-app` scenario's mini program as the login page does: the e-mail and password, then the
 * admin's scan confirmed on the simulated phone. Returns the world, on the console home.
 */
export function logInToExistingApp(): World {
  startScenario({ scenario: 'existing-app' });
  actAll([{ type: 'login.submit', email: 'my-app@example.com', password: 'RegLab2025' }]);
  return actAll([{ type: 'phone.confirmScan', scanId: getWorld().phone.scans[0].id }]);
}

/** Fills registration step ① as a learner does (the sample account, then the email typed over it) and submits it. */
export async function submitAccountAs(p: RenderedPage, email: string): Promise<void> {
  await tap(p, '#sample-account', '.sb');
  await typeInto(p, '#f-email', email);
  await typeInto(p, '#f-captcha', text(p, '#captcha-image'));
  if (!text(p, '#agree').includes('✓')) await tap(p, '#agree');
  await tapVant(p, '#submit-account');
}

/**
 * Finishes the administrator block of registration step ② as a learner does: types the SMS code the phone received,
 * starts the admin scan, allows it on the simulated phone, and taps 继续 (the confirmation dialog then opens).
 */
export async function confirmAdminAndContinue(p: RenderedPage): Promise<void> {
  await enterSmsAndScan(p);
  await tapVant(p, '#continue');
}

/** Types the SMS code the phone received, requests the administrator scan and allows it on the phone page. */
export async function enterSmsAndScan(p: RenderedPage): Promise<void> {
  await typeInto(p, '#f-smsCode', storedWorld().phone.sms[0].code ?? '');
  await tapVant(p, '#scan');
  const phone = await renderPage('console/phone/index');
  await tapVant(phone, '.scan-allow');
  phone.detach();
}
