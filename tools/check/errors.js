// @ts-check
/** A check failure that names the file (relative to the project) and line of the first problem. */
class CheckError extends Error {
  /**
   * @param {string} file
   * @param {number} line
   * @param {string} message
   */
  constructor(file, line, message) {
    super(`${file}:${line}: ${message}`);
    this.file = file;
    this.line = line;
    this.detail = message;
  }
}

/**
 * 1-based line of a character offset in a text.
 * @param {string} text
 * @param {number} offset
 */
function lineOf(text, offset) {
  return text.slice(0, Math.max(0, offset)).split('\n').length;
}

module.exports = { CheckError, lineOf };
