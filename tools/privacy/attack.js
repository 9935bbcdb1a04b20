// @ts-check
/** The attack of docs/privacy.md on a stored ID tag, shared by `npm run bench:privacy` and the privacy unit test. */

/**
 * Every ID-card number with `id`'s region, birth year and 17th digit (its gender): what someone who knows those has
 * to try against a stored tag, one day of the year and one sequence number at a time, each with its check digit.
 * @param {string} id
 * @param {(first17: string) => string} checkDigit
 * @returns {Generator<string>}
 */
function* sameYearIdNumbers(id, checkDigit) {
  const year = Number(id.slice(6, 10));
  for (let day = 0; day < 366; day++) {
    const d = new Date(Date.UTC(year, 0, 1 + day));
    if (d.getUTCFullYear() !== year) continue;
    const date = d.toISOString().slice(0, 10).replace(/-/g, '');
    for (let seq = 0; seq < 100; seq++) {
      const first17 = `${id.slice(0, 6)}${date}${String(seq).padStart(2, '0')}${id.charAt(16)}`;
      yield first17 + checkDigit(first17);
    }
  }
}

module.exports = { sameYearIdNumbers };
