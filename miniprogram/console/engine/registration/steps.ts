/** The registration steps (fact R-01) and the error for an action taken at the wrong one. */
import { consoleError, type ConsoleError } from '../kernel/errors';
import type { RegistrationStep, World } from '../kernel/types';

export const STEP_LABELS: Readonly<Record<RegistrationStep, { zh: string; en: string }>> = {
  account: { zh: '① 帐号信息', en: '① account info' },
  activation: { zh: '② 邮箱激活', en: '② email activation' },
  info: { zh: '③ 信息登记', en: '③ information registration' },
  done: { zh: '注册完成', en: 'registration complete' },
};

export function wrongStep(w: World): ConsoleError {
  return consoleError('REGISTER_WRONG_STEP', { step: STEP_LABELS[w.registration.step].zh });
}
