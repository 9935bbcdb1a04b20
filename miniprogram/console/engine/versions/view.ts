/**
 * 管理 → 版本管理 (facts P-01..P-06): the online, review, development and trial versions as cards, who may upload,
 * what still blocks a review (with where to fix it), and the simulated time until the review answers.
 */
import { t, type Lang } from '../../../core/i18n';
import type { ConsoleError } from '../kernel/errors';
import { currentApp } from '../kernel/selectors';
import { reviewBlockers, versionsView } from './selectors';
import { formatDateTime } from '../kernel/time';
import type { MiniProgram, Version, World } from '../kernel/types';
import { verificationNote } from '../home/view';
import { CONSOLE_PAGES } from '../../../core/console-routes';
import { CI_ROBOT_NICKNAME, VERSIONS_TEXTS } from './texts';

export interface VersionCard {
  version: string;
  uploader: string;
  uploaderName: string;
  time: string;
  note: string;
}

export interface DevVersionCard extends VersionCard {
  isTrial: boolean;
}

export interface ReviewCard extends VersionCard {
  status: 'reviewing' | 'passed' | 'rejected';
  statusText: string;
  /** When the simulated review answers (reviewing), or answered. */
  decideText: string;
  reason: string;
  /** Milliseconds of simulated time until the answer (reviewing only). */
  msLeft: number;
}

export interface OnlineCard extends VersionCard {
  percent: number;
  phased: boolean;
}

export interface Blocker {
  error: ConsoleError;
  /** Where the learner fixes it. */
  target: string;
}

export interface VersionsPageView {
  loggedIn: boolean;
  online: OnlineCard | null;
  review: ReviewCard | null;
  dev: DevVersionCard[];
  trial: VersionCard | null;
  canRollback: boolean;
  previous: string;
  awaitingPublish: boolean;
  blockers: Blocker[];
  /** Who may upload from the developer tools: the administrator and developers. */
  uploaders: { wechatId: string; name: string }[];
  trialUsers: number;
  /** Fact V-09: what being unverified means for the released version ('' when verified). */
  verificationNote: string;
}

const EMPTY: VersionsPageView = {
  loggedIn: false,
  online: null,
  review: null,
  dev: [],
  trial: null,
  canRollback: false,
  previous: '',
  awaitingPublish: false,
  blockers: [],
  uploaders: [],
  trialUsers: 0,
  verificationNote: '',
};

/** A WeChat ID as the version cards show it: the nickname when known. */
export function personName(world: World, app: MiniProgram, wechatId: string): string {
  if (wechatId === app.adminWechatId && wechatId === world.learner.wechatId) return world.learner.nickname;
  const member = app.members.find((m) => m.wechatId === wechatId);
  if (member) return member.nickname;
  const person = world.platform.people.find((p) => p.wechatId === wechatId);
  if (person) return person.nickname;
  return wechatId === 'ci-robot-1' ? CI_ROBOT_NICKNAME : wechatId;
}

function card(world: World, app: MiniProgram, v: Version, time: number): VersionCard {
  return {
    version: v.version,
    uploader: v.uploader,
    uploaderName: personName(world, app, v.uploader),
    time: formatDateTime(time),
    note: v.note,
  };
}

const BLOCKER_TARGETS: Readonly<Record<string, string>> = {
  REVIEW_NEEDS_BASIC_INFO: CONSOLE_PAGES.basic,
  REVIEW_NEEDS_CATEGORY: `${CONSOLE_PAGES.basic}?section=category`,
  REVIEW_NEEDS_MAIN_CATEGORY: `${CONSOLE_PAGES.basic}?section=category`,
  REVIEW_NEEDS_SUBJECT_VERIFIED: CONSOLE_PAGES.verify,
  REVIEW_NEEDS_PRIVACY_GUIDE: CONSOLE_PAGES.privacy,
  PUBLISH_NEEDS_FILING: CONSOLE_PAGES.filing,
};

