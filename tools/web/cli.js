#!/usr/bin/env node
// @ts-check
/**
 * `npm start`: serves the mini program in a phone frame on http://127.0.0.1:8420 (the project's own pages, run by the
 * same runtime as the headless tests, in your browser). Options:
 *   --port <n>     port (default 8420; 0 picks a free one)
 *   --host <addr>  address to listen on (default 127.0.0.1; 0.0.0.0 to show it to a class on the same network)
 *   --root <dir>   mini program root (default miniprogram/)
 *   --project <dir> another project: a folder with project.config.json (its miniprogramRoot) or app.json
 */
const fs = require('fs');
const path = require('path');
const { startPreviewServer, DEFAULT_PORT } = require('./server');
const { readProject } = require('../headless/node-host');

/**
 * @param {string[]} argv
 * @returns {{ port: number, host: string, root?: string, help: boolean }}
 */
function parseArgs(argv) {
  /** @type {{ port: number, host: string, root?: string, project?: string, help: boolean }} */
  const out = { port: DEFAULT_PORT, host: '127.0.0.1', help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.includes('=') ? a.split(/=(.*)/s) : [a, undefined];
    const value = () => {
      const v = inline !== undefined ? inline : argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--port' || flag === '-p') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`--port must be 0-65535`);
      out.port = n;
    } else if (flag === '--host') out.host = value();
    else if (flag === '--root') out.root = value();
    else if (flag === '--project') out.project = value();
    else if (flag === '--help' || flag === '-h') out.help = true;
    else throw new Error(`unknown option ${a} (try --help)`);
  }
  if (out.root !== undefined && out.project !== undefined) throw new Error('give --root or --project, not both');
  if (out.project !== undefined) {
    const dir = path.resolve(out.project);
    const { root } = readProject(dir);
    if (!fs.existsSync(path.join(root, 'app.json'))) {
      throw new Error(
        `--project ${out.project}: 没有找到小程序 (no app.json in ${root}; give a folder with project.config.json whose miniprogramRoot holds app.json, or app.json itself)`,
      );
    }
    out.root = root;
  }
  return out;
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`npm start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  }
  if (args.help) {
    console.log('Usage: npm start -- [--port 8420] [--host 127.0.0.1] [--root miniprogram | --project DIR]');
    return;
  }
  const server = await startPreviewServer({
    port: args.port,
    host: args.host,
    root: args.root,
    log: (line) => console.log(`[preview] ${line}`),
  });
  await server.warm();
  console.log(`\n  注册实训营 RegLab preview: ${server.url}`);
  if (args.host === '0.0.0.0' || args.host === '::') {
    // Listening on every interface: the addresses others on the network can open.
    for (const list of Object.values(require('os').networkInterfaces())) {
      for (const a of list || []) {
        if (a.family === 'IPv4' && !a.internal)
          console.log(`  on this network:          http://${a.address}:${server.port}`);
      }
    }
  }
  console.log('  (Ctrl+C to stop; edits show on reload)\n');
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

module.exports = { parseArgs };

if (process.argv[1] && require('path').resolve(process.argv[1]) === __filename) {
  main().catch((err) => {
    if (err && err.code === 'EADDRINUSE') console.error(`npm start: port in use; try npm start -- --port 0`);
    else console.error(err instanceof Error ? err.stack : String(err));
    process.exit(1);
  });
}
