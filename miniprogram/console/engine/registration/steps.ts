/** The registration steps (fact R-01) and the error for an action taken at the wrong one. */
import { consoleError, type ConsoleError } from '../kernel/errors';
import type { World } from '../kernel/types';
import { STEP_LABELS } from './texts';
export { STEP_LABELS } from './texts';

export function wrongStep(w: World): ConsoleError {
  return consoleError('REGISTER_WRONG_STEP', { step: STEP_LABELS[w.registration.step] });
}
