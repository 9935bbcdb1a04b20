// @ts-check
/**
 * Turns a function declaration sent by the automator client (`evaluate`, `mockWxMethod`) into a function that
 * runs in the mini program's world: `wx`, `getApp`, `getCurrentPages` and functions the test exposed with
 * `exposeFunction` are in scope, as they are in DevTools' app service.
 */

/**
 * @param {string} declaration `function (a) { … }`, `(a) => …`, `async () => …`, or a method shorthand.
 * @param {() => Record<string, unknown>} scope Names visible to the function (read at call time).
 * @returns {Function}
 */
function compileDeclaration(declaration, scope) {
  if (typeof declaration !== 'string' || !declaration.trim())
    throw new Error('functionDeclaration must be a non-empty string');
  let source = declaration.trim();
  // A method shorthand (`name(a) { … }`) as Function.prototype.toString prints it for object methods.
  if (/^(async\s+)?[A-Za-z_$][\w$]*\s*\([^)]*\)\s*\{/.test(source) && !/^(async\s+)?function\b/.test(source)) {
    source = source.replace(/^(async\s+)?/, (m) => `${m}function `);
  }
  const names = new Proxy(/** @type {Record<string, unknown>} */ ({}), {
    has(_t, name) {
      return typeof name === 'string' && Object.prototype.hasOwnProperty.call(scope(), name);
    },
    get(_t, name) {
      if (name === Symbol.unscopables) return undefined;
      return typeof name === 'string' ? scope()[name] : undefined;
    },
  });
  let fn;
  try {
    // Sloppy-mode `with` puts the mini program names in scope for the declaration's free variables.
    fn = new Function('__scope__', `with (__scope__) { return (${source}\n); }`)(names);
  } catch (err) {
    throw new Error(`functionDeclaration does not compile: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (typeof fn !== 'function') throw new Error('functionDeclaration is not a function');
  return fn;
}

module.exports = { compileDeclaration };
