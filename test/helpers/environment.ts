/**
 * The component tests' environment, set up once for every test by `setup-component.ts` (jest `setupFilesAfterEnv` of
 * the component project): a fresh fake `wx` with empty storage, no progress or console world loaded in memory, and
 * every page rendered during the test detached afterwards. Tests import `fake` to seed storage, answer dialogs and
 * read what the page asked of `wx`.
 */
import { detachRendered } from './render';
import { freshStorage } from './storage';
import { installWxFake } from './wx';
import type { WxFake } from './wx';

/** The fake `wx` of the running test (the same object throughout; its records are reset before each test). */
export const fake: WxFake = installWxFake();
fake.restore();

/** Before each test: a fresh fake `wx` and nothing loaded in memory. */
export function freshEnvironment(): WxFake {
  return freshStorage(fake);
}

/** After each test: pages detached, the previous `wx` back. */
export function closeEnvironment(): void {
  detachRendered();
  fake.restore();
}
