/** The built-in missions, in stage order (register → complete → develop → release), then by order. */
import type { Mission } from './model';
import { COMPLETE_MISSIONS } from './complete';
import { DEVELOP_MISSIONS } from './develop';
import { RELEASE_MISSIONS } from './release';
import { REGISTER_MISSIONS } from './register';

export const MISSIONS: readonly Mission[] = [
  ...REGISTER_MISSIONS,
  ...COMPLETE_MISSIONS,
  ...DEVELOP_MISSIONS,
  ...RELEASE_MISSIONS,
];

export function missionById(id: string): Mission | undefined {
  return MISSIONS.find((m) => m.id === id);
}
