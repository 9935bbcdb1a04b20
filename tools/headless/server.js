// @ts-check
/**
 * The headless DevTools endpoint: a WebSocket server that the unmodified `miniprogram-automator` client
 * connects to with `automator.connect({ wsEndpoint })`. It owns one running app (launched when the server
 * starts, relaunched after App.exit, with storage kept for the life of the server) and serves each
 * connection with a protocol session.
 */

const fs = require('fs');
const http = require('http');
const path = require('path');
const { WebSocketServer } = require('ws');
const { createProjectRuntime } = require('./node-host');
const { createMemoryStorage } = require('./runtime/wx/storage');
const { createSession } = require('./protocol/session');
const { checkRequest, allowedHosts, TOKEN_ENV } = require('./guard');
const { createFlow } = require('./flow');
const { createFileStore } = require('./runtime/wx/files');

/** @typedef {ReturnType<import('./runtime/index').createRuntime>} Runtime */

/**
 * Answers App.captureScreenshot with a base64 PNG of the running app; `close` (optional) releases what it holds
 * when the server stops. The endpoint has no renderer of its own: the browser preview's one plugs in here
 * (tools/web/capture.js `endpointScreenshot`, which `npm run devtools:headless` passes).
 * @typedef {((runtime: Runtime) => Promise<string>) & { close?: () => Promise<void> }} ScreenshotProvider
 */

/**
 * @typedef {object} ServerOptions
 * @property {number} [port] 0 picks a free port; default 9420, the port DevTools' automation uses.
 * @property {string} [host] Default 127.0.0.1 (local only).
 * @property {string} [project] Folder with project.config.json (default: the current folder).
 * @property {boolean} [quiet] Do not echo the mini program's console.
 * @property {import('./runtime/index').RuntimeOptions['launch']} [launch] Where the app opens.
 * @property {ScreenshotProvider | null} [screenshot] App.captureScreenshot; without it the method answers
 *   "not supported".
 * @property {string | null} [token] A secret the client must give as `?token=` in its ws URL; default: the
 *   REGLAB_DEVTOOLS_TOKEN environment variable, else none. Pass null for none whatever the environment says.
 * @property {Partial<import('./flow').FlowLimits>} [limits] Per-connection output limits (see flow.js).
 * @property {(line: string) => void} [log] Where the endpoint reports refused and disconnected clients
 *   (default: stderr, none when quiet).
 * @property {ReturnType<import('./chat').createChat>} [chat] A simulated chat this app's user is in, shared with
 *   other endpoints (chat.js); without one, wx.shareFileMessage and share cards go nowhere and pickers cancel.
 * @property {string} [name] Who this app's user is in the chat (default `endpoint-PORT`).
 */

/**
 * @typedef {object} HeadlessServer
 * @property {number} port
 * @property {string} wsEndpoint What `automator.connect({ wsEndpoint })` takes (with the token when there is one).
 * @property {() => Promise<Runtime>} runtime The running app (launching it if it was exited).
 * @property {import('./protocol/session').AppHolder} holder
 * @property {() => Promise<void>} close Stops the server and the app.
 * @property {string} name Who this app's user is in the chat.
 * @property {(launch: NonNullable<import('./runtime/index').RuntimeOptions['launch']>) => Promise<Runtime>} relaunch
 *   Closes the app and starts it again with these launch options (a share card opened from the chat), storage
 *   and files kept; the next App.exit and relaunch use the server's own launch options again.
 */

/**
 * Starts the endpoint and launches the app. Resolves once the first page is ready.
 * @param {ServerOptions} [options]
 * @returns {Promise<HeadlessServer>}
 */
