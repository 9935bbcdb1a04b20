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
const { createProjectRuntime, readProject, REPO } = require('./node-host');
const { createMemoryStorage } = require('./runtime/wx/storage');
const { createSession } = require('./protocol/session');

/** @typedef {ReturnType<import('./runtime/index').createRuntime>} Runtime */

/**
 * @typedef {object} ServerOptions
 * @property {number} [port] 0 picks a free port; default 9420, the port DevTools' automation uses.
 * @property {string} [host] Default 127.0.0.1 (local only).
 * @property {string} [project] Folder with project.config.json (default: this repository).
 * @property {boolean} [quiet] Do not echo the mini program's console.
 * @property {import('./runtime/index').RuntimeOptions['launch']} [launch] Where the app opens.
 * @property {((runtime: Runtime) => Promise<string>) | null} [screenshot] Hook for App.captureScreenshot (base64 PNG).
 */

/**
 * Starts the endpoint and launches the app. Resolves once the first page is ready.
 * @param {ServerOptions} [options]
 */
/**
 * The default App.captureScreenshot: real pixels of the current page, drawn by the browser preview's renderer in
 * Debian's Chromium (tools/web/capture.js), loaded on first use. Without Chromium it rejects with what is missing.
 * @param {string | undefined} projectDir
 */
function defaultScreenshot(projectDir) {
  const { root } = readProject(projectDir || REPO);
  /** @type {((rt: Runtime) => Promise<string>) | null} */
  let hook = null;
  const capture = (/** @type {Runtime} */ rt) => {
    if (!hook) hook = require('../web/capture').screenshotHook({ root });
    return /** @type {(rt: Runtime) => Promise<string>} */ (hook)(rt);
  };
  capture.close = async () => {
    if (hook) await require('../web/capture').closeCapture();
  };
  return capture;
}

async function startServer(options = {}) {
  const storage = createMemoryStorage();
  /** @type {Runtime | null} */
  let runtime = null;
  /** @type {Promise<Runtime> | null} */
  let launching = null;
  let sdkVersion = '3.7.0';
  const version = String(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version);

  /** @returns {Promise<Runtime>} */
  function get() {
    if (runtime && !runtime.isDestroyed()) return Promise.resolve(runtime);
    if (!launching) {
      launching = (async () => {
        const created = createProjectRuntime({
          project: options.project,
          quiet: options.quiet,
          storage,
          launch: options.launch,
        });
        sdkVersion = created.project.sdkVersion;
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

  const defaultCapture = defaultScreenshot(options.project);
  /** @type {import('./protocol/session').AppHolder} */
  const holder = {
    get,
    async exit() {
      if (launching) await launching.catch(() => undefined);
      if (runtime) runtime.destroy();
      runtime = null;
    },
    info: () => ({ SDKVersion: sdkVersion, version, platform: 'headless' }),
    // A hook given by the caller, none when it passes null, else real screenshots through Chromium.
    screenshot: options.screenshot === undefined ? defaultCapture : options.screenshot,
  };

  await get();

  const server = http.createServer((_req, res) => {
    res.writeHead(426, { 'content-type': 'text/plain' });
    res.end('RegLab headless DevTools endpoint: connect with miniprogram-automator over WebSocket\n');
  });
  const wss = new WebSocketServer({ server });
  wss.on('connection', (socket) => {
    const session = createSession({
      holder,
      send: (frame) => {
        if (socket.readyState === socket.OPEN) socket.send(frame);
      },
      close: () => socket.close(),
    });
    socket.on('message', (data, isBinary) => {
      const text = isBinary ? '' : data.toString();
      void session.handle(text);
    });
    socket.on('close', () => session.dispose());
    socket.on('error', () => session.dispose());
  });

  const host = options.host || '127.0.0.1';
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 9420, host, () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : Number(options.port);

  return {
    port,
    wsEndpoint: `ws://${host}:${port}`,
    /** The running app (launching it if it was exited). */
    runtime: get,
    holder,
    /** Stops the server and the app. */
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise((resolve) => wss.close(() => resolve(undefined)));
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await holder.exit();
      await defaultCapture.close();
    },
  };
}

module.exports = { startServer };
