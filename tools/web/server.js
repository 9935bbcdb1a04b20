// @ts-check
/**
 * The preview server: serves the browser preview of the mini program on localhost. Everything is built in memory on
 * request and rebuilt when a file changes (reload the browser to see an edit):
 *   /            the page (phone frame + runtime)
 *   /preview.js  the runtime for the browser: the headless runtime's core, j-component and miniprogram-exparser, and
 *                the browser views in tools/web/client, bundled with esbuild
 *   /preview.css the phone, WeChat's native UI and the built-in components' default styles
 *   /app.js      the mini program, compiled (wcc, wcsc, TypeScript), see compile.js
 *   /mp/<file>   the mini program's images
 * The page makes no request outside this server (a Content-Security-Policy says so), so it works offline.
 * It only answers GET/HEAD and runs nothing it is sent; a request whose Host is not the listening address is
 * refused (DNS rebinding would let a web page read the project's files), as the headless endpoint does.
 */
const fs = require('fs');
const crypto = require('crypto');
const http = require('http');
const path = require('path');
const { compileApp, appToScript, listProjectFiles, fingerprint } = require('./compile');
const { checkHost, allowedHosts } = require('../headless/guard');
const { patchExparser } = require('../headless/runtime/exparser-patch');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const DEFAULT_ROOT = path.join(REPO_ROOT, 'miniprogram');
const CLIENT_DIR = path.join(__dirname, 'client');
const DEFAULT_PORT = 8420;

const MIME = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

const CSP = [
  "default-src 'self'",
  // The compiled mini program runs through new Function (each module, like the WeChat runtime's own loader).
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
].join('; ');

/**
 * The HTML page. `?bare=1` shows only the phone (for screenshots); the hash is the page to open:
 * `#/pages/lesson/index?id=x`.
 * @param {string} title
 */
