import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { FACTS, PENDING_ENFORCEMENT, isFactId } from '../../../../miniprogram/content/facts';
import {
  ENFORCED_FACTS,
  ERROR_CATALOG,
  ERROR_CODES,
  EVENT_FACTS,
  isErrorCode,
  isEventType,
  NOT_ENFORCED,
} from '../../../../miniprogram/console/engine/index';

const ENFORCEABLE_KINDS = ['rule', 'limit', 'flow'];

describe('fact coverage', () => {
  test('every rule, limit and flow fact is enforced by the engine or listed as not enforced with a reason', () => {
    // Facts the sheet lists as "to be enforced" (docs/facts-audit.md) are tolerated until the engine names them.
    const missing = FACTS.filter((f) => ENFORCEABLE_KINDS.indexOf(f.kind) >= 0)
      .map((f) => f.id)
      .filter((id) => !(id in ENFORCED_FACTS) && !(id in NOT_ENFORCED) && PENDING_ENFORCEMENT.indexOf(id) < 0);
    expect(missing).toEqual([]);
  });

  test('no fact is both enforced and not enforced; every named fact exists', () => {
    for (const id of Object.keys(ENFORCED_FACTS)) {
      expect(isFactId(id)).toBe(true);
      expect(id in NOT_ENFORCED).toBe(false);
      expect(ENFORCED_FACTS[id].length).toBeGreaterThan(0);
    }
    for (const id of Object.keys(NOT_ENFORCED)) {
      expect(isFactId(id)).toBe(true);
      expect(NOT_ENFORCED[id].length).toBeGreaterThan(40);
    }
  });

  test('each enforcing code is a real error or event that itself names the fact', () => {
    for (const [fact, codes] of Object.entries(ENFORCED_FACTS)) {
      for (const code of codes) {
        const factIds: readonly string[] | undefined = isErrorCode(code)
          ? ERROR_CATALOG[code].factIds
          : isEventType(code)
            ? EVENT_FACTS[code]
            : undefined;
        expect({ fact, code, known: factIds !== undefined }).toEqual({ fact, code, known: true });
        expect({ fact, code, names: (factIds || []).indexOf(fact) >= 0 }).toEqual({ fact, code, names: true });
      }
    }
  });

  test('every fact an error or event cites exists', () => {
    for (const code of ERROR_CODES) for (const id of ERROR_CATALOG[code].factIds) expect(isFactId(id)).toBe(true);
    for (const ids of Object.values(EVENT_FACTS)) for (const id of ids) expect(isFactId(id)).toBe(true);
  });

  test('every error code is UPPER_SNAKE with a Chinese and an English message', () => {
    for (const code of ERROR_CODES) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      const spec = ERROR_CATALOG[code];
      expect(spec.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(spec.en).toMatch(/^[A-Z"'{0-9]/);
      const zhParams = (spec.zh.match(/\{\w+\}/g) || []).length;
      const enParams = (spec.en.match(/\{\w+\}/g) || []).length;
      expect({ code, zhParams: zhParams > 0 }).toEqual({ code, zhParams: enParams > 0 });
    }
  });

  test('every error code of the catalogue is exercised by a console unit test', () => {
    // The console unit tests live by area: test/unit/console/<area>/*.test.ts.
    const root = join(__dirname, '..');
    const sources = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.test.ts') && !f.endsWith('coverage.test.ts'))
      .map((f) => readFileSync(join(root, f), 'utf8'))
      .join('\n');
    const untested = ERROR_CODES.filter((code) => code !== 'INTERNAL_ERROR' && sources.indexOf(`'${code}'`) < 0);
    expect(untested).toEqual([]);
  });
});
