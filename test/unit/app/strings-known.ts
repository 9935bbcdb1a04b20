/**
 * Text problems found by strings.test.ts in code this change does not own (the console pages, the 实操 tab and the
 * console engine, reworked on another branch): listed exactly, so the test fails on any new problem and on each one
 * fixed (then delete it here). Both lists are meant to become empty.
 */

/** Keys of page tables that no source of the page uses. */
export const KNOWN_UNUSED_KEYS: Readonly<Record<string, readonly string[]>> = {};

/**
 * Texts whose English names other parameters than the Chinese (`{moduleEn}` beside `{module}`). Empty: engine messages
 * pass words that differ by language as `{ zh, en }` values of the same named parameter (`formatText`).
 */
export const KNOWN_PLACEHOLDER_MISMATCHES: readonly string[] = [];

/**
 * Code-named files that are data, not interface code, and so may hold Chinese: each with the reason. A file listed
 * here must still hold Chinese (text-literals.test.ts), so the list cannot outlive its reason.
 */
export const CJK_DATA_FILES: Readonly<Record<string, string>> = {
  'console/missions/codec-dictionary.ts':
    "the share codes' deflate dictionary: the Chinese words missions use, so that codes stay short; never shown",
  'core/missions/mission-index.ts':
    "the missions' titles mirrored from console/missions/content for the 实操 tab (main package), like " +
    'content/question-index.ts; mission-index.test.ts proves they match the content',
  'console/engine/kernel/coverage.ts':
    'developer notes (why a fact is not enforced), in English, quoting the console terms they are about; never shown',
};

/**
 * Code files that still write Chinese as string literals instead of taking it from a catalogue (text-literals.test.ts).
 * Empty: every learner-visible text comes from a `{ zh, en }` catalogue (an area's `texts.ts` / `errors.ts`, a page's
 * `strings.ts`). Listed by file, exactly, so a new file with literals fails; keep it empty.
 */
export const KNOWN_CJK_LITERAL_FILES: readonly string[] = [];
