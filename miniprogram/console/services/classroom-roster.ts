/**
 * The teacher's roster of one assignment on this phone (`reglab.classroom.roster.<assignmentId>`): the class list and
 * the hand-ins received. A stored submission whose checksum no longer matches its result is not read back.
 */
import { CLASSROOM_STORE_VERSION, rosterKey } from '../../core/classroom/store';
import { isRecord } from '../../core/storage/guards';
import { createVersionedStore } from '../../services/storage';
import type { SaveResult } from '../../services/storage';
import { EMPTY_ROSTER, resultChecksum, type Roster, type StudentResult } from '../classroom/index';

function sealed(result: StudentResult, checksum: unknown): boolean {
  try {
    return checksum === resultChecksum(result);
  } catch {
    return false;
  }
}

function isRoster(v: unknown): v is Roster {
  if (!isRecord(v) || !Array.isArray(v.members) || !Array.isArray(v.submissions)) return false;
  const membersOk = v.members.every((m) => isRecord(m) && typeof m.name === 'string' && typeof m.number === 'string');
  const subsOk = v.submissions.every(
    (s) =>
      isRecord(s) &&
      typeof s.source === 'string' &&
      typeof s.replaced === 'number' &&
      isRecord(s.result) &&
      sealed(s.result as unknown as StudentResult, s.checksum),
  );
  return membersOk && subsOk;
}

const store = (id: string) =>
  createVersionedStore<Roster>({
    key: rosterKey(id),
    version: CLASSROOM_STORE_VERSION,
    validate: isRoster,
    initial: () => EMPTY_ROSTER,
  });

export function readRoster(id: string): Roster {
  return store(id).load().value;
}

export function writeRoster(id: string, roster: Roster): SaveResult {
  return store(id).save(roster);
}
