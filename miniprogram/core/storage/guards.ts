/** Small type guards for validating data read back from storage. */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isNonNegativeInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

export function isIntArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'number' && Number.isInteger(v));
}

/** True when `value` is a record whose every value passes `check`. */
export function isRecordOf<T>(value: unknown, check: (v: unknown, key: string) => v is T): value is Record<string, T> {
  return isRecord(value) && Object.keys(value).every((k) => check(value[k], k));
}

/** True when the optional property is absent or passes `check`. */
export function optional<T>(value: unknown, check: (v: unknown) => v is T): boolean {
  return value === undefined || check(value);
}
