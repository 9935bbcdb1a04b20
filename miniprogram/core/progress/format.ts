import { t } from '../i18n';
import type { Lang } from '../i18n';
import { endOfLocalDay } from '../quiz/wrongbook';
import { wholePercent, type Points } from '../quiz/score';
import { FORMAT_TEXT } from './texts';

const DAY = 86400000;

/** `mm:ss` for a countdown. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m < 10 ? '0' : ''}${m}:${s < 10 ? '0' : ''}${s}`;
}

/** A duration in words: "3 分 05 秒" / "3 min 05 s". */
export function formatDuration(ms: number, lang: Lang): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  const ss = `${s < 10 ? '0' : ''}${s}`;
  return m > 0 ? t(FORMAT_TEXT.minutesSeconds, lang, { m, ss }) : t(FORMAT_TEXT.seconds, lang, { s });
}

/** When a review is due, relative to today: "今天" / "明天" / "3 天后" (and English). */
export function formatDue(due: number, now: number, lang: Lang): string {
  const today = endOfLocalDay(now);
  if (due <= today) return t(FORMAT_TEXT.today, lang);
  const days = Math.ceil((endOfLocalDay(due) - today) / DAY);
  return days === 1 ? t(FORMAT_TEXT.tomorrow, lang) : t(FORMAT_TEXT.inDays, lang, { days });
}

/** Points of a total as a whole percent, rounded down so a fail never shows the pass mark: 79.6 of 100 is "79%". */
export function formatPercent(score: Points): string {
  return `${wholePercent(score)}%`;
}

/** Points with at most one decimal: 7, 7.5. */
export function formatPoints(points: number): string {
  return String(Math.round(points * 10) / 10);
}