export function blockerTarget(code: string): string {
  return BLOCKER_TARGETS[code] || '';
}

const STATUS_TEXT = {
  reviewing: VERSIONS_TEXTS.underReview,
  passed: VERSIONS_TEXTS.passedWaitingToBe,
  rejected: VERSIONS_TEXTS.rejected,
};

export function versionsPageView(world: World, lang: Lang): VersionsPageView {
  const app = currentApp(world);
  const v = versionsView(world);
  if (!app || !v) return EMPTY;
  const review = v.review;
  let reviewCard: ReviewCard | null = null;
  if (review) {
    const decided = review.decidedAt !== null ? review.decidedAt : review.decideAt;
    reviewCard = {
      ...card(world, app, review.version, review.submittedAt),
      status: review.status,
      statusText: t(STATUS_TEXT[review.status], lang),
      decideText:
        review.status === 'reviewing'
          ? t(VERSIONS_TEXTS.answerExpectedTimeSimulated, lang, {
              time: formatDateTime(decided),
            })
          : t(VERSIONS_TEXTS.decidedTime, lang, { time: formatDateTime(decided) }),
      reason: review.reason ? t(review.reason, lang) : '',
      msLeft: review.status === 'reviewing' ? Math.max(0, review.decideAt - world.now) : 0,
    };
  }
  const uploaders = [{ wechatId: app.adminWechatId, name: personName(world, app, app.adminWechatId) }].concat(
    app.members
      .filter((m) => m.kind === 'project' && m.roles.indexOf('developer') >= 0)
      .map((m) => ({ wechatId: m.wechatId, name: m.nickname })),
  );
  const trialUsers =
    1 +
    app.members.filter(
      (m) => m.kind === 'experience' || m.roles.indexOf('developer') >= 0 || m.roles.indexOf('dataAnalyst') >= 0,
    ).length;
  return {
    loggedIn: true,
    online: v.online
      ? {
          ...card(world, app, v.online.version, v.online.publishedAt),
          percent: v.online.percent,
          phased: v.online.percent < 100,
        }
      : null,
    review: reviewCard,
    dev: v.dev.map((d) => ({
      ...card(world, app, d, d.uploadedAt),
      isTrial: v.trial !== null && v.trial.id === d.id,
    })),
    trial: v.trial ? card(world, app, v.trial, v.trial.uploadedAt) : null,
    canRollback: v.canRollback,
    previous: v.previous ? v.previous.version : '',
    awaitingPublish: v.awaitingPublish,
    blockers: reviewBlockers(world).map((error) => ({ error, target: blockerTarget(error.code) })),
    uploaders,
    trialUsers,
    verificationNote: verificationNote(app, world.now, lang),
  };
}

/** The next version number after the highest one uploaded or online (for the upload form's sample). */
export function nextVersionNumber(world: World): string {
  const app = currentApp(world);
  if (!app) return '1.0.0';
  const known = app.versions.dev
    .map((d) => d.version)
    .concat(app.versions.online ? [app.versions.online.version.version] : [])
    .concat(app.versions.review ? [app.versions.review.version.version] : []);
  let best: number[] | null = null;
  for (const text of known) {
    const parts = text.split('.').map((p) => Number(p));
    if (parts.some((n) => !Number.isFinite(n))) continue;
    if (!best || compareParts(parts, best) > 0) best = parts;
  }
  if (!best) return '1.0.0';
  const next = best.slice();
  while (next.length < 3) next.push(0);
  next[next.length - 1] += 1;
  return next.join('.');
}

function compareParts(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] || 0) - (b[i] || 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The sample project note (项目备注) for an upload. */
export function sampleNote(version: string, lang: Lang): string {
  return t(VERSIONS_TEXTS.versionVSimulatedUpload, lang, { v: version });
}

export const PHASED_STEPS: readonly number[] = [1, 5, 10, 20, 50];
