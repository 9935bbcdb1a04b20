// @ts-check
/**
 * Who may talk to a local endpoint. The headless endpoint runs code it is sent (App.callFunction evaluates inside
 * this Node process), so a web page in the developer's browser must never reach it:
 * - an `Origin` header means a browser made the request (the official client sends none) → refused;
 * - a `Host` that is not the address the server listens on means DNS rebinding (evil.example resolving to
 *   127.0.0.1) or a proxy → refused;
 * - with a token set, the client must present it as `?token=` in the URL it connects to → else refused.
 * See docs/headless-devtools.md, "Security model".
 */
const crypto = require('crypto');
const os = require('os');

/** The environment variable a token can come from (the CLI's --token wins). */
const TOKEN_ENV = 'REGLAB_DEVTOOLS_TOKEN';

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARD = new Set(['0.0.0.0', '::', '[::]', '']);

/** @param {string} host An address as given to listen(): IPv6 gets its brackets. */
const bracket = (host) => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

/**
 * The Host header values that name this server: loopback names, the address it was bound to and, when it listens
 * on every interface, each interface's address, all with the port.
 * @param {string} boundHost What listen() was given ('127.0.0.1', '0.0.0.0', '::1', a name...).
 * @param {number} port
 * @returns {Set<string>} lower-case `host:port` values
 */
function allowedHosts(boundHost, port) {
  const names = new Set(LOOPBACK);
  const bound = boundHost.toLowerCase();
  if (WILDCARD.has(bound)) {
    for (const list of Object.values(os.networkInterfaces())) {
      for (const net of list || []) names.add(bracket(net.address.toLowerCase()));
    }
  } else names.add(bracket(bound));
  return new Set([...names].map((name) => `${name}:${port}`));
}

/** @param {string} a @param {string} b */
function sameSecret(a, b) {
  const ha = crypto.createHash('sha256').update(a).digest();
  const hb = crypto.createHash('sha256').update(b).digest();
  return crypto.timingSafeEqual(ha, hb);
}

/**
 * @typedef {object} Refusal
 * @property {number} status HTTP status to answer with.
 * @property {string} reason One line saying why, for the client and the server's log.
 */

/**
 * Refuses a request whose Host header does not name this server (DNS rebinding, proxies).
 * @param {{ headers: Record<string, string | string[] | undefined> }} req
 * @param {Set<string>} hosts from allowedHosts()
 * @returns {Refusal | null} null when allowed
 */
function checkHost(req, hosts) {
  const host = String(req.headers.host || '').toLowerCase();
  if (hosts.has(host)) return null;
  return {
    status: 403,
    reason: `refused: Host "${host}" is not this server's address (${[...hosts].sort().join(', ')})`,
  };
}

/**
 * Decides whether a request may use the endpoint.
 * @param {{ headers: Record<string, string | string[] | undefined>, url?: string }} req
 * @param {{ hosts: Set<string>, token?: string | null }} policy
 * @returns {Refusal | null} null when allowed
 */
function checkRequest(req, policy) {
  const origin = req.headers.origin;
  if (origin !== undefined) {
    return {
      status: 403,
      reason: `refused: requests from a browser (Origin: ${String(origin)}) may not use this endpoint`,
    };
  }
  const wrongHost = checkHost(req, policy.hosts);
  if (wrongHost) return wrongHost;
  if (policy.token) {
    const given = new URL(req.url || '/', 'http://endpoint.invalid').searchParams.get('token');
    if (given === null) return { status: 401, reason: 'refused: this endpoint needs a token (?token=... in the URL)' };
    if (!sameSecret(given, policy.token)) return { status: 401, reason: 'refused: wrong token' };
  }
  return null;
}

module.exports = { checkRequest, checkHost, allowedHosts, TOKEN_ENV };
