#!/usr/bin/env node
// @ts-check
/**
 * Generates the facts registry and the source list from the project's facts sheet, docs/facts.md:
 *   miniprogram/content/facts-data.ts  every fact with its sentence (zh + en), kind, sources and as-of date, and the
 *                                   facts the console does not enforce yet (the types and look-ups that read them
 *                                   are written by hand in content/facts.ts)
 *   miniprogram/content/sources.ts  every source with its title, publisher, address and date (the quotes stay in
 *                                   the sheet, to keep the mini program small)
 * The generated files are committed, so the mini program never reads the sheet;
 * test/unit/content/facts-sync.test.ts proves they still match it.
 *
 *   node tools/sync-facts.js            write both files
 *   node tools/sync-facts.js --check    exit 1 when a generated file differs from the sheet
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const SHEET = path.join(ROOT, 'docs', 'facts.md');
const OUT = path.join(ROOT, 'miniprogram', 'content', 'facts-data.ts');
const SOURCES_OUT = path.join(ROOT, 'miniprogram', 'content', 'sources.ts');

const KINDS = ['concept', 'rule', 'limit', 'flow', 'ui'];
const SOURCE_KINDS = ['seed', 'official', 'secondary'];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * @typedef {{ zh: string; en: string }} Text
 * @typedef {{ id: string; kind: string; section: string; text: Text; sources: string[]; asOf: string; changed: boolean; pending: boolean }} Fact
 * @typedef {{ id: string; kind: string; publisher: Text; title: Text; where: string; asOf: string; quote: string }} SourceRow
 * @typedef {{ facts: Fact[]; sources: SourceRow[] }} Sheet
 */

/** @param {string} line */
function cells(line) {
  return line
    .replace(/^\|/, '')
    .replace(/\|\s*$/, '')
    .split('|')
    .map((c) => c.trim());
}

/** `zh / en` → both halves; a cell without ` / ` is the same in both languages. @param {string} cell */
function bilingual(cell) {
  const at = cell.indexOf(' / ');
  return at < 0 ? { zh: cell, en: cell } : { zh: cell.slice(0, at).trim(), en: cell.slice(at + 3).trim() };
}

