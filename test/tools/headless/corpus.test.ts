import * as path from 'path';
import { runApp, summarise, format, causeOf, parseArgs } from '../../../tools/headless/corpus';
import { wxNamesFromTypings } from '../../../tools/headless/wx-names';
import knownApis from '../../../tools/headless/runtime/wx/known-apis';

// The corpus runner (npm run devtools:corpus) on the fixture app of published-app habits: every page through the
// official client, each counted as clean, with exceptions, or failed, with its causes and unsupported features.
const FOREIGN = path.resolve(__dirname, '../../fixtures/foreign-app');

it('opens every page and counts clean, exception and failed pages, with causes and unsupported features', async () => {
  const app = await runApp(FOREIGN);
  const outcome = Object.fromEntries(app.pages.map((p) => [p.route, p.outcome]));
  expect(outcome).toMatchObject({
    'pages/home/index': 'clean',
    // Its onUnload throws while the next page opens, and its timer after that: both count for it, and the pages
    // open by then stay clean.
    'pages/unload-throws/index': 'exception',
    'pages/esm/index': 'clean',
    'pages/nojson/index': 'clean',
    'pages/folder/index': 'clean',
    'pages/device/index': 'clean',
    'pages/native/index': 'clean',
    'pages/broken/index': 'failed',
    'pages/after/index': 'failed',
    'pages/throws/index': 'failed',
    'pages/loop/index': 'exception',
    // Its query runs 150 ms after onShow: the runner stays on each page a while, as a person would.
    'pages/late-query/index': 'clean',
    'pages/webgl/index': 'clean',
    'pages/skyline-route/index': 'clean',
    'pages/xr-scene/index': 'clean',
  });
  const unloadThrows = app.pages.find((p) => p.route === 'pages/unload-throws/index');
  // Which comes first depends on the machine's speed (the timer may fire before the page is left).
  expect([...(unloadThrows?.causes ?? [])].sort()).toEqual([
    "Cannot read properties of undefined (reading 'stop')",
    "Cannot read properties of undefined (reading 'width')",
  ]);
  const summary = summarise('foreign-app', [app]);
  expect(summary.pages).toBe(app.pages.length);
  expect(summary.clean + summary.exception + summary.failed).toBe(summary.pages);
  expect(summary.topCauses.map(([c]) => c)).toContain('cyc-a exploded while loading');
  expect(summary.unsupported.map(([u]) => u.split(' (')[0])).toContain('unsupported: <xr-scene>');
  const text = format(summary);
  expect(text).toMatch(/^foreign-app: 1 app\(s\), \d+ pages — clean \d+ \(/);
  expect(text).toMatch(/endpoint start \d+ ms \(median per app\), reLaunch median \d+ ms/);
  expect(text).not.toContain('pages not clean:');
  // --pages lists each page that is not clean, with its causes.
  expect(format(summary, { pages: true })).toContain('    pages/throws/index (failed): ');
}, 60000);

it('reads its command line: folders, --json, --pages, --dwell MS and --timeout MS (a longer page limit)', () => {
  const args = parseArgs(['a', '--timeout', '60000', '--pages', 'b', '--dwell', '0']);
  expect(args.dirs).toEqual([path.resolve('a'), path.resolve('b')]);
  expect(args).toMatchObject({ json: false, listPages: true, dwellMs: 0, timeoutMs: 60000 });
  expect(parseArgs(['a'])).toMatchObject({ listPages: false, dwellMs: 250, timeoutMs: 15000 });
});

it('counts a cause once, paths shortened to their last part, without numbers', () => {
  expect(causeOf("module 'x' is not defined (from pages/a/b.js)\n  at line 3")).toBe(
    "module 'x' is not defined (from …)",
  );
  expect(causeOf('render loop: components/looper/index called setData 2000 times')).toBe(
    'render loop: components…/index called setData N times',
  );
  expect(
    causeOf(
      "module 'packageAPI/pages/ar/a/threejs-miniprogram.js' is not defined, require args is './threejs-miniprogram'",
    ),
  ).toBe("module 'packageAPI…/threejs-miniprogram.js' is not defined, require args is '.…/threejs-miniprogram'");
});

it('knows the real wx API names from the official typings (runtime/wx/known-apis.js is current)', () => {
  expect(knownApis).toEqual(wxNamesFromTypings());
  expect(knownApis).toEqual(expect.arrayContaining(['createInnerAudioContext', 'getLocation', 'cloud']));
});
