#!/usr/bin/env node
// @ts-check
/**
 * `npm run upload -- --version 1.2.0 --desc "第三次实验课"`: uploads the mini program with the official miniprogram-ci,
 * as DevTools' 上传 does; the version then appears at mp.weixin.qq.com → 管理 → 版本管理 as a 开发版本, ready to be
 * made the 体验版 or submitted for review. It needs your own mini program and the network (see docs/teacher-guide.md):
 *   WECHAT_APPID            your AppID (or "appid" in project.private.config.json)
 *   WECHAT_UPLOAD_KEY_PATH  the code upload key file (开发管理 → 开发设置 → 小程序代码上传 → 生成)
 * Without them it stops, says what is missing and where to get it, and sends nothing.
 * Options: --version (default: package.json's), --desc (default "RegLab <version>"), --robot 1–30 (default 1).
 */
const fs = require('fs');
const path = require('path');
const { ciProjectOrExit } = require('./preview');

const ROOT = path.resolve(__dirname, '..');

/**
 * @param {string[]} argv the arguments after the script
 * @param {string} defaultVersion
 * @returns {{ ok: true, version: string, desc: string, robot: number } | { ok: false, message: string }}
 */
function parseUploadArgs(argv, defaultVersion) {
  /** @type {Record<string, string>} */
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--(version|desc|robot)(?:=(.*))?$/.exec(argv[i]);
    if (!m)
      return { ok: false, message: `npm run upload: unknown argument ${argv[i]} (use --version, --desc, --robot).` };
    const value = m[2] !== undefined ? m[2] : argv[++i];
    if (value === undefined) return { ok: false, message: `npm run upload: --${m[1]} needs a value.` };
    opts[m[1]] = value;
  }
  const version = opts.version || defaultVersion;
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    return {
      ok: false,
      message: `npm run upload: the version "${version}" must be three numbers such as 1.2.0 (版本号须为 1.2.0 这样的三段数字).`,
    };
  }
  const desc = (opts.desc !== undefined ? opts.desc : `RegLab ${version}`).trim();
  if (!desc || desc.length > 200) {
    return { ok: false, message: 'npm run upload: --desc must have 1 to 200 characters (项目备注须为 1–200 个字符).' };
  }
  const robot = opts.robot !== undefined ? Number(opts.robot) : 1;
  if (!Number.isInteger(robot) || robot < 1 || robot > 30) {
    return { ok: false, message: 'npm run upload: --robot must be a whole number from 1 to 30 (CI 机器人编号 1–30).' };
  }
  return { ok: true, version, desc, robot };
}

async function main() {
  const { version: packageVersion } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const args = parseUploadArgs(process.argv.slice(2), packageVersion);
  if (!args.ok) {
    console.error(args.message);
    process.exit(2);
  }
  const { ci, project } = ciProjectOrExit('npm run upload');
  const result = await ci.upload({
    project,
    version: args.version,
    desc: args.desc,
    robot: args.robot,
    setting: { useProjectConfig: true },
    onProgressUpdate: () => {},
  });
  const sizes = (result.subPackageInfo || []).map((p) => `${p.name} ${(p.size / 1024).toFixed(0)} KB`).join(', ');
  console.log(`Uploaded ${args.version} ("${args.desc}") with robot ${args.robot}${sizes ? `: ${sizes}` : ''}.`);
  console.log('Next: mp.weixin.qq.com → 管理 → 版本管理 → 开发版本: make it the 体验版 or submit it for review.');
  process.exit(0);
}

module.exports = { parseUploadArgs };

// Run as a script (not `require.main === module`: j-component's mini program typings redefine `require` for tools/).
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  main().catch((err) => {
    console.error(`upload failed: ${err && err.message ? err.message : err}`);
    process.exit(1);
  });
}
