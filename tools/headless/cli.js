#!/usr/bin/env node
// @ts-check
/**
 * The headless DevTools endpoint's command line, so your own scripts can drive the mini program with
 * `automator.connect({ wsEndpoint: 'ws://127.0.0.1:9420' })` on any OS, without WeChat DevTools.
 *
 *   node tools/headless/cli.js [--port 9420] [--host 127.0.0.1] [--project DIR] [--page pages/x/index?a=1] [--token T] [--quiet]
 *     [--chat DIR --name NAME]
 *
 * Run alone it has no renderer (App.captureScreenshot answers "not supported"); `npm run devtools:headless`
 * (tools/devtools-headless.js) runs it with the browser preview's screenshots plugged in.
 */
const path = require('path');
const { startServer } = require('./server');
const { TOKEN_ENV } = require('./guard');
const { createChat } = require('./chat');

const HELP = `Usage: npm run devtools:headless -- [options]

Starts a WebSocket endpoint that the official miniprogram-automator client connects to:
  const mp = await automator.connect({ wsEndpoint: 'ws://127.0.0.1:9420' })

Options:
  --port N       port to listen on (default 9420, as DevTools' automation port; 0 = any free port)
  --host H       interface to listen on (default 127.0.0.1)
  --project DIR  folder with project.config.json (default: the current folder)
  --page URL     page to open first, with its query (default: app.json's first page)
  --token T      clients must connect to ws://HOST:PORT/?token=T (default: $${TOKEN_ENV}, else no token)
  --chat DIR     share a simulated WeChat chat kept in DIR with the other endpoints given the same DIR
                 (files sent with wx.shareFileMessage, share cards, the projector wx.scanCode reads)
  --name NAME    who this app's user is in that chat (default endpoint-PORT)
  --quiet        do not print the mini program's console (refused clients are still reported)
  --help         this text
See docs/headless-devtools.md.`;

/**
 * @param {string[]} argv
 */
function parseArgs(argv) {
  /** @type {{ port: number, host: string, project?: string, page?: string, token?: string, chat?: string, name?: string, quiet: boolean, help: boolean }} */
  const opts = { port: 9420, host: '127.0.0.1', quiet: false, help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[(i += 1)];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--port') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error('--port must be a port number');
      opts.port = n;
    } else if (flag === '--host') opts.host = value();
    else if (flag === '--project') opts.project = path.resolve(value());
    else if (flag === '--page') opts.page = value();
    else if (flag === '--token') {
      opts.token = value();
      if (!opts.token) throw new Error('--token must not be empty');
    } else if (flag === '--chat') opts.chat = path.resolve(value());
    else if (flag === '--name') {
      opts.name = value();
      if (!opts.name) throw new Error('--name must not be empty');
    } else if (flag === '--quiet') opts.quiet = true;
    else if (flag === '--help' || flag === '-h') opts.help = true;
    else throw new Error(`unknown option ${arg} (see --help)`);
  }
  return opts;
}

/**
 * Runs the command line: parses `argv`, starts the endpoint, stops it on SIGINT/SIGTERM.
 * @param {string[]} argv the arguments after the script name
 * @param {{ screenshot?: (project: string | undefined) => import('./server').ScreenshotProvider }} [plugins]
 *   what the endpoint cannot do alone (App.captureScreenshot needs a renderer)
 */
async function main(argv, plugins = {}) {
  const opts = parseArgs(argv);
  if (opts.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  /** @type {import('./runtime/index').RuntimeOptions['launch']} */
  let launch;
  if (opts.page) {
    const [route, search = ''] = opts.page.split('?');
    /** @type {Record<string, string>} */
    const query = {};
    for (const pair of search.split('&').filter(Boolean)) {
      const eq = pair.indexOf('=');
      query[eq < 0 ? pair : pair.slice(0, eq)] = eq < 0 ? '' : pair.slice(eq + 1);
    }
    launch = { path: route, query };
  }
  const started = Date.now();
  const server = await startServer({
    port: opts.port,
    host: opts.host,
    project: opts.project,
    quiet: opts.quiet,
    launch,
    token: opts.token,
    chat: opts.chat ? createChat({ dir: opts.chat }) : undefined,
    name: opts.name,
    // Refused and disconnected clients are reported even with --quiet (which silences the app's console).
    log: (line) => void process.stderr.write(`${line}\n`),
    screenshot: plugins.screenshot ? plugins.screenshot(opts.project) : null,
  });
  const runtime = await server.runtime();
  const page = runtime.router.current();
  process.stdout.write(
    `Headless DevTools endpoint: ${server.wsEndpoint}\n` +
      (opts.chat ? `  in the chat ${opts.chat} as ${server.name}\n` : '') +
      `  ${page ? page.route : '(no page)'} ready in ${Date.now() - started} ms; Ctrl+C to stop\n`,
  );
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * `main` as a process: prints a failure in one line and exits 1.
 * @param {Parameters<typeof main>[1]} [plugins]
 */
function runCli(plugins) {
  main(process.argv.slice(2), plugins).catch((err) => {
    process.stderr.write(`devtools:headless: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}

module.exports = { parseArgs, main, runCli };

if (/** @type {NodeJS.Require} */ (/** @type {unknown} */ (require)).main === module) runCli();
