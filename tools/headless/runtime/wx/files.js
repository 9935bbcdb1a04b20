// @ts-check
/**
 * `wx.getFileSystemManager()` and `wx.env.USER_DATA_PATH`, in memory, per app (the store survives App.exit, as
 * storage does). Two roots, as in DevTools: `http://usr` (USER_DATA_PATH: the app's own files, read and write) and
 * `http://tmp` (temporary files that only APIs create, e.g. a file picked with wx.chooseMessageFile: read, stat,
 * unlink; writing there is refused as WeChat refuses it). Failures carry WeChat's messages
 * (`readFile:fail no such file or directory, open http://usr/x`); the synchronous forms throw
 * `Error('readFileSync:fail …')`. The asynchronous forms take callbacks only (WeChat's file APIs have no Promise
 * style). Contents are bytes: strings are encoded with the given encoding (utf8 by default for writes; a read without
 * an encoding returns an ArrayBuffer).
 */

const { ApiError, deliver, hasCallbacks } = require('./api');

const USER_DATA_PATH = 'http://usr';
const TEMP_PATH = 'http://tmp';
/** WeChat's limit on what USER_DATA_PATH holds. */
const USER_DATA_LIMIT = 200 * 1024 * 1024;

/**
 * @typedef {{ dir: true, mtime: number } | { dir: false, bytes: Uint8Array, mtime: number }} FileEntry
 * @typedef {{ entries: Map<string, FileEntry>, tempSeq: number }} FileStore
 */

/** @returns {FileStore} */
function createFileStore() {
  return { entries: new Map(), tempSeq: 0 };
}

// ---------- bytes and encodings (no Node Buffer: the runtime also runs in a browser) ----------

/** @param {unknown} v */
const isArrayBuffer = (v) => Object.prototype.toString.call(v) === '[object ArrayBuffer]';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** @param {Uint8Array} bytes */
function toBase64(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63];
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? B64[n & 63] : '=';
  }
  return out;
}

/** @param {string} text */
function fromBase64(text) {
  const clean = text.replace(/[\s=]/g, '').replace(/-/g, '+').replace(/_/g, '/');
  if (/[^A-Za-z0-9+/]/.test(clean)) throw new ApiError('base64 encode error');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let j = 0;
  for (const c of clean) {
    value = (value << 6) | B64.indexOf(c);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j] = (value >> bits) & 255;
      j += 1;
    }
  }
  return out.subarray(0, j);
}

/** @param {unknown} encoding */
function normaliseEncoding(encoding) {
  const e = String(encoding).toLowerCase();
  if (e === 'utf8' || e === 'utf-8') return 'utf8';
  if (e === 'ucs2' || e === 'ucs-2' || e === 'utf16le' || e === 'utf-16le') return 'utf16le';
  if (e === 'binary' || e === 'latin1') return 'latin1';
  if (e === 'ascii' || e === 'base64' || e === 'hex') return e;
  throw new ApiError(`invalid encoding: ${String(encoding)}`);
}

/**
 * @param {string} text
 * @param {unknown} encoding
 * @returns {Uint8Array}
 */
function encode(text, encoding) {
  const e = normaliseEncoding(encoding ?? 'utf8');
  if (e === 'utf8') return new TextEncoder().encode(text);
  if (e === 'base64') return fromBase64(text);
  if (e === 'hex') {
    if (!/^([0-9a-f]{2})*$/i.test(text)) throw new ApiError('hex encode error');
    return Uint8Array.from(text.match(/../g) || [], (h) => parseInt(h, 16));
  }
  if (e === 'utf16le') {
    const out = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i += 1) {
      out[i * 2] = text.charCodeAt(i) & 255;
      out[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    return out;
  }
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & (e === 'ascii' ? 127 : 255));
}

/**
 * @param {Uint8Array} bytes
 * @param {unknown} encoding undefined: an ArrayBuffer
 * @returns {string | ArrayBuffer}
 */
