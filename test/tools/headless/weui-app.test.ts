import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type Element from 'miniprogram-automator/out/Element';
import type Page from 'miniprogram-automator/out/Page';
import { useEndpoint, withEndpoint } from './fixture';

/**
 * app.json's `useExtendedLib: { weui: true }` (issue 16, root cause 5): WeChat supplies weui's components, and the
 * endpoint supplies them from the weui-miniprogram package (test/fixtures/weui-app), driven by the official client.
 */
const WEUI_APP = path.resolve(__dirname, '../../fixtures/weui-app');

const endpoint = useEndpoint({ project: WEUI_APP });
const { exceptions, warnings } = endpoint;

/** reLaunches a page and returns it; the exceptions and warnings lists start empty. */
async function open(route: string): Promise<Page> {
  return (await endpoint.open(route)).page;
}

/** Finds an element of a page or of an element, or fails naming the selector. */
async function $(scope: Pick<Page, '$'>, selector: string) {
  const el = await scope.$(selector);
  if (!el) throw new Error(`${selector} not found`);
  return el;
}

const unsupported = () => warnings.filter((w) => w.startsWith('unsupported:'));

it("opens clean, renders weui's cells with weui.wxss, and the dialog's buttons reach the page", async () => {
  const page = await open('pages/home/index');
  expect(exceptions).toEqual([]);
  expect(unsupported()).toEqual([]);
  const cells = await $(page, 'mp-cells');
  expect(await cells.text()).toBe('AccountNameSample LearnerPlanfreeTap a row to change it');
  // weui.wxss, which the app never imports, styles the components' own elements; app.wxss comes after it.
  expect(await (await $(cells, '.weui-cells__title')).style('font-size')).toBe('14px');
  expect(await (await $(page, '#choice')).style('color')).toBe('rgb(1, 2, 3)');

  await (await $(page, '#plan-cell')).tap();
  const dialog = await $(page, 'mp-dialog');
  const wxml = await dialog.wxml();
  expect(wxml).toContain('Upgrade the plan?');
  expect(wxml).toContain('The team plan adds two members.');
  const inner = await $(dialog, '.weui-dialog');
  expect(await inner.style('position')).toBe('fixed');
  expect(await inner.style('z-index')).toBe('5000');
  const buttons = await dialog.$$('.weui-dialog__btn');
  expect(await Promise.all(buttons.map((b: Element) => b.text()))).toEqual(['Keep', 'Upgrade']);

  await buttons[1].tap();
  expect(await page.data('choice')).toBe('Upgrade (button 1)');
  expect(await page.data('plan')).toBe('team');
  expect(await (await $(page, '#choice')).text()).toBe('Upgrade (button 1)');
  // The dialog fades out (300 ms, weui's own timer), then leaves the tree.
  expect(await inner.attribute('class')).toContain('weui-animate-fade-out');
  await page.waitFor(500);
  expect(await (await $(page, 'mp-dialog')).wxml()).not.toContain('Upgrade the plan?');
  expect(exceptions).toEqual([]);
});

it("draws weui's icon from its own WXS-computed SVG", async () => {
  const page = await open('pages/home/index');
  const icon = await $(page, 'mp-icon');
  expect(await icon.wxml()).toContain('data:image/svg+xml;base64,');
  const shape = await $(icon, '.weui-icon');
  expect(await shape.style('width')).toBe('30px');
  expect(await shape.attribute('style')).toContain('background:rgb(250, 81, 81)');
});

it("validates weui's form: the checkbox group's change reaches the page and the form's rules", async () => {
  const page = await open('pages/form/index');
  expect(exceptions).toEqual([]);
  expect(unsupported()).toEqual([]);
  await (await $(page, '#submit')).tap();
  expect(await (await $(page, '#verdict')).text()).toBe('Pick at least one topic');

  const release = await $(page, '#topic-release');
  expect(await release.text()).toBe('Release');
  await (await $(release, 'label')).tap();
  expect(await (await $(page, '#picked')).text()).toBe('release');
  expect(await page.data('formData.topics')).toEqual(['release']);

  await (await $(page, '#submit')).tap();
  expect(await (await $(page, '#verdict')).text()).toBe('ok');
  expect(exceptions).toEqual([]);
});