async function startServer(options = {}) {
  const storage = createMemoryStorage();
  const files = createFileStore();
  /** The user's answer to the privacy guide, kept like storage (WeChat keeps it until the app is deleted). */
  const consent = { agreed: false };
  /** @type {import('./runtime/types').ChatPort | null} */
  let chatPort = null;
  /** Sessions that want each new app before it launches. @type {Set<(runtime: Runtime) => void>} */
  const launchingListeners = new Set();
  /** The launch options of the next launch (a card's, once, then the server's own). */
  let nextLaunch = options.launch;
  /** @type {Runtime | null} */
  let runtime = null;
  /** @type {Promise<Runtime> | null} */
  let launching = null;
  let sdkVersion = '3.7.0';
  const version = String(JSON.parse(fs.readFileSync(path.join(__dirname, 'package.json'), 'utf8')).version);

  /** @returns {Promise<Runtime>} */
  function get() {
    if (runtime && !runtime.isDestroyed()) return Promise.resolve(runtime);
    if (!launching) {
      launching = (async () => {
        const created = createProjectRuntime({
          project: options.project,
          quiet: options.quiet,
          storage,
          files,
          consent,
          chat: chatPort,
          launch: nextLaunch,
        });
        nextLaunch = options.launch;
        sdkVersion = created.project.sdkVersion;
        for (const fn of [...launchingListeners]) fn(created.runtime);
        try {
          await created.runtime.launch();
        } catch (err) {
          created.runtime.destroy();
          throw err;
        }
        runtime = created.runtime;
        return created.runtime;
      })().finally(() => {
        launching = null;
      });
    }
    return launching;
  }

  const screenshot = options.screenshot ?? null;
  /** @type {import('./protocol/session').AppHolder} */
  const holder = {
    get,
    async exit() {
      if (launching) await launching.catch(() => undefined);
      if (runtime) runtime.destroy();
      runtime = null;
    },
    info: () => ({ SDKVersion: sdkVersion, version, platform: 'headless' }),
    screenshot,
    onLaunching(fn) {
      launchingListeners.add(fn);
      return () => void launchingListeners.delete(fn);
    },
  };

  const server = http.createServer((_req, res) => {
    res.writeHead(426, { 'content-type': 'text/plain' });
    res.end('RegLab headless DevTools endpoint: connect with miniprogram-automator over WebSocket\n');
  });
  const host = options.host || '127.0.0.1';
  const token = options.token === undefined ? process.env[TOKEN_ENV] || null : options.token;
  const log =
    options.log || ((/** @type {string} */ line) => void (options.quiet || process.stderr.write(`${line}\n`)));
  /** @type {Set<string>} */
  let hosts = new Set();
  const wss = new WebSocketServer({
    server,
    // Browsers (Origin), DNS rebinding (a foreign Host) and clients without the token never get a connection.
    verifyClient: (info, done) => {
      const refusal = checkRequest(info.req, { hosts, token });
      if (refusal) {
        log(`headless endpoint: ${refusal.reason}`);
        done(false, refusal.status, refusal.reason);
      } else done(true);
    },
  });
  wss.on('connection', (socket) => {
    /** @type {ReturnType<typeof createFlow> | null} */
    let flow = null;
    const session = createSession({
      holder,
      send: (frame) => {
        if (socket.readyState !== socket.OPEN) return;
        socket.send(frame, () => flow && flow.pump());
        if (flow) flow.pump();
      },
      close: () => socket.close(),
    });
    flow = createFlow(
      {
        buffered: () => socket.bufferedAmount,
        pause: () => socket.pause(),
        resume: () => socket.resume(),
        drop: (reason) => {
          log(`headless endpoint: disconnected a client: ${reason}`);
          socket.terminate();
        },
      },
      (text) => session.handle(text),
      options.limits,
    );
    const current = flow;
    socket.on('message', (data, isBinary) => current.push(isBinary ? '' : data.toString()));
    const end = () => {
      current.dispose();
      session.dispose();
    };
    socket.on('close', end);
    socket.on('error', end);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 9420, host, () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : Number(options.port);
  hosts = allowedHosts(host, port);
  const name = options.name || `endpoint-${port}`;
  if (options.chat) chatPort = options.chat.join(name);
  try {
    await get();
  } catch (err) {
    await new Promise((resolve) => server.close(() => resolve(undefined)));
    throw err;
  }
  const urlHost = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;

  return {
    port,
    wsEndpoint: `ws://${urlHost}:${port}${token ? `/?token=${encodeURIComponent(token)}` : ''}`,
    runtime: get,
    holder,
    name,
    async relaunch(launch) {
      await holder.exit();
      nextLaunch = launch;
      return get();
    },
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise((resolve) => wss.close(() => resolve(undefined)));
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await holder.exit();
      if (screenshot && screenshot.close) await screenshot.close();
    },
  };
}

module.exports = { startServer };
