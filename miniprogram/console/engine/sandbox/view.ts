/**
 * Views for the sandbox toolbar and the floating phone button: the rule-set switch, the time-travel steps,
 * the event log as lines, and the phone's unread count. Pure; pages reach them through the console behaviour.
 */
import type { I18nText, Lang } from '../../../core/i18n';
import { logEntryText } from './log-text';
import { nextDue } from './clock';
import { TIME_JUMP_TEXTS } from './texts';
import { RULE_SETS } from '../kernel/rulesets';
import { DAY, HOUR, MINUTE, formatDateTime } from '../kernel/time';
import type { RuleSetId, World } from '../kernel/types';

export interface TimeJump {
  id: string;
  ms: number;
  label: I18nText;
}

/** The toolbar's time-travel steps. */
export const TIME_JUMPS: readonly TimeJump[] = [
  // The SMS resend cool-down is a minute: the simulated clock stands still, so the learner moves it (I-04).
  { id: 'm1', ms: MINUTE, label: TIME_JUMP_TEXTS.jumpMinute },
  { id: 'h1', ms: HOUR, label: TIME_JUMP_TEXTS.jumpHour },
  { id: 'd1', ms: DAY, label: TIME_JUMP_TEXTS.jumpDay },
  { id: 'd7', ms: 7 * DAY, label: TIME_JUMP_TEXTS.jumpWeek },
  { id: 'd30', ms: 30 * DAY, label: TIME_JUMP_TEXTS.jumpMonth },
];

export function findTimeJump(id: string): TimeJump | undefined {
  return TIME_JUMPS.find((j) => j.id === id);
}

/** How far the clock must move for the next timed change (review answer, filing stage...), or null if none. */
export function msUntilNextDue(world: World): number | null {
  const due = nextDue(world);
  return due === null ? null : Math.max(0, due - world.now);
}

export interface LogLine {
  seq: number;
  time: string;
  kind: 'event' | 'error';
  action: string;
  /** The event type or error code, for code; never shown. */
  type: string;
  /** What the learner reads: a sentence, no codes, no fact IDs. */
  text: string;
  /** The fact behind the entry, for a "why?" link to its lesson ('' when none); never shown. */
  factId: string;
}

/** The newest `count` log entries as readable lines for the log viewer, newest first. */
export function logLines(world: World, lang: Lang, count = 30): LogLine[] {
  const entries = world.log.slice(Math.max(0, world.log.length - count)).reverse();
  return entries.map((e) => ({
    seq: e.seq,
    time: formatDateTime(e.at),
    kind: e.kind,
    action: e.action,
    type: e.type,
    text: logEntryText(e.kind, e.type, lang),
    factId: e.factIds.length > 0 ? e.factIds[0] : '',
  }));
}

export function ruleSetTitle(ruleSet: RuleSetId): I18nText {
  return RULE_SETS[ruleSet].title;
}

/** Unread SMS (received since the phone was last opened, counted by position) plus pending scans. */
export function phoneBadgeCount(world: World, smsSeen: number): number {
  const unreadSms = Math.max(0, world.phone.sms.length - Math.max(0, smsSeen));
  const pending = world.phone.scans.filter((s) => s.status === 'pending').length;
  return unreadSms + pending;
}
