#!/usr/bin/env node
// @ts-check
/**
 * `npm run check`: proves offline what WeChat DevTools would prove. Stops at the first problem with its file and line.
 *   1. TypeScript: tsc --noEmit for the mini program, the tests and the tools; prints how strict each project is.
 *   2. Every .wxml compiled by WeChat's wcc and every .wxss by wcsc (package miniprogram-compiler).
 *   3. app.json and every page/component JSON: pages have their files, usingComponents resolve, tab bar and subpackages.
 *   4. The upload package built with miniprogram-ci's getCompiledResult; main package ≤ 400 KB, each subpackage ≤ 1 MB.
 * Options: --skip-tsc (used by tests that only need the later steps).
 */
const path = require('path');
const fs = require('fs');
const check = require('./check/index');
const { SUB_BUDGET } = require('./check/upload');

const ROOT = path.resolve(__dirname, '..');
const MP = path.join(ROOT, 'miniprogram');

async function main() {
  const lines = [];
  const started = Date.now();
  if (!fs.existsSync(path.join(MP, 'miniprogram_npm'))) {
    throw new check.CheckError(
      'miniprogram/miniprogram_npm',
      1,
      'missing: run `npm install` (its postinstall builds npm components with miniprogram-ci)',
    );
  }
  if (!process.argv.includes('--skip-tsc')) {
    const ts = check.checkTypeScript(ROOT, ['tsconfig.json', 'test/tsconfig.json', 'tools/tsconfig.json']);
    lines.push(
      `TypeScript   ok: no errors in ${ts.projects} projects: ${ts.settings.map((s) => `${s.config} (${s.strictness})`).join(', ')}`,
    );
  }
  const wxml = check.compileWxml(ROOT, MP);
  const wxss = check.compileWxss(ROOT, MP);
  lines.push(`Templates    ok: ${wxml.files} .wxml compiled by wcc, ${wxss.files} .wxss compiled by wcsc`);
  const app = check.checkAppJson(ROOT, MP);
  lines.push(
    `app.json     ok: ${app.pages} pages, ${app.subpackages} subpackage(s), ${app.tabs} tabs, ${app.components} usingComponents resolved`,
  );
  const pkg = await check.buildUploadPackage(ROOT);
  const subs = Object.entries(pkg.subSizes).map(
    ([root, size]) => `${root} ${check.fmt(size)} of ${check.fmt(SUB_BUDGET)}`,
  );
  lines.push(
    `Upload       ok: ${pkg.fileCount} files (miniprogram-ci getCompiledResult); main ${check.fmt(pkg.main)} of ${check.fmt(pkg.mainBudget)} budget${subs.length ? `; subpackages: ${subs.join(', ')}` : ''}`,
  );
  console.log(`npm run check (${((Date.now() - started) / 1000).toFixed(1)} s)\n  ${lines.join('\n  ')}`);
}

// miniprogram-ci leaves a compiler process attached: exit explicitly once the report is out.
main().then(
  () => process.exit(0),
  (err) => {
    if (err instanceof check.CheckError) console.error(`check failed: ${err.message}`);
    else console.error(`check failed: ${err && err.stack ? err.stack : err}`);
    process.exit(1);
  },
);
