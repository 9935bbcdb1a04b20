#!/usr/bin/env node
// @ts-check
/**
 * The brute-force estimate of docs/privacy.md, measured on this machine and printed (not a test):
 * `npm run bench:privacy`. It bundles the console engine with esbuild, measures how fast the stored tags can be
 * computed, and runs the attack on sample data: from a stored mask + tag, list every value that fits.
 */
const { loadTs } = require('../load-ts');
const { sameYearIdNumbers } = require('./attack');

const E = loadTs('miniprogram/console/engine/index.ts');

/**
 * Calls per second of `fn` over `n` inputs.
 * @param {string} label
 * @param {number} n
 * @param {(i: number) => string} fn
 */
function rate(label, n, fn) {
  const t0 = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < n; i++) sink += fn(i).length;
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${label}: ${(n / s).toExponential(2)} per second (${n} in ${s.toFixed(2)} s)${sink < 0 ? '' : ''}`);
  return n / s;
}

const CPU_YEAR = 365.25 * 24 * 3600;
console.log('— hash rate, one core —');
const fullRate = rate('old full fingerprint (cyrb53, 53 bits)', 2e6, (/** @type {number} */ i) =>
  E.fingerprint(String(13800000000 + i), 'x'),
);
const idRate = rate('ID-card tag (normalise + mask + 4-bit tag)', 1e6, (/** @type {number} */ i) =>
  E.idFingerprint(`440106${19800101 + (i % 1000000)}123X`.slice(0, 18)),
);
rate('phone tag (mask + 4-bit tag)', 1e6, (/** @type {number} */ i) => E.phoneFingerprint(String(13800000000 + i)));
rate('password tag (8 bits)', 1e6, (/** @type {number} */ i) => E.passwordFingerprint('a@example.com', `pw${i}`));

console.log('\n— the attack on a stored phone: 138****8042 + tag —');
const phone = E.sampleMobile(42);
const phoneTag = E.phoneFingerprint(phone);
let phoneFits = 0;
for (let m = 0; m < 10000; m++) {
  const candidate = `${phone.slice(0, 3)}${String(m).padStart(4, '0')}${phone.slice(7)}`;
  if (E.phoneFingerprint(candidate) === phoneTag) phoneFits++;
}
console.log(`stored ${phoneTag}: ${phoneFits} of 10000 candidates fit (the old fingerprint: 1)`);

console.log('\n— the attack on a stored ID-card number, with its region and birth year known —');
const id = E.sampleIdNumber(7);
const idTag = E.idFingerprint(id);
let idFits = 0;
let idTried = 0;
for (const candidate of sameYearIdNumbers(id, E.idCheckDigit)) {
  if (candidate.slice(-2) !== id.slice(-2)) continue;
  idTried++;
  if (E.idFingerprint(candidate) === idTag) idFits++;
}
console.log(`stored ${idTag}: ${idFits} of ${idTried} candidates fit`);

console.log('\n— what the old full fingerprints cost an attacker —');
const idSpace = (150 * 36525 * 100) / 11;
console.log(`ID (mask known): ~${idSpace.toExponential(2)} candidates → ${(idSpace / fullRate).toFixed(1)} s`);
console.log(`phone (mask known): 1e4 candidates → ${((1e4 / fullRate) * 1000).toFixed(2)} ms`);
console.log(`a CPU-year at this rate is ${(fullRate * CPU_YEAR).toExponential(2)} hashes`);
console.log(`ID tag rate for the record: ${(idRate * CPU_YEAR).toExponential(2)} tags per CPU-year`);