/** @param {string} markdown @param {string} label */
function idList(markdown, label) {
  const m = markdown.match(new RegExp(`^${label}:[ \\t]*(.*)$`, 'm'));
  return m
    ? m[1]
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/**
 * Reads the sheet. Throws with the line number on a malformed row, an unknown kind or source, a bad date,
 * or an as-of date that is not the newest date of the fact's sources.
 * @param {string} markdown
 * @returns {Sheet}
 */
function parseSheet(markdown) {
  /** @type {Fact[]} */
  const facts = [];
  /** @type {SourceRow[]} */
  const sources = [];
  const changed = new Set(idList(markdown, 'Changed over time'));
  const pending = new Set(idList(markdown, 'To be enforced'));
  let section = '';
  markdown.split('\n').forEach((line, index) => {
    const where = `docs/facts.md:${index + 1}`;
    const heading = line.match(/^##\s+(.+)$/);
    if (heading) section = heading[1].trim();
    if (!line.startsWith('|') || /^\|\s*(ID|Source|---)/.test(line)) return;
    const row = cells(line);
    if (section === 'Sources') {
      if (row.length !== 8) throw new Error(`${where}: a source row has 8 cells, this one ${row.length}`);
      const [id, kind, publisher, titleZh, titleEn, at, asOf, quote] = row;
      if (SOURCE_KINDS.indexOf(kind) < 0) throw new Error(`${where}: unknown source kind "${kind}"`);
      if (!DATE.test(asOf)) throw new Error(`${where}: "${asOf}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
      if (!publisher || !titleZh || !titleEn || !at || !quote)
        throw new Error(`${where}: source ${id} has an empty cell`);
      sources.push({
        id,
        kind,
        publisher: bilingual(publisher),
        title: { zh: titleZh, en: titleEn },
        where: at,
        asOf,
        quote,
      });
      return;
    }
    if (row.length !== 6 || !/^[A-Z]-\d\d$/.test(row[0]))
      throw new Error(`${where}: a fact row is ID | 事实 | Fact | Kind | Sources | As of`);
    const [id, zh, en, kind, sourceCell, asOf] = row;
    if (KINDS.indexOf(kind) < 0) throw new Error(`${where}: unknown kind "${kind}"`);
    if (!DATE.test(asOf)) throw new Error(`${where}: "${asOf}" is not a date`);
    const ids = sourceCell
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    facts.push({
      id,
      kind,
      section,
      text: { zh, en },
      sources: ids,
      asOf,
      changed: changed.has(id),
      pending: pending.has(id),
    });
  });
  const byId = new Map(sources.map((s) => [s.id, s]));
  for (const f of facts) {
    if (f.sources.length === 0) throw new Error(`fact ${f.id} has no source`);
    const dates = f.sources.map((id) => {
      const s = byId.get(id);
      if (!s) throw new Error(`fact ${f.id} names the unknown source "${id}"`);
      return s.asOf;
    });
    const newest = dates.reduce((a, b) => (b > a ? b : a));
    if (f.asOf !== newest)
      throw new Error(`fact ${f.id} is "as of ${f.asOf}" but its newest source is dated ${newest}`);
  }
  for (const id of [...changed, ...pending]) {
    if (!facts.some((f) => f.id === id)) throw new Error(`the sheet lists the unknown fact ${id}`);
  }
  return { facts, sources };
}

const HEADER =
  '// Generated by tools/sync-facts.js from docs/facts.md. Do not edit by hand: run `npm run sync-facts`.\n';
const q = (/** @type {string} */ s) => JSON.stringify(s);
const text = (/** @type {Text} */ t) => `{ zh: ${q(t.zh)}, en: ${q(t.en)} }`;

/** @param {Sheet} sheet */
function renderFacts(sheet) {
  const rows = sheet.facts
    .map(
      (f) =>
        `  { id: '${f.id}', kind: '${f.kind}', section: ${q(f.section)}, text: ${text(f.text)}, ` +
        `sources: [${f.sources.map((s) => `'${s}'`).join(', ')}], asOf: '${f.asOf}', changed: ${f.changed} },`,
    )
    .join('\n');
  const pending = sheet.facts.filter((f) => f.pending).map((f) => `'${f.id}'`);
  return `${HEADER}
import type { FactRecord } from './facts';

export const FACTS: readonly FactRecord[] = [
${rows}
];

/** Rules the console does not enforce yet (added by the 2026-12 audit; see docs/facts-audit.md). */
export const PENDING_ENFORCEMENT: readonly string[] = [${pending.join(', ')}];
`;
}

/** @param {Sheet} sheet */
function renderSources(sheet) {
  const rows = sheet.sources
    .map(
      (s) =>
        `  { id: '${s.id}', kind: '${s.kind}', title: ${text(s.title)}, publisher: ${text(s.publisher)}, ` +
        `where: ${q(s.where)}, asOf: '${s.asOf}' },`,
    )
    .join('\n');
  return `${HEADER}
import type { Source } from '../core/content-model';

/** Where the course comes from: shown by title, publisher and date; addresses are shown as text, never fetched. */
export const SOURCES: readonly Source[] = [
${rows}
];
`;
}

/** @param {string} markdown */
function generate(markdown) {
  const sheet = parseSheet(markdown);
  return { facts: renderFacts(sheet), sources: renderSources(sheet) };
}

module.exports = { parseSheet, generate, renderFacts, renderSources, SHEET, OUT, SOURCES_OUT };

// Run as a script (not `require.main === module`: j-component's mini program typings redefine `require` for tools/).
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  try {
    const out = generate(fs.readFileSync(SHEET, 'utf8'));
    const files = [
      [OUT, out.facts],
      [SOURCES_OUT, out.sources],
    ];
    if (process.argv.includes('--check')) {
      const stale = files.filter(([file, body]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== body);
      for (const [file] of stale)
        console.error(`sync-facts: ${path.relative(ROOT, file)} is out of date; run npm run sync-facts`);
      process.exit(stale.length ? 1 : 0);
    }
    for (const [file, body] of files) {
      fs.writeFileSync(file, body);
      console.log(`sync-facts: wrote ${path.relative(ROOT, file)}`);
    }
  } catch (e) {
    console.error(`sync-facts: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
