import {
  createWorld,
  dispatch,
  ERROR_CATALOG,
  EVENT_TYPES,
  logLines,
  type World,
} from '../../../../miniprogram/console/engine/index';
import { logEntryText } from '../../../../miniprogram/console/engine/sandbox/log-text';
import { ADMIN, ok, readyWorld } from '../helpers';

const FACT_ID = /\b[A-Z]-\d{2}\b/;
const CODE = /\b[A-Z]+_[A-Z_]+\b/;

describe('the event log as the learner reads it', () => {
  test('every event type and every error code has a readable line in both languages, without codes or fact IDs', () => {
    const lines: string[] = [];
    for (const type of EVENT_TYPES)
      for (const lang of ['zh', 'en'] as const) lines.push(logEntryText('event', type, lang));
    for (const code of Object.keys(ERROR_CATALOG)) {
      for (const lang of ['zh', 'en'] as const) lines.push(logEntryText('error', code, lang));
    }
    for (const line of lines) {
      expect(line.length).toBeGreaterThan(2);
      expect(line).not.toMatch(FACT_ID);
      expect(line).not.toMatch(CODE);
      expect(line).not.toContain('{');
    }
  });

  test('log lines name the entry in words and keep the fact only for the "why?" link', () => {
    const w: World = ok(readyWorld(), { type: 'versions.submitReview', uploader: ADMIN });
    const refused = dispatch(w, { type: 'versions.submitReview', uploader: ADMIN });
    expect(refused.ok).toBe(false);
    const withError = refused.world;
    const [newest, submitted] = logLines(withError, 'zh', 2);
    expect(newest.text).toBe('未成功：已有版本 … 在审核中，同一时间只能有一个版本在审核。');
    expect(newest.factId).toBe('P-04');
    expect(submitted.text).toBe('已提交审核');
    expect(logLines(withError, 'en', 1)[0].text).toBe(
      'Refused: Version … is already in review and only one version can be in review at a time.',
    );
    const fresh = logLines(createWorld(), 'en');
    expect(fresh.every((l) => !FACT_ID.test(l.text) && !CODE.test(l.text))).toBe(true);
  });
});
