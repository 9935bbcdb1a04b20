/**
 * Calendar arithmetic on epoch milliseconds in China Standard Time (UTC+8, no daylight saving), which is
 * the time the real console counts its days, months and years in. No Date objects leave this module.
 */

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const OFFSET = 8 * HOUR;

export function minutes(n: number): number {
  return n * MINUTE;
}
export function hours(n: number): number {
  return n * HOUR;
}
export function days(n: number): number {
  return n * DAY;
}

interface Parts {
  year: number;
  month: number; // 1-12
  day: number;
  weekday: number; // 0 = Sunday
  msOfDay: number;
}

function parts(t: number): Parts {
  const d = new Date(t + OFFSET);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    msOfDay: (((t + OFFSET) % DAY) + DAY) % DAY,
  };
}

/** Epoch ms of a Beijing wall-clock time. */
export function beijing(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute) - OFFSET;
}

export function startOfDay(t: number): number {
  const p = parts(t);
  return beijing(p.year, p.month, p.day);
}

export function startOfMonth(t: number): number {
  const p = parts(t);
  return beijing(p.year, p.month, 1);
}

export function startOfYear(t: number): number {
  return beijing(parts(t).year, 1, 1);
}

/** The same wall-clock time n calendar months later (clamped to the month's last day). */
export function addMonths(t: number, n: number): number {
  const p = parts(t);
  const total = p.year * 12 + (p.month - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return beijing(year, month, Math.min(p.day, lastDay)) + p.msOfDay;
}

export function addYears(t: number, n: number): number {
  return addMonths(t, 12 * n);
}

export function isWorkingDay(t: number): boolean {
  const w = parts(t).weekday;
  return w !== 0 && w !== 6;
}

/**
 * The moment n working days (Monday to Friday; public holidays are not simulated) after t, keeping the
 * time of day. Starting on a weekend counts from the next Monday.
 */
export function addWorkingDays(t: number, n: number): number {
  let at = t;
  let left = n;
  while (left > 0) {
    at += DAY;
    if (isWorkingDay(at)) left--;
  }
  return at;
}

/** `2025-03-03 09:00` in Beijing time. */
/** The furthest the simulated clock may go: the end of year 9999 (JavaScript dates stop near year 275,760). */
export const MAX_TIME = Date.UTC(9999, 11, 31, 16, 0);

export function formatDateTime(t: number): string {
  const p = parts(t);
  const hh = Math.floor(p.msOfDay / HOUR);
  const mm = Math.floor((p.msOfDay % HOUR) / MINUTE);
  return `${formatDate(t)} ${pad(hh)}:${pad(mm)}`;
}

export function formatDate(t: number): string {
  const p = parts(t);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Parses `YYYY-MM-DD` (Beijing midnight); null when it is not a real date. */
export function parseDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isRealDate(year, month, day)) return null;
  return beijing(year, month, day);
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= lastDay;
}