function indexHtml(title) {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title.replace(/[<&>]/g, '')} · 预览 Preview</title>
<link rel="stylesheet" href="/preview.css">
</head>
<body>
<div class="rlw-desk" id="rlw-desk"></div>
<script src="/app.js"></script>
<script src="/preview.js"></script>
</body>
</html>
`;
}

/**
 * Bundles the browser side (tools/web/client/main.js and what it requires) with esbuild.
 * @returns {Promise<string>}
 */
async function bundleClient() {
  const esbuild = require('esbuild');
  const res = await esbuild.build({
    entryPoints: [path.join(CLIENT_DIR, 'main.js')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome100',
    define: { global: 'globalThis', 'process.env.NODE_ENV': '"production"' },
    sourcemap: 'inline',
    logLevel: 'silent',
    absWorkingDir: REPO_ROOT,
    nodePaths: [path.join(REPO_ROOT, 'node_modules')],
    plugins: [
      {
        // exparser as the headless runtime's Node host loads it (tools/headless/runtime/exparser-patch.js).
        name: 'exparser-template-copy',
        setup(build) {
          build.onLoad({ filter: /miniprogram-exparser[\\/]exparser\.min\.js$/ }, async (args) => ({
            contents: patchExparser(await fs.promises.readFile(args.path, 'utf8')),
            loader: 'js',
          }));
        },
      },
    ],
  });
  return res.outputFiles[0].text;
}

/** Newest modification time of the files the client bundle is built from. */
function clientStamp() {
  const dirs = [CLIENT_DIR, path.join(REPO_ROOT, 'tools', 'headless', 'runtime')];
  let newest = 0;
  /** @param {string} dir */
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const name of fs.readdirSync(dir)) {
      const p = path.join(dir, name);
      const st = fs.statSync(p);
      if (st.isDirectory()) walk(p);
      else newest = Math.max(newest, st.mtimeMs);
    }
  };
  dirs.forEach(walk);
  return newest;
}

/**
 * @typedef {object} PreviewServer
 * @property {string} url   e.g. http://127.0.0.1:8420
 * @property {number} port
 * @property {() => Promise<void>} close
 * @property {() => Promise<void>} warm  builds everything once (so the first page load is fast)
 */

/** @typedef {{ body: string, etag: string }} Tagged A script with the ETag of its content (computed once per build). */

/**
 * @param {string} body
 * @returns {Tagged}
 */
function tagged(body) {
  return { body, etag: `"${crypto.createHash('sha1').update(body).digest('base64url')}"` };
}

/**
 * Starts the preview server.
 * @param {{ root?: string, port?: number, host?: string, log?: (line: string) => void }} [options]
 *   port 0 picks a free port.
 * @returns {Promise<PreviewServer>}
 */
async function startPreviewServer(options = {}) {
  const root = path.resolve(options.root || DEFAULT_ROOT);
  const host = options.host || '127.0.0.1';
  const log = options.log || (() => {});

  /** @type {{ key: string, script: Tagged, title: string } | null} */
  let appCache = null;
  /** @type {{ stamp: number, text: Promise<Tagged> } | null} */
  let clientCache = null;

  const appScript = () => {
    const key = fingerprint(listProjectFiles(root));
    if (!appCache || appCache.key !== key) {
      const t0 = Date.now();
      const app = compileApp(root);
      const win = /** @type {Record<string, unknown>} */ (app.appJson.window || {});
      const title = typeof win.navigationBarTitleText === 'string' ? win.navigationBarTitleText : 'Mini program';
      appCache = { key, script: tagged(appToScript(app)), title };
      log(`compiled ${path.relative(REPO_ROOT, root) || root} in ${Date.now() - t0} ms`);
    }
    return appCache;
  };

  const clientScript = () => {
    const stamp = clientStamp();
    if (!clientCache || clientCache.stamp !== stamp) {
      const t0 = Date.now();
      const text = bundleClient().then(tagged);
      text.then(() => log(`bundled the preview runtime in ${Date.now() - t0} ms`)).catch(() => {});
      clientCache = { stamp, text };
    }
    return clientCache.text;
  };

  /**
   * @param {http.ServerResponse} res
   * @param {number} status
   * @param {string} type
   * @param {string | Buffer} body
   */
  const send = (res, status, type, body) => {
    res.writeHead(status, {
      'Content-Type': type,
      'Cache-Control': 'no-store',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
  };

  /**
   * The two large scripts (the compiled app, the preview runtime) may be kept by the browser but are revalidated on every
   * load (`no-cache` with an ETag of their content): an unchanged script answers 304, so a reload reuses the browser's
   * copy and its compiled code (Chromium's code cache) instead of parsing megabytes again, and a changed one is sent
   * anew at once.
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {Tagged} script
   */
  const sendScript = (req, res, { body, etag }) => {
    const headers = {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'no-cache',
      ETag: etag,
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, headers);
    res.end(body);
  };

  /** @param {unknown} err */
  const errorScript = (err) =>
    `window.__RL_BUILD_ERROR__ = ${JSON.stringify(`Build failed:\n${err instanceof Error ? err.message : String(err)}`)};`;

  /** @type {Set<string>} */
  let hosts = new Set();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url || '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    try {
      const refusal = checkHost(req, hosts);
      if (refusal) {
        log(refusal.reason);
        return send(res, refusal.status, 'text/plain; charset=utf-8', refusal.reason);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
      if (pathname === '/' || pathname === '/index.html') {
        let title = 'Mini program';
        try {
          title = appScript().title;
        } catch {
          // The build error is reported by /app.js.
        }
        return send(res, 200, 'text/html; charset=utf-8', indexHtml(title));
      }
      if (pathname === '/app.js') {
        try {
          return sendScript(req, res, appScript().script);
        } catch (err) {
          log(`build failed: ${err instanceof Error ? err.message : String(err)}`);
          return send(res, 200, 'text/javascript; charset=utf-8', errorScript(err));
        }
      }
      if (pathname === '/preview.js') {
        return sendScript(req, res, await clientScript());
      }
      if (pathname === '/preview.css') {
        return send(res, 200, 'text/css; charset=utf-8', fs.readFileSync(path.join(CLIENT_DIR, 'preview.css')));
      }
      if (pathname.startsWith('/mp/')) {
        const rel = path.normalize(pathname.slice(4)).replace(/^(\.\.[/\\])+/, '');
        const file = path.join(root, rel);
        const type = MIME[/** @type {keyof typeof MIME} */ (path.extname(file).toLowerCase())];
        if (type && file.startsWith(root + path.sep) && fs.existsSync(file)) {
          return send(res, 200, type, fs.readFileSync(file));
        }
      }
      if (pathname === '/favicon.ico') return send(res, 204, 'image/x-icon', '');
      return send(res, 404, 'text/plain; charset=utf-8', `Not found: ${pathname}`);
    } catch (err) {
      log(`error serving ${pathname}: ${err instanceof Error ? err.stack : String(err)}`);
      return send(res, 500, 'text/plain; charset=utf-8', String(err instanceof Error ? err.message : err));
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve(undefined));
  });
  const address = /** @type {import('net').AddressInfo} */ (server.address());
  hosts = allowedHosts(host, address.port);
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${address.port}`,
    port: address.port,
    warm: async () => {
      appScript();
      await clientScript();
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

module.exports = { startPreviewServer, bundleClient, indexHtml, DEFAULT_PORT, DEFAULT_ROOT, CSP };
