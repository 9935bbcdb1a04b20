#!/usr/bin/env node
// @ts-check
/**
 * The names of the real `wx` API, read from the official typings (miniprogram-api-typings' `WechatMiniprogram.Wx`)
 * with the TypeScript compiler, written to runtime/wx/known-apis.json. The runtime uses the list to tell a real API it
 * does not implement (it answers `fail` with an `unsupported: wx.NAME` warning, as DevTools does without a device)
 * from a name that does not exist (undefined, so `if (wx.X)` feature checks work).
 *
 *   node tools/headless/wx-names.js          rewrite the list
 *   node tools/headless/wx-names.js --check  exit 1 when the list is out of date (test/tools/headless)
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const ts = require('typescript');

const REPO = path.resolve(__dirname, '..', '..');
const OUT = path.join(__dirname, 'runtime', 'wx', 'known-apis.json');

/** @returns {string[]} */
function wxNamesFromTypings() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wx-names-'));
  const file = path.join(dir, 'probe.ts');
  fs.writeFileSync(file, 'export const w: WechatMiniprogram.Wx = wx;\n');
  try {
    const program = ts.createProgram([file], {
      noEmit: true,
      types: ['miniprogram-api-typings'],
      typeRoots: [path.join(REPO, 'node_modules')],
    });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(file);
    /** @type {string[]} */
    let names = [];
    if (source)
      ts.forEachChild(source, (node) => {
        if (ts.isVariableStatement(node)) {
          const decl = node.declarationList.declarations[0];
          names = checker
            .getPropertiesOfType(checker.getTypeAtLocation(decl.name))
            .map((p) => p.getName())
            .sort();
        }
      });
    if (names.length < 100) throw new Error('could not read WechatMiniprogram.Wx from miniprogram-api-typings');
    return names;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { wxNamesFromTypings, OUT };

if (/** @type {NodeJS.Require} */ (/** @type {unknown} */ (require)).main === module) {
  const text = `${JSON.stringify(wxNamesFromTypings(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const same = fs.existsSync(OUT) && fs.readFileSync(OUT, 'utf8') === text;
    process.stdout.write(same ? 'known-apis.json is up to date\n' : 'known-apis.json is out of date\n');
    process.exit(same ? 0 : 1);
  }
  fs.writeFileSync(OUT, text);
}
