#!/usr/bin/env node
// @ts-check
/**
 * What WeChat DevTools calls 构建 npm: builds miniprogram/miniprogram_npm/ from package.json's dependencies
 * with the official miniprogram-ci `packNpmManually`, the same code DevTools runs for a project whose
 * project.config.json sets `packNpmManually` with a `packNpmRelationList`.
 * Runs after every `npm install` / `npm ci` (the `postinstall` script).
 */
const path = require('path');
const fs = require('fs');

const ROOT = path.resolve(__dirname, '..');

async function buildNpm() {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8'));
  const relations = config.setting && config.setting.packNpmRelationList;
  if (!config.setting || !config.setting.packNpmManually || !Array.isArray(relations) || relations.length === 0) {
    throw new Error('project.config.json: setting.packNpmManually with a packNpmRelationList is required');
  }
  // Required lazily: miniprogram-ci is large, and only this step (and check/preview) need it.
  const ci = require('miniprogram-ci');
  const results = [];
  for (const rel of relations) {
    const packageJsonPath = path.resolve(ROOT, rel.packageJsonPath);
    const distDir = path.resolve(ROOT, rel.miniprogramNpmDistDir);
    const out = path.join(distDir, 'miniprogram_npm');
    fs.rmSync(out, { recursive: true, force: true });
    const result = await ci.packNpmManually({ packageJsonPath, miniprogramNpmDistDir: distDir, ignores: [] });
    results.push({ out: path.relative(ROOT, out), ...result });
  }
  return results;
}

/**
 * Packages the mini program needs at run time whose entry is not a `.js` file (ts-fsrs ships `dist/index.cjs`),
 * which packNpm cannot pack (it reports "entry file is not found" and packs nothing). They stay dev dependencies,
 * so packNpm does not see them, and their self-contained CommonJS build is copied to `miniprogram/<into>/<name>/`:
 * ts-fsrs into the practice subpackage (root pages/quiz), the only code that schedules with it.
 */
const VENDORED = [
  { name: 'ts-fsrs', js: 'dist/index.cjs', dts: 'dist/index.d.ts', into: 'pages/quiz/vendor' },
  // fflate's browser build: no require() at all (its Node build requires worker_threads). Only the mission share codes
  // (console/missions/codec.ts, console subpackage) use it.
  { name: 'fflate', js: 'lib/browser.cjs', dts: 'lib/browser.d.cts', into: 'console/vendor' },
  // qrcode-generator: one self-contained file (UMD; no require()). Only the classroom's QR codes (console/classroom/qr.ts,
  // console subpackage) use it. Its declarations are a global plus `declare module`; made a module that names no DOM type.
  {
    name: 'qrcode-generator',
    js: 'dist/qrcode.js',
    dts: 'dist/qrcode.d.ts',
    into: 'console/vendor',
    /** @param {string} text */
    fixTypes: (text) =>
      text
        .replace(/declare module 'qrcode-generator' \{[^}]*\}\s*/, '')
        .replace('context: CanvasRenderingContext2D', 'context: unknown') + '\nexport = qrcode;\n',
  },
];

function vendor() {
  const done = [];
  for (const v of VENDORED) {
    const pkgDir = path.join(ROOT, 'node_modules', v.name);
    const outDir = path.join(ROOT, 'miniprogram', v.into, v.name);
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.mkdirSync(outDir, { recursive: true });
    const js = fs.readFileSync(path.join(pkgDir, v.js), 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/m, '\n');
    fs.writeFileSync(path.join(outDir, 'index.js'), js);
    const types = fs.readFileSync(path.join(pkgDir, v.dts), 'utf8');
    fs.writeFileSync(path.join(outDir, 'index.d.ts'), 'fixTypes' in v && v.fixTypes ? v.fixTypes(types) : types);
    const { version } = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
    done.push(`${v.name}@${version} into miniprogram/${v.into}/`);
  }
  return done;
}

module.exports = { buildNpm, vendor, VENDORED };

// Run as a script (not `require.main === module`: j-component's mini program typings redefine `require` for tools/).
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  buildNpm().then(
    (results) => {
      console.log(`build-npm: vendored ${vendor().join(', ')}`);
      for (const r of results) {
        const warns = r.warnList && r.warnList.length ? `, ${r.warnList.length} warning(s)` : '';
        console.log(
          `build-npm: ${r.out} built by miniprogram-ci packNpmManually (${r.miniProgramPackNum} mini program package(s), ${r.otherNpmPackNum} other${warns})`,
        );
        for (const w of r.warnList || []) console.log(`  warning: ${JSON.stringify(w)}`);
      }
    },
    (err) => {
      console.error(`build-npm failed: ${err && err.message ? err.message : err}`);
      process.exit(1);
    },
  );
}
