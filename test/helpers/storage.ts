/**
 * A fresh start for tests that use the app's storage: a fake `wx` with empty storage and nothing loaded in memory
 * (no progress, no console world). Unit tests call it in `beforeEach`; the component environment builds on it.
 */
import { forgetLoadedWorld } from '../../miniprogram/console/services/session';
import { forgetLoadedProgress } from '../../miniprogram/services/storage';
import { installWxFake } from './wx';
import type { WxFake } from './wx';

/** Installs `fake` (a new one when omitted) with empty storage and forgets what was loaded; returns it. */
export function freshStorage(fake?: WxFake): WxFake {
  const installed = installWxFake(fake);
  forgetLoadedProgress();
  forgetLoadedWorld();
  return installed;
}
