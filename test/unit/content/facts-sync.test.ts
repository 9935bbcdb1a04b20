import * as fs from 'fs';
import * as path from 'path';
import { FACTS, PENDING_ENFORCEMENT, findFact, isDated, isFactId } from '../../../miniprogram/content/facts';
import { SOURCES } from '../../../miniprogram/content/sources';

// The generator is plain Node JS; its typed surface is declared here for the test.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const sync = require('../../../tools/sync-facts.js') as {
  generate: (md: string) => { facts: string; sources: string };
  SHEET: string;
  OUT: string;
  SOURCES_OUT: string;
};

const ROOT = path.resolve(__dirname, '../../..');
const sheet = fs.readFileSync(sync.SHEET, 'utf8');

describe('facts sheet', () => {
  it('quotes every source', () => {
    const rows = sheet.split('\n').filter((l) => /^\| (seed|off|sec)-/.test(l));
    expect(rows.length).toBe(SOURCES.length);
    for (const row of rows) expect(row.split('|')[8].trim().length).toBeGreaterThan(10);
  });

  it('lives in the repository', () => {
    expect(path.relative(ROOT, sync.SHEET)).toBe(path.join('docs', 'facts.md'));
    expect(path.relative(ROOT, sync.OUT).startsWith('..')).toBe(false);
  });

  it('generates exactly the committed facts-data.ts and sources.ts', () => {
    const out = sync.generate(sheet);
    expect(fs.readFileSync(sync.OUT, 'utf8')).toBe(out.facts);
    expect(fs.readFileSync(sync.SOURCES_OUT, 'utf8')).toBe(out.sources);
  });

  it('refuses a fact without a source, with an unknown source, or with a wrong as-of date', () => {
    const row = sheet.split('\n').find((l) => l.startsWith('| C-01 ')) as string;
    /** The sheet with cell `index` of the C-01 row replaced (cells: ID, zh, en, kind, sources, as of). */
    const withCell = (index: number, value: string): string => {
      const cells = row.split('|');
      cells[index + 1] = ` ${value} `;
      return sheet.replace(row, cells.join('|'));
    };
    expect(() => sync.generate(withCell(4, ''))).toThrow(/C-01 has no source/);
    expect(() => sync.generate(withCell(4, 'nowhere'))).toThrow(/unknown source "nowhere"/);
    expect(() => sync.generate(withCell(5, '2019'))).toThrow(/C-01 is "as of 2019"/);
    expect(() => sync.generate(withCell(5, 'soon'))).toThrow(/not a date/);
    expect(() => sync.generate(withCell(3, 'idea'))).toThrow(/unknown kind/);
  });
});

describe('facts registry', () => {
  it('holds unique IDs of the sheet form with a known kind and both sentences', () => {
    const ids = FACTS.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(FACTS.length).toBeGreaterThanOrEqual(79);
    for (const f of FACTS) {
      expect(f.id).toMatch(/^[A-Z]-\d\d$/);
      expect(['concept', 'rule', 'limit', 'flow', 'ui']).toContain(f.kind);
      expect(f.text.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(f.text.en).toMatch(/^[A-Z0-9"'(]/);
      expect(f.text.en).not.toBe(f.text.zh);
    }
    expect(findFact('D-04')?.changed).toBe(true);
    expect(findFact('P-04')?.text.en).toMatch(/withdraw it first/);
    expect(isFactId('Z-99')).toBe(false);
    expect(findFact('constructor')).toBeUndefined();
  });

  it('gives every fact a source and an as-of date, and marks the ones older than 2024', () => {
    const byId = new Map(SOURCES.map((s) => [s.id, s]));
    for (const f of FACTS) {
      expect({ id: f.id, sources: f.sources.length > 0 }).toEqual({ id: f.id, sources: true });
      for (const s of f.sources)
        expect({ id: f.id, source: s, known: byId.has(s) }).toEqual({ id: f.id, source: s, known: true });
      expect(f.asOf).toMatch(/^\d{4}(-\d\d){0,2}$/);
      const newest = f.sources.map((s) => byId.get(s)?.asOf || '').reduce((a, b) => (b > a ? b : a));
      expect({ id: f.id, asOf: f.asOf }).toEqual({ id: f.id, asOf: newest });
      expect(isDated(f)).toBe(f.asOf < '2024');
    }
    expect(isDated(findFact('L-01')!)).toBe(true);
    expect(isDated(findFact('D-06')!)).toBe(false);
  });

  it('lists as pending enforcement only existing rule, limit or flow facts', () => {
    for (const id of PENDING_ENFORCEMENT) expect(['rule', 'limit', 'flow']).toContain(findFact(id)?.kind);
  });
});

describe('sources', () => {
  it('each has a title, a publisher, an address and a date, and no seed file name', () => {
    for (const s of SOURCES) {
      expect(s.title.zh && s.title.en && s.publisher.zh && s.publisher.en).toBeTruthy();
      expect(s.asOf).toMatch(/^\d{4}(-\d\d){0,2}$/);
      expect(['seed', 'official', 'secondary']).toContain(s.kind);
      expect(s.where).not.toMatch(/seeds?\/|\.txt\b/);
      if (s.kind === 'official') expect(s.where).toMatch(/https:\/\/|微信公众平台公告/);
    }
  });
});
