#!/usr/bin/env node
// @ts-check
/**
 * `npm run preview`: builds the project with the official miniprogram-ci and asks WeChat for a preview QR code that
 * you scan with WeChat on your phone (the same as DevTools' 预览). It needs your own mini program and the network:
 *   WECHAT_APPID            your AppID (or put it in project.private.config.json as "appid")
 *   WECHAT_UPLOAD_KEY_PATH  the code upload key file (开发管理 → 开发设置 → 小程序代码上传 → 生成密钥)
 * Without them it stops and says what is missing and where to get it.
 */
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

/**
 * The AppID and upload key for miniprogram-ci (shared with `npm run upload`, tools/upload.js).
 * @param {NodeJS.ProcessEnv} env
 * @param {string} [command] the command named in the message
 * @returns {{ ok: true, appid: string, keyPath: string } | { ok: false, message: string }}
 */
function resolveCredentials(env, command = 'npm run preview') {
  let appid = env.WECHAT_APPID || '';
  const privateConfig = path.join(ROOT, 'project.private.config.json');
  if (!appid && fs.existsSync(privateConfig)) {
    try {
      appid = JSON.parse(fs.readFileSync(privateConfig, 'utf8')).appid || '';
    } catch {
      appid = '';
    }
  }
  const keyPath = env.WECHAT_UPLOAD_KEY_PATH || '';
  const missing = [];
  if (!/^wx[0-9a-f]{16}$/.test(appid)) {
    missing.push(
      "- WECHAT_APPID: your mini program's AppID (wx + 16 hex characters). Find it at mp.weixin.qq.com → 开发管理 → 开发设置, " +
        'or request a test account (测试号) at https://developers.weixin.qq.com/sandbox. You can also put it in ' +
        'project.private.config.json as "appid" (that file is git-ignored).',
    );
  }
  if (!keyPath || !fs.existsSync(keyPath)) {
    missing.push(
      '- WECHAT_UPLOAD_KEY_PATH: the path of your code upload key file (private.<appid>.key). Generate it at ' +
        'mp.weixin.qq.com → 开发管理 → 开发设置 → 小程序代码上传 → 生成; add your IP to its whitelist or disable the whitelist.' +
        (keyPath ? ` (No file at ${keyPath}.)` : ''),
    );
  }
  if (missing.length) {
    return {
      ok: false,
      message:
        `${command} needs your own mini program credentials; nothing was sent anywhere.\nMissing:\n${missing.join('\n')}\n` +
        'Without them, open the project in WeChat DevTools (see README) or use the browser preview (npm start).',
    };
  }
  return { ok: true, appid, keyPath };
}

/**
 * The miniprogram-ci project for this repository with the learner's credentials, or exit 2 with the message saying
 * what is missing (nothing is sent). Shared by `npm run preview` and `npm run upload`.
 * @param {string} [command] the command named in the message
 */
function ciProjectOrExit(command) {
  const creds = resolveCredentials(process.env, command);
  if (!creds.ok) {
    console.error(creds.message);
    process.exit(2);
  }
  const ci = require('miniprogram-ci');
  const project = new ci.Project({
    appid: creds.appid,
    type: 'miniProgram',
    projectPath: ROOT,
    privateKeyPath: creds.keyPath,
    ignores: ['node_modules/**/*'],
  });
  return { ci, project };
}

async function main() {
  const { ci, project } = ciProjectOrExit();
  const out = path.join(ROOT, '.cache', 'preview-qrcode.jpg');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  await ci.preview({
    project,
    version,
    desc: 'RegLab preview',
    setting: { useProjectConfig: true },
    qrcodeFormat: 'terminal',
    qrcodeOutputDest: out,
  });
  console.log('Scan the QR code above with WeChat to open the preview on your phone.');
  process.exit(0);
}

module.exports = { resolveCredentials, ciProjectOrExit };

// Run as a script (not `require.main === module`: j-component's mini program typings redefine `require` for tools/).
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  main().catch((err) => {
    console.error(`preview failed: ${err && err.message ? err.message : err}`);
    process.exit(1);
  });
}
