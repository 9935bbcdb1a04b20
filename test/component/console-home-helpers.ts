/**
 * Helpers for the tests of the console home, settings, members, versions, filing and verification pages:
 * starting a world through the session service and counting WXML nodes.
 */
import { act, forgetLoadedWorld, getWorld, startWorld } from '../../miniprogram/services/console-session';
import type { Action, World, WorldOptions } from '../../miniprogram/core/console/engine';
import { forgetLoadedProgress } from '../../miniprogram/services/storage';
import type { RenderedPage } from '../helpers/render';
import { installWxFake } from '../helpers/wx';
import type { WxFake } from '../helpers/wx';

/** A fresh fake wx and fresh in-memory console and progress state for one test. */
export function freshEnvironment(): WxFake {
  const fake = installWxFake();
  forgetLoadedProgress();
  forgetLoadedWorld();
  return fake;
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

/** WXML nodes of a rendered page, custom components' shadow trees included (as the runtime counts them). */
export function nodeCount(page: RenderedPage): number {
  const root = (page as unknown as { dom?: Element | null }).dom;
  return root ? root.querySelectorAll('*').length + 1 : 0;
}
