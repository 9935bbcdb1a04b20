import type { EventData } from './types';

/** Every event the console can emit, with the facts it demonstrates. */
export const EVENT_FACTS = {
  SCENARIO_STARTED: [],
  CLOCK_ADVANCED: [],
  RULE_SET_SWITCHED: [],
  CAPTCHA_REFRESHED: ['R-07'],
  ACCOUNT_SUBMITTED: ['R-01', 'C-06'],
  ACTIVATION_MAIL_SENT: ['A-01', 'A-02'],
  REGISTRATION_EMAIL_RESET: ['A-02'],
  REGISTRATION_RESTARTED: ['R-01'],
  MAIL_OPENED: ['A-02'],
  MAIL_MOVED: ['A-02'],
  ACCOUNT_ACTIVATED: ['A-01'],
  REGION_SELECTED: ['I-01'],
  SUBJECT_TYPE_SELECTED: ['I-02'],
  SMS_SENT: ['I-04'],
  SCAN_REQUESTED: ['I-04', 'L-02', 'M-04'],
  SCAN_CONFIRMED: ['I-04', 'L-02', 'M-04'],
  SCAN_REJECTED: ['I-04', 'L-02', 'M-04'],
  ADMIN_VERIFIED: ['I-04'],
  CONFIRM_DIALOG_OPENED: ['I-08'],
  CONFIRM_DIALOG_CANCELLED: ['I-08'],
  APP_REGISTERED: ['I-12', 'C-06', 'I-09'],
  SUBJECT_PAYMENT_RECEIVED: ['I-10'],
  SUBJECT_PAYMENT_EXPIRED: ['I-10'],
  SUBJECT_METHOD_CHANGED: ['I-10'],
  SUBJECT_VERIFIED: ['I-10'],
  LOGIN_PASSWORD_ACCEPTED: ['L-01'],
  LOGGED_IN: ['L-02'],
  LOGGED_IN_BY_SCAN: ['L-05'],
  LOGGED_OUT: ['L-01'],
  ACTING_AS: ['M-07'],
  NAME_CHANGED: ['B-02', 'B-03'],
  ABBR_CHANGED: ['B-04'],
  AVATAR_CHANGED: ['B-05'],
  INTRO_CHANGED: ['B-06'],
  CATEGORY_ADDED: ['B-07'],
  QUALIFICATION_SUBMITTED: ['B-12'],
  CATEGORY_APPROVED: ['B-07'],
  CATEGORY_REMOVED: ['B-07'],
  MAIN_CATEGORY_SET: ['B-07'],
  SECRET_GENERATED: ['D-04'],
  SECRET_RESET: ['D-04'],
  SECRET_FREEZE_REQUESTED: ['D-05'],
  SECRET_FREEZE_APPLIED: ['D-05'],
  IP_WHITELIST_SET: ['D-06'],
  IP_WHITELIST_SWITCHED: ['D-06'],
  DOMAINS_SET: ['D-07'],
  UPLOAD_KEY_GENERATED: ['D-08'],
  UPLOAD_KEY_RESET: ['D-08'],
  UPLOAD_IP_WHITELIST_SET: ['D-08'],
  API_CALL_SUCCEEDED: ['D-06'],
  CAPABILITY_ENABLED: ['I-03'],
  PHONE_NUMBER_CHARGED_PER_CALL: ['D-10'],
  MEMBER_FOUND: ['M-04'],
  MEMBER_ADD_REQUESTED: ['M-04'],
  MEMBER_ADDED: ['M-02', 'M-03', 'M-04'],
  MEMBER_REMOVED: ['M-02', 'M-03'],
  MEMBER_ROLES_SET: ['M-02'],
  VERSION_UPLOADED: ['P-02', 'D-09'],
  TRIAL_SET: ['P-03'],
  REVIEW_SUBMITTED: ['P-04'],
  REVIEW_PASSED: ['P-04', 'P-05'],
  REVIEW_REJECTED: ['P-04'],
  PRIVACY_GUIDE_SAVED: ['B-11'],
  REVIEW_REJECTED_PRIVACY: ['B-11', 'P-04'],
  REVIEW_WITHDRAWN: ['P-04'],
  VERSION_PUBLISHED: ['P-05', 'P-06'],
  PUBLISHED_UNVERIFIED: ['V-09'],
  PHASED_RELEASE_UPDATED: ['P-06'],
  VERSION_ROLLED_BACK: ['P-06'],
  FILING_SUBMITTED: ['V-03'],
  FILING_STAGE_CHANGED: ['V-03'],
  FILING_SMS_SENT: ['V-03'],
  FILING_SMS_VERIFIED: ['V-03'],
  FILING_DONE: ['V-03', 'V-02'],
  FILING_REJECTED: ['V-03'],
  FILING_SMS_LAPSED: ['V-08'],
  VERIFICATION_APPLIED: ['V-06', 'V-05'],
  VERIFICATION_PASSED: ['V-06', 'B-02'],
  VERIFICATION_REJECTED: ['V-06'],
  VERIFICATION_NOTICE: ['V-07'],
} satisfies Record<string, readonly string[]>;

export type EventType = keyof typeof EVENT_FACTS;

export const EVENT_TYPES = Object.keys(EVENT_FACTS) as EventType[];

/** Something the console did, for pages to react to and missions to check. */
export interface ConsoleEvent {
  readonly type: EventType;
  /** Simulated time (epoch ms). */
  readonly at: number;
  readonly factIds: string[];
  readonly data: EventData;
}

export function isEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(EVENT_FACTS, type);
}
