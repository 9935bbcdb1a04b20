import * as fs from 'fs';
import * as path from 'path';
import { FACTS, findFact, isFactId } from '../../../miniprogram/content/facts';

// The generator is plain Node JS; its typed surface is declared here for the test.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sync = require('../../../tools/sync-facts.js') as {
  parseFacts: (md: string) => unknown[];
  render: (facts: unknown[]) => string;
  SHEET: string;
  OUT: string;
};

describe('facts registry', () => {
  it('holds unique IDs of the sheet form with a known kind', () => {
    const ids = FACTS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of FACTS) {
      expect(f.id).toMatch(/^[A-Z]-\d\d$/);
      expect(['concept', 'rule', 'limit', 'flow', 'ui']).toContain(f.kind);
    }
    expect(findFact('D-04')?.changed).toBe(true);
    expect(isFactId('Z-99')).toBe(false);
  });

  it('is exactly what tools/sync-facts.js generates from the team facts sheet', () => {
    // The sheet lives in shared/ beside the repository (as on every team machine and in CI).
    expect(fs.existsSync(sync.SHEET)).toBe(true);
    const expected = sync.render(sync.parseFacts(fs.readFileSync(sync.SHEET, 'utf8')));
    expect(fs.readFileSync(path.resolve(sync.OUT), 'utf8')).toBe(expected);
  });
});
