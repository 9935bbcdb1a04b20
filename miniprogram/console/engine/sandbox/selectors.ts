/** The simulated clock and the event log as the toolbar and missions read them. */
import { formatDateTime } from '../kernel/time';
import type { LogEntry, World } from '../kernel/types';

export function clockView(w: World): { now: number; text: string } {
  return { now: w.now, text: formatDateTime(w.now) };
}

/** The newest log entries, newest last. */
export function recentLog(w: World, count = 20): LogEntry[] {
  return w.log.slice(Math.max(0, w.log.length - count));
}
