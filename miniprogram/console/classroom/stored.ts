/** An assignment remembered on this phone (services/classroom.ts), opened again by its id. Pure. */
import type { StoredAssignment } from '../../core/classroom/store';
import type { Mission } from '../missions/content/model';
import { decodeAssignment, type AssignmentDecode } from './assignment';

/** The remembered assignment with this id, decoded; null when there is none (or it no longer decodes). */
export function openStored(
  list: readonly StoredAssignment[],
  id: string,
  builtIns: readonly Mission[],
): Extract<AssignmentDecode, { ok: true }> | null {
  const entry = list.find((a) => a.id === id);
  const decoded = entry ? decodeAssignment(entry.code, builtIns) : null;
  return decoded && decoded.ok ? decoded : null;
}