function decode(bytes, encoding) {
  if (encoding === undefined || encoding === null || encoding === '') return bytes.slice().buffer;
  const e = normaliseEncoding(encoding);
  if (e === 'utf8') return new TextDecoder().decode(bytes);
  if (e === 'base64') return toBase64(bytes);
  if (e === 'hex') return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  if (e === 'utf16le') {
    let s = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
    return s;
  }
  let s = '';
  for (const b of bytes) s += String.fromCharCode(e === 'ascii' ? b & 127 : b);
  return s;
}

/**
 * What a write was given, as bytes: a string in `encoding`, an ArrayBuffer or a typed array.
 * @param {unknown} data
 * @param {unknown} encoding
 */
function bytesOf(data, encoding) {
  if (typeof data === 'string') return encode(data, encoding);
  if (isArrayBuffer(data)) return new Uint8Array(/** @type {ArrayBuffer} */ (data)).slice();
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice();
  throw new ApiError('parameter error: parameter.data should be String/ArrayBuffer');
}

// ---------- paths ----------

/**
 * The canonical form of a path (`http://usr/a//b/` → `http://usr/a/b`), or null when it is not under a root.
 * @param {unknown} p
 */
function canonical(p) {
  if (typeof p !== 'string') return null;
  const m = /^(http:\/\/(?:usr|tmp)|wxfile:\/\/(?:usr|tmp))(\/.*)?$/.exec(p.trim());
  if (!m) return null;
  const root = m[1].startsWith('wxfile') ? `http://${m[1].slice(9)}` : m[1];
  /** @type {string[]} */
  const parts = [];
  for (const part of (m[2] || '').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.length ? `${root}/${parts.join('/')}` : root;
}

/** @param {string} p */
const parentOf = (p) => p.slice(0, p.lastIndexOf('/'));
/** @param {string} p */
const isRoot = (p) => p === USER_DATA_PATH || p === TEMP_PATH;
/** @param {string} p */
const baseName = (p) => p.slice(p.lastIndexOf('/') + 1);

/**
 * What wx.chooseMessageFile says a file is, from its name's extension: 'image', 'video' or 'file'.
 * @param {string} name
 */
function fileKind(name) {
  const ext = (/\.([^.]+)$/.exec(name) || ['', ''])[1].toLowerCase();
  if (['png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'heic'].includes(ext)) return 'image';
  if (['mp4', 'mov', 'm4v', '3gp', 'avi', 'mkv'].includes(ext)) return 'video';
  return 'file';
}

/**
 * @param {FileStore} store
 * @param {{ later: (fn: () => void) => void, report: (err: unknown, label: string) => void,
 *   unsupported: (feature: string, detail?: string) => void }} deps
 */
function createFileSystem(store, deps) {
  const { entries } = store;
  const now = () => Date.now();

  /** @param {string} p @returns {FileEntry | undefined} */
  const entry = (p) => (isRoot(p) ? { dir: true, mtime: 0 } : entries.get(p));

  /**
   * A path the app may name: `http://usr/…` or `http://tmp/…`.
   * @param {unknown} p
   * @param {string} op how WeChat words the operation in its message (`open`, `access`, …), '' for none
   */
  const resolve = (p, op) => {
    const c = canonical(p);
    if (c === null) throw new ApiError(`permission denied, ${op ? `${op} ` : ''}${String(p)}`);
    return c;
  };
  /** @param {string} p */
  const writable = (p, /** @type {unknown} */ given, /** @type {string} */ op) => {
    if (!p.startsWith(`${USER_DATA_PATH}/`)) throw new ApiError(`permission denied, ${op} ${String(given)}`);
  };
  /** @param {string} p @param {unknown} given @param {string} op */
  const existingFile = (p, given, op) => {
    const e = entry(p);
    if (!e) throw new ApiError(`no such file or directory, ${op} ${String(given)}`);
    if (e.dir) throw new ApiError(`illegal operation on a directory, ${op} ${String(given)}`);
    return e;
  };
  const usedBytes = () => {
    let n = 0;
    for (const [p, e] of entries) if (!e.dir && p.startsWith(USER_DATA_PATH)) n += e.bytes.length;
    return n;
  };
  /** @param {string} p @param {Uint8Array} bytes @param {unknown} given */
  const put = (p, bytes, given) => {
    const parent = entry(parentOf(p));
    if (!parent) throw new ApiError(`no such file or directory, open ${String(given)}`);
    if (!parent.dir) throw new ApiError(`not a directory, open ${String(given)}`);
    const old = entries.get(p);
    if (old && old.dir) throw new ApiError(`illegal operation on a directory, open ${String(given)}`);
    if (p.startsWith(USER_DATA_PATH) && usedBytes() - (old ? old.bytes.length : 0) + bytes.length > USER_DATA_LIMIT)
      throw new ApiError('the maximum size of the file storage limit is exceeded');
    entries.set(p, { dir: false, bytes, mtime: now() });
  };
  /** @param {string} dir */
  const children = (dir) => [...entries.keys()].filter((k) => parentOf(k) === dir);
  /** @param {FileEntry} e */
  const stats = (e) => {
    const seconds = Math.floor(e.mtime / 1000);
    return {
      mode: e.dir ? 0o40777 : 0o100666,
      size: e.dir ? 0 : e.bytes.length,
      lastAccessedTime: seconds,
      lastModifiedTime: seconds,
      isDirectory: () => e.dir,
      isFile: () => !e.dir,
    };
  };

  /** The operations, each with its arguments as the sync form takes them. @type {Record<string, Function>} */
  const ops = {
    /** @param {unknown} path */
    access(path) {
      const p = resolve(path, 'access');
      if (!entry(p)) throw new ApiError(`no such file or directory ${String(path)}`);
      return {};
    },
    /** @param {unknown} filePath @param {unknown} data @param {unknown} encoding */
    writeFile(filePath, data, encoding) {
      const p = resolve(filePath, 'open');
      writable(p, filePath, 'open');
      put(p, bytesOf(data, encoding ?? 'utf8'), filePath);
      return {};
    },
    /** @param {unknown} filePath @param {unknown} data @param {unknown} encoding */
    appendFile(filePath, data, encoding) {
      const p = resolve(filePath, 'open');
      writable(p, filePath, 'open');
      const old = existingFile(p, filePath, 'open');
      const add = bytesOf(data, encoding ?? 'utf8');
      const bytes = new Uint8Array(/** @type {{ bytes: Uint8Array }} */ (old).bytes.length + add.length);
      bytes.set(/** @type {{ bytes: Uint8Array }} */ (old).bytes);
      bytes.set(add, bytes.length - add.length);
      put(p, bytes, filePath);
      return {};
    },
    /** @param {unknown} filePath @param {unknown} encoding @param {unknown} position @param {unknown} length */
    readFile(filePath, encoding, position, length) {
      const p = resolve(filePath, 'open');
      const e = /** @type {{ bytes: Uint8Array }} */ (existingFile(p, filePath, 'open'));
      const start = position === undefined || position === null ? 0 : Number(position);
      const end = length === undefined || length === null ? e.bytes.length : start + Number(length);
      if (!(start >= 0 && end <= e.bytes.length && start <= end)) throw new ApiError('Invalid argument');
      return { data: decode(e.bytes.subarray(start, end), encoding) };
    },
    /** @param {unknown} filePath */
    unlink(filePath) {
      const p = resolve(filePath, 'unlink');
      const e = entry(p);
      if (!e) throw new ApiError(`no such file or directory ${String(filePath)}`);
      if (e.dir) throw new ApiError(`operation not permitted, unlink ${String(filePath)}`);
      entries.delete(p);
      return {};
    },
    /** @param {unknown} dirPath @param {unknown} recursive */
    mkdir(dirPath, recursive) {
      const p = resolve(dirPath, 'mkdir');
      writable(p, dirPath, 'mkdir');
      if (entry(p)) throw new ApiError(`file already exists ${String(dirPath)}`);
      /** @type {string[]} */
      const missing = [];
      for (let d = p; !entry(d); d = parentOf(d)) missing.unshift(d);
      if (missing.length > 1 && !recursive) throw new ApiError(`no such file or directory ${String(dirPath)}`);
      const parent = entry(parentOf(missing[0]));
      if (parent && !parent.dir) throw new ApiError(`not a directory ${String(dirPath)}`);
      for (const d of missing) entries.set(d, { dir: true, mtime: now() });
      return {};
    },
    /** @param {unknown} dirPath @param {unknown} recursive */
    rmdir(dirPath, recursive) {
      const p = resolve(dirPath, 'rmdir');
      writable(p, dirPath, 'rmdir');
      const e = entry(p);
      if (!e) throw new ApiError(`no such file or directory ${String(dirPath)}`);
      if (!e.dir) throw new ApiError(`not a directory ${String(dirPath)}`);
      const inside = [...entries.keys()].filter((k) => k.startsWith(`${p}/`));
      if (inside.length && !recursive) throw new ApiError(`directory not empty ${String(dirPath)}`);
      for (const k of [...inside, p]) entries.delete(k);
      return {};
    },
    /** @param {unknown} dirPath */
    readdir(dirPath) {
      const p = resolve(dirPath, 'open');
      const e = entry(p);
      if (!e) throw new ApiError(`no such file or directory ${String(dirPath)}`);
      if (!e.dir) throw new ApiError(`not a directory ${String(dirPath)}`);
      return { files: children(p).map(baseName) };
    },
    /** @param {unknown} path @param {unknown} recursive */
    stat(path, recursive) {
      const p = resolve(path, 'stat');
      const e = entry(p);
      if (!e) throw new ApiError(`no such file or directory ${String(path)}`);
      if (!recursive || !e.dir) return { stats: stats(e) };
      const inside = [...entries.entries()].filter(([k]) => k.startsWith(`${p}/`));
      return {
        stats: [
          { path: '/', stats: stats(e) },
          ...inside.map(([k, v]) => ({ path: k.slice(p.length), stats: stats(v) })),
        ],
      };
    },
    /** @param {unknown} srcPath @param {unknown} destPath */
    copyFile(srcPath, destPath) {
      const from = resolve(srcPath, 'copyFile');
      const to = resolve(destPath, 'copyFile');
      const e = /** @type {{ bytes: Uint8Array }} */ (existingFile(from, srcPath, 'copyFile'));
      writable(to, destPath, 'copyFile');
      put(to, e.bytes.slice(), destPath);
      return {};
    },
    /** @param {unknown} oldPath @param {unknown} newPath */
    rename(oldPath, newPath) {
      const from = resolve(oldPath, 'rename');
      const to = resolve(newPath, 'rename');
      const e = /** @type {{ bytes: Uint8Array }} */ (existingFile(from, oldPath, 'rename'));
      writable(to, newPath, 'rename');
      put(to, e.bytes, newPath);
      entries.delete(from);
      return {};
    },
  };

  /** The object keys of each operation's async form, in the order of the sync form's arguments. */
  /** @type {Record<string, string[]>} */
  const keys = {
    access: ['path'],
    writeFile: ['filePath', 'data', 'encoding'],
    appendFile: ['filePath', 'data', 'encoding'],
    readFile: ['filePath', 'encoding', 'position', 'length'],
    unlink: ['filePath'],
    mkdir: ['dirPath', 'recursive'],
    rmdir: ['dirPath', 'recursive'],
    readdir: ['dirPath'],
    stat: ['path', 'recursive'],
    copyFile: ['srcPath', 'destPath'],
    rename: ['oldPath', 'newPath'],
  };
  /** What each sync form returns: the result field WeChat returns directly. @type {Record<string, string>} */
  const syncReturns = { readFile: 'data', readdir: 'files', stat: 'stats' };

  /** @type {Record<string, Function>} */
  const manager = {};
  for (const [name, fn] of Object.entries(ops)) {
    manager[name] = (/** @type {unknown} */ options) => {
      const o = /** @type {Record<string, unknown>} */ (options && typeof options === 'object' ? options : {});
      // No Promise style: without callbacks the outcome is dropped, as WeChat drops it.
      const opts = hasCallbacks(options) ? options : { ...o, complete() {} };
      deliver(name, opts, () => fn(...keys[name].map((k) => o[k])), deps.later, deps.report);
    };
    manager[`${name}Sync`] = (/** @type {unknown[]} */ ...args) => {
      try {
        const out = /** @type {Record<string, unknown>} */ (fn(...args));
        return syncReturns[name] ? out[syncReturns[name]] : undefined;
      } catch (err) {
        if (err instanceof ApiError) throw new Error(`${name}Sync:fail ${err.reason}`);
        throw err;
      }
    };
  }
  /** @param {unknown} options */
  manager.getFileInfo = (options) => {
    const o = /** @type {Record<string, unknown>} */ (options && typeof options === 'object' ? options : {});
    deliver(
      'getFileInfo',
      hasCallbacks(options) ? options : { ...o, complete() {} },
      () => {
        const p = resolve(o.filePath, 'open');
        return { size: /** @type {{ bytes: Uint8Array }} */ (existingFile(p, o.filePath, 'open')).bytes.length };
      },
      deps.later,
      deps.report,
    );
  };
  for (const name of [
    'open',
    'close',
    'read',
    'write',
    'fstat',
    'ftruncate',
    'truncate',
    'unzip',
    'readZipEntry',
    'saveFile',
    'getSavedFileList',
    'removeSavedFile',
    'readCompressedFile',
  ]) {
    const fail = () => {
      deps.unsupported(
        `FileSystemManager.${name}`,
        'the headless runtime implements the path-based file operations only',
      );
      throw new ApiError('not supported in the headless runtime');
    };
    manager[name] = (/** @type {unknown} */ options) => {
      const opts = hasCallbacks(options) ? options : { complete() {} };
      deliver(name, opts, fail, deps.later, deps.report);
    };
    manager[`${name}Sync`] = () => {
      try {
        fail();
      } catch (err) {
        throw new Error(`${name}Sync:fail ${/** @type {ApiError} */ (err).reason}`);
      }
    };
  }

  return {
    /** What `wx.getFileSystemManager()` returns (one object per app, as WeChat's). */
    manager,
    /**
     * A new temporary file (what a picker hands the app): `http://tmp/<n>.<ext>` holding `bytes`.
     * @param {Uint8Array} bytes
     * @param {string} name the original name (its extension is kept)
     */
    addTempFile(bytes, name) {
      store.tempSeq += 1;
      const ext = /\.([A-Za-z0-9]{1,10})$/.exec(name);
      const p = `${TEMP_PATH}/headless_${String(store.tempSeq).padStart(4, '0')}${ext ? `.${ext[1]}` : ''}`;
      entries.set(p, { dir: false, bytes: bytes.slice(), mtime: now() });
      return p;
    },
    /**
     * The bytes of a file the app names (for APIs that send a file: wx.shareFileMessage), or ApiError.
     * @param {unknown} filePath
     */
    readBytes(filePath) {
      const p = resolve(filePath, 'open');
      return /** @type {{ bytes: Uint8Array }} */ (existingFile(p, filePath, 'open')).bytes.slice();
    },
  };
}

module.exports = {
  createFileStore,
  createFileSystem,
  USER_DATA_PATH,
  TEMP_PATH,
  encode,
  decode,
  toBase64,
  fromBase64,
  baseName,
  fileKind,
};
