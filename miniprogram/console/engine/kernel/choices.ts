/**
 * The schema of each closed set of values (regions, subject types, member roles, …), shared by the action schemas
 * (`actions.ts`) and the save format (`serialization.ts`) so both accept exactly the same values.
 */
import { arr, oneOf } from './schema';
import {
  CAPABILITIES,
  DOMAIN_KINDS,
  FILING_ROLES,
  MEMBER_KINDS,
  MEMBER_ROLES,
  PRIVACY_ITEMS,
  PRIVACY_RETENTIONS,
  REGIONS,
  SUBJECT_METHODS,
  SUBJECT_TYPES,
} from './types';

export const CHOICE = {
  capability: oneOf(CAPABILITIES),
  domainKind: oneOf(DOMAIN_KINDS),
  filingRole: oneOf(FILING_ROLES),
  memberKind: oneOf(MEMBER_KINDS),
  /** A member's roles: at most the three there are. */
  memberRoles: arr(oneOf(MEMBER_ROLES), { max: 3 }),
  privacyItem: oneOf(PRIVACY_ITEMS),
  privacyRetention: oneOf(PRIVACY_RETENTIONS),
  region: oneOf(REGIONS),
  subjectMethod: oneOf(SUBJECT_METHODS),
  subjectType: oneOf(SUBJECT_TYPES),
};