it("swipes weui's slideview open (WXS response events) and its button's tap reaches the page", async () => {
  const page = await open('pages/more/index');
  expect(exceptions).toEqual([]);
  expect(unsupported()).toEqual([]);
  const row = await $(page, 'mp-slideview');
  expect(await row.text()).toBe('Draft version 1.0.1Delete');
  // slideview measures its row and buttons when ready; its WXS observer (change:prop) keeps the sizes.
  await page.waitFor(50);
  const left = await $(row, '.weui-slideview__left');
  const at = (x: number) => [{ identifier: 0, pageX: x, pageY: 20, clientX: x, clientY: 20 }];
  await left.touchstart({ touches: at(300), changeTouches: at(300) });
  await left.touchmove({ touches: at(250), changeTouches: at(250) });
  // The row follows the finger (weui's touchmove handler sets its style).
  expect(await left.style('transform')).toBe('translateX(-50px)');
  await left.touchmove({ touches: at(150), changeTouches: at(150) });
  await left.touchend({ touches: [], changeTouches: at(150) });
  // Past the threshold, it opens by the buttons' width (the button is as wide as the runtime's layout makes it).
  const width = await (await $(row, '.weui-slideview__right')).style('width');
  expect(width).toMatch(/^\d+(\.\d+)?px$/);
  expect(await left.style('transform')).toBe(`translate3d(-${width}, 0, 0)`);
  await (await $(row, '.weui-slideview__btn')).tap();
  expect(await (await $(page, '#log')).text()).toBe('row: delete');
  expect(await left.style('transform')).toBe('translate3d(0px, 0, 0)');
  expect(exceptions).toEqual([]);
});

it("opens weui's half-screen dialog, whose buttons reach the page", async () => {
  const page = await open('pages/more/index');
  expect(exceptions).toEqual([]);

  await (await $(page, '#open-sheet')).tap();
  const sheet = await $(page, 'mp-half-screen-dialog');
  expect(await sheet.text()).toContain("The version goes to WeChat's reviewers.");
  const buttons = await sheet.$$('button');
  expect(await Promise.all(buttons.map(async (b: Element) => (await b.text()).trim()))).toEqual(['Later', 'Submit']);
  await buttons[1].tap();
  expect(await (await $(page, '#log')).text()).toBe('sheet: Submit');
  expect(exceptions).toEqual([]);
});

it("keeps weui's components a failed page registered: a later page still gets them", async () => {
  // The broken page registers mp-tabbar (and the mp-badge it uses), then fails on its own component. weui's scripts
  // are webpack chunks that run each component's module once: rolled back and run again, badge.js would not call
  // Component() a second time. A fresh endpoint, so the broken page is the first to register them.
  await withEndpoint({ project: WEUI_APP, launch: { path: 'pages/form/index' } }, async (client) => {
    await expect(client.callWxMethod('reLaunch', { url: '/pages/broken/index' })).rejects.toThrow(
      'the broken component exploded while loading',
    );
    const thrown: string[] = [];
    client.on('exception', (e: { message: string }) => thrown.push(e.message));
    const page = await client.reLaunch('/pages/badge/index');
    if (!page) throw new Error('no page after reLaunch to pages/badge/index');
    expect(await (await $(page, '#count')).text()).toBe('3');
    expect(thrown).toEqual([]);
  });
}, 30000);

it("names the library only as weui-miniprogram/…: a path with a leading / is the project's, and is said so", async () => {
  const page = await open('pages/slash/index');
  expect(exceptions).toEqual([]);
  expect(unsupported()).toEqual([
    expect.stringMatching(
      /^unsupported: useExtendedLib\.weui: \/weui-miniprogram\/badge\/badge \(WeChat supplies the library by paths that start with its name/,
    ),
  ]);
  // A plain element around its content, not weui's badge.
  expect(await (await $(page, '#count')).text()).toBe('badge');
});

it('does not resolve weui-miniprogram/… without useExtendedLib, as in WeChat', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weui-app-'));
  fs.cpSync(WEUI_APP, dir, { recursive: true });
  const appJson = path.join(dir, 'miniprogram', 'app.json');
  const config = JSON.parse(fs.readFileSync(appJson, 'utf8')) as Record<string, unknown>;
  delete config.useExtendedLib;
  fs.writeFileSync(appJson, JSON.stringify(config));
  try {
    await withEndpoint({ project: dir }, (client) =>
      expect(client.callWxMethod('reLaunch', { url: '/pages/home/index' })).rejects.toThrow(
        'usingComponents["mp-cells"] = "weui-miniprogram/cells/cells" does not resolve to a component',
      ),
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 30000);
