// @ts-check
/**
 * Jest's transform for miniprogram-exparser's exparser.min.js in every jest config: the same patch the headless
 * runtime's Node host and the browser preview apply as they load it (tools/headless/runtime/exparser-patch.js), so
 * pages and components under test keep a component instance in data as in WeChat. Jest's module registry is not
 * Node's require cache, so the Node host's own patching does not reach it.
 */
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { patchExparser } = require('./headless/runtime/exparser-patch');

const PATCH = fs.readFileSync(path.join(__dirname, 'headless', 'runtime', 'exparser-patch.js'), 'utf8');

/** @type {import('@jest/transform').SyncTransformer} */
const transformer = {
  canInstrument: false,
  getCacheKey(sourceText, sourcePath) {
    return crypto
      .createHash('sha1')
      .update(PATCH)
      .update('\0')
      .update(sourcePath)
      .update('\0')
      .update(sourceText)
      .digest('hex');
  },
  process(sourceText) {
    return { code: patchExparser(sourceText) };
  },
};

module.exports = transformer;
