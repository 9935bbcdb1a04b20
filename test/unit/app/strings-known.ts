/**
 * Text problems found by strings.test.ts in code this change does not own (the console pages, the 实操 tab and the
 * console engine, reworked on another branch): listed exactly, so the test fails on any new problem and on each one
 * fixed (then delete it here). Both lists are meant to become empty.
 */

/** Keys of page tables that no source of the page uses. */
export const KNOWN_UNUSED_KEYS: Readonly<Record<string, readonly string[]>> = {};

/**
 * Engine messages whose English names its own parameters (`{moduleEn}` beside the Chinese `{module}`) instead of the
 * same named parameters in both languages (`formatText` with `{ zh, en }` values).
 */
export const KNOWN_PLACEHOLDER_MISMATCHES: readonly string[] = [
  'CAPABILITY_ALREADY_ENABLED: zh {capability} en {capabilityEn}',
  'CAPABILITY_NEEDS_VERIFICATION: zh {capability} en {capabilityEn}',
  'CAPABILITY_NOT_FOR_INDIVIDUAL: zh {capability} en {capabilityEn}',
  'CATEGORY_NOT_FOR_INDIVIDUAL: zh {category} en {categoryEn}',
  'DOMAIN_PROTOCOL: zh {domain, kind, protocol} en {domain, kindEn, protocol}',
  'FILING_IN_PROGRESS: zh {stage} en {stageEn}',
  'FILING_NOT_AT_SMS: zh {hint} en {hintEn}',
  'MEMBER_ALREADY_ADDED: zh {kind, wechatId} en {kindEn, wechatId}',
  'MEMBER_LIMIT: zh {kind, limit} en {kindEn, limit}',
  'MEMBER_NOT_MEMBER: zh {kind, wechatId} en {kindEn, wechatId}',
  'MEMBER_USER_LIMIT: zh {count, kind, limit, wechatId} en {count, kindEn, limit, wechatId}',
  'NAME_QUOTA_USED: zh {next, rule} en {nextEn, ruleEn}',
  'PERMISSION_DENIED: zh {actor, module, who} en {actor, moduleEn, whoEn}',
  'PUBLISH_NOT_PASSED: zh {status, version} en {statusEn, version}',
  'REVIEW_NEEDS_BASIC_INFO: zh {missing} en {missingEn}',
  'REVIEW_NEEDS_SUBJECT_VERIFIED: zh {status} en {statusEn}',
];
