#!/usr/bin/env node
// @ts-check
/**
 * Completes package-lock.json with the other platforms' builds of optional platform packages.
 *
 * The npm registry this project's machines reach serves only the Linux builds of packages such as
 * `@unrs/resolver-binding-darwin-x64` (the others answer 404), so a lockfile written here lacks their entries and
 * `npm ci` refuses it as "out of sync". This adds each missing optional dependency with the `os`/`cpu`/`libc` its
 * name states (how npm skips it on other machines), without a download address or integrity, since no machine of this
 * project ever installs it. Run it after changing dependencies: `node tools/complete-lockfile.js`.
 */
const fs = require('fs');
const path = require('path');

const LOCK = path.resolve(__dirname, '..', 'package-lock.json');
const OS = ['android', 'darwin', 'freebsd', 'linux', 'openharmony', 'win32', 'sunos', 'aix', 'netbsd', 'openbsd'];
const CPU = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el', 'wasm32'];

/**
 * The platform a platform package's name states, e.g. `@unrs/resolver-binding-linux-arm-musleabihf`.
 * @param {string} name
 * @returns {{ os: string, cpu: string, libc?: string } | null}
 */
function platformOf(name) {
  const parts = name.split('/').pop()?.split('-') ?? [];
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p));
  if (!os || !cpu) return null;
  const libc = parts.some((p) => p.startsWith('musl'))
    ? 'musl'
    : os === 'linux' && parts.some((p) => p.startsWith('gnu'))
      ? 'glibc'
      : undefined;
  return libc ? { os, cpu, libc } : { os, cpu };
}

/** @param {any} lock */
function complete(lock) {
  const added = [];
  for (const [key, pkg] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(pkg.optionalDependencies || {})) {
      const at = `${key ? `${key}/` : ''}node_modules/${name}`;
      const hoisted = `node_modules/${name}`;
      if (lock.packages[at] || lock.packages[hoisted]) continue;
      const platform = platformOf(name);
      if (!platform) continue;
      /** @type {Record<string, unknown>} */
      const entry = { version, cpu: [platform.cpu] };
      if (pkg.dev) entry.dev = true;
      if (platform.libc) entry.libc = [platform.libc];
      entry.optional = true;
      entry.os = [platform.os];
      lock.packages[hoisted] = entry;
      added.push(`${name}@${version}`);
    }
  }
  const [root, ...rest] = Object.entries(lock.packages);
  rest.sort(([a], [b]) => a.localeCompare(b, 'en'));
  lock.packages = Object.fromEntries([root, ...rest]);
  return added;
}

module.exports = { platformOf, complete };

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  const lock = JSON.parse(fs.readFileSync(LOCK, 'utf8'));
  const added = complete(lock);
  fs.writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(added.length ? `complete-lockfile: added ${added.join(', ')}` : 'complete-lockfile: nothing missing');
}
