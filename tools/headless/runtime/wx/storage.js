// @ts-check
/**
 * wx storage with WeChat's limits: a key holds at most 1 MB, all keys together at most 10 MB. Values are
 * stored as JSON (so reads return copies, and a Date comes back as its ISO string). A missing key reads as ''
 * synchronously and fails `getStorage` with 'data not found'.
 */

const { ApiError } = require('./api');

const ITEM_LIMIT = 1024 * 1024;
const TOTAL_LIMIT = 10 * 1024 * 1024;

/** @returns {import('../types').StorageBackend} */
function createMemoryStorage() {
  return { items: new Map() };
}

/**
 * UTF-8 byte length of a string.
 * @param {string} s
 */
function byteLength(s) {
  let n = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

/**
 * @param {import('../types').StorageBackend} backend
 * @param {{ itemLimit?: number, totalLimit?: number }} [limits]
 */
function createStorageApi(backend, limits = {}) {
  const itemLimit = limits.itemLimit ?? ITEM_LIMIT;
  const totalLimit = limits.totalLimit ?? TOTAL_LIMIT;
  const { items } = backend;

  const totalBytes = () => {
    let n = 0;
    for (const [k, v] of items) n += byteLength(k) + byteLength(v);
    return n;
  };

  /** @param {unknown} key */
  const checkKey = (key) => {
    if (typeof key !== 'string' || key === '') {
      const type = key === undefined ? 'Undefined' : key === null ? 'Null' : typeof key;
      throw new ApiError(`parameter error: parameter.key should be String instead of ${type};`);
    }
    return key;
  };

  /** @param {unknown} key @param {unknown} data */
  const set = (key, data) => {
    const k = checkKey(key);
    const json = JSON.stringify(data === undefined ? null : data);
    const size = byteLength(k) + byteLength(json);
    if (size > itemLimit) throw new ApiError('exceed storage item max length');
    const old = items.get(k);
    const before = totalBytes() - (old === undefined ? 0 : byteLength(k) + byteLength(old));
    if (before + size > totalLimit) throw new ApiError('exceed storage max size 10Mb');
    items.set(k, json);
  };

  /** @param {unknown} key */
  const get = (key) => {
    const k = checkKey(key);
    const json = items.get(k);
    return json === undefined ? undefined : JSON.parse(json);
  };

  const info = () => ({
    keys: [...items.keys()],
    currentSize: Math.ceil(totalBytes() / 1024),
    limitSize: Math.floor(totalLimit / 1024),
  });

  /**
   * Sync APIs throw Error('name:fail reason').
   * @template T
   * @param {string} name
   * @param {() => T} fn
   * @returns {T}
   */
  const sync = (name, fn) => {
    try {
      return fn();
    } catch (err) {
      if (err instanceof ApiError) throw new Error(`${name}:fail ${err.reason}`);
      throw err;
    }
  };

  return {
    /** @param {unknown} key @param {unknown} data */
    setStorageSync: (key, data) => sync('setStorageSync', () => set(key, data)),
    /** @param {unknown} key */
    getStorageSync: (key) =>
      sync('getStorageSync', () => {
        const v = get(key);
        return v === undefined ? '' : v;
      }),
    /** @param {unknown} key */
    removeStorageSync: (key) => sync('removeStorageSync', () => void items.delete(checkKey(key))),
    clearStorageSync: () => items.clear(),
    getStorageInfoSync: info,
    /** @param {{ key?: unknown, data?: unknown }} o */
    setStorage: (o) => set(o && o.key, o && o.data),
    /** @param {{ key?: unknown }} o */
    getStorage: (o) => {
      const v = get(o && o.key);
      if (v === undefined) throw new ApiError('data not found');
      return { data: v };
    },
    /** @param {{ key?: unknown }} o */
    removeStorage: (o) => void items.delete(checkKey(o && o.key)),
    clearStorage: () => items.clear(),
    getStorageInfo: info,
    /** @param {{ key: unknown, value: unknown }[]} list */
    batchSetStorageSync: (list) => sync('batchSetStorageSync', () => list.forEach((kv) => set(kv.key, kv.value))),
    /** @param {unknown[]} keys */
    batchGetStorageSync: (keys) => sync('batchGetStorageSync', () => keys.map((k) => get(k) ?? '')),
  };
}

module.exports = { createStorageApi, createMemoryStorage, byteLength, ITEM_LIMIT, TOTAL_LIMIT };
