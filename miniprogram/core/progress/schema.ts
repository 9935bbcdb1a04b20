import type { VersionedSchema } from '../storage/envelope';
import { PROGRESS_MIGRATIONS } from './migrations';
import { PROGRESS_KEY, PROGRESS_VERSION, initialProgress } from './model';
import type { Progress } from './model';
import { isProgress, salvageProgress } from './validate';

/** Everything the versioned store needs to load and save progress. */
export const PROGRESS_SCHEMA: VersionedSchema<Progress> = {
  key: PROGRESS_KEY,
  version: PROGRESS_VERSION,
  migrations: PROGRESS_MIGRATIONS,
  validate: isProgress,
  initial: () => initialProgress(),
  salvage: salvageProgress,
};
