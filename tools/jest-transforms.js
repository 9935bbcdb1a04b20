// @ts-check
/**
 * The transforms every jest config of this repository uses: TypeScript through esbuild (jest-transform.js), and
 * miniprogram-exparser patched as both hosts of the headless runtime patch it (jest-exparser-transform.js), which
 * means transforming that one file inside node_modules.
 */
module.exports = {
  transform: {
    '^.+\\.ts$': '<rootDir>/tools/jest-transform.js',
    'miniprogram-exparser[\\\\/]exparser\\.min\\.js$': '<rootDir>/tools/jest-exparser-transform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!miniprogram-exparser/)'],
};
