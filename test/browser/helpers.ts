import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, localOnly, startPreviewServer } from '../../tools/web/index';
import type { LaunchedBrowser, PreviewServer } from '../../tools/web/index';

/** The fixture mini program of the preview's own tests. */
export const FIXTURE = path.resolve(__dirname, 'fixtures/mini-app');

/** The product's mini program. */
export const MINIPROGRAM = path.resolve(__dirname, '../../miniprogram');

/** What a test file that drives the preview works with: the server and browser of the file, the context and page of the test. */
export interface PreviewFixture {
  server: PreviewServer;
  chromium: LaunchedBrowser;
  context: BrowserContext;
  page: Page;
  /** Closes the test's context and opens another with these options (e.g. `colorScheme: 'dark'`), binding it again. */
  reopen(options?: BrowserContextOptions): Promise<void>;
}

/**
 * Serves the mini program at `root` and launches Chromium once for the test file, and gives each test a fresh context
 * (800 × 900, local addresses only) and page; `bind` receives them as they are made (after the server starts and before
 * each test), so a file keeps plain `server` / `page` variables. `closing(page)` runs after each test before its context
 * closes (e.g. to check the page threw nothing).
 */
export function usePreview(
  root: string,
  bind: (fixture: PreviewFixture) => void,
  closing?: (page: Page) => Promise<void>,
): PreviewFixture {
  const open = async (options: BrowserContextOptions = {}): Promise<void> => {
    fixture.context = await fixture.chromium.browser.newContext({ viewport: { width: 800, height: 900 }, ...options });
    await localOnly(fixture.context, fixture.server.url);
    fixture.page = await fixture.context.newPage();
    bind(fixture);
  };
  const fixture = {
    async reopen(options?: BrowserContextOptions) {
      await fixture.context.close();
      await open(options);
    },
  } as PreviewFixture;
  beforeAll(async () => {
    fixture.server = await startPreviewServer({ root, port: 0 });
    await fixture.server.warm();
    fixture.chromium = await launchChromium();
    bind(fixture);
  });
  afterAll(async () => {
    await fixture.chromium?.close();
    await fixture.server?.close();
  });
  beforeEach(() => open());
  afterEach(async () => {
    if (closing) await closing(fixture.page);
    await fixture.context.close();
  });
  return fixture;
}

/**
 * usePreview for a file that checks what the page warns: the returned list holds the console warnings of the
 * current test (emptied before each).
 */
export function usePreviewWarnings(root: string, bind: (fixture: PreviewFixture) => void): string[] {
  const warnings: string[] = [];
  usePreview(root, (f) => {
    bind(f);
    f.page?.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
  });
  beforeEach(() => {
    warnings.length = 0;
  });
  return warnings;
}

/** The element the preview renders a page into (the runtime's `<page data-route>`). */
export function pageRoot(page: Page, route: string) {
  return page.locator(`page[data-route="${route}"]`);
}

/** A copy of the fixture in a temporary folder (for tests that break it). */
export function copyFixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rlw-fixture-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Width and height of a PNG, read from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const signature = png.subarray(0, 8).toString('hex');
  if (signature !== '89504e470d0a1a0a') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** What text can be read from: a Playwright locator. */
interface HasText {
  textContent(): Promise<string | null>;
}

/**
 * The locator's text once it satisfies `accept`, polling as Playwright's own web-first assertions do (the preview
 * renders after a tap, not at once); after `timeout` ms the last text read, for the assertion to report.
 */
export async function settledText(
  locator: HasText,
  accept: (text: string) => boolean,
  timeout = 10000,
): Promise<string> {
  const end = Date.now() + timeout;
  let last = '';
  for (;;) {
    last = (await locator.textContent()) ?? '';
    if (accept(last) || Date.now() > end) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A decoded PNG: `data` holds RGBA bytes, row by row. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium's screenshots are). */
export function decodePng(png: Buffer): Pixels {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const zlib = require('zlib') as typeof import('zlib');
  const { width, height } = pngSize(png);
  const depth = png[24];
  const colorType = png[25];
  if (depth !== 8 || (colorType !== 2 && colorType !== 6) || png[28] !== 0)
    throw new Error(`unsupported PNG: depth ${depth}, colour type ${colorType}, interlace ${png[28]}`);
  const channels = colorType === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('latin1');
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  const prev = new Uint8Array(stride);
  const line = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      let v = src[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[i] = v & 0xff;
    }
    for (let x = 0; x < width; x++) {
      out.set(
        [
          line[x * channels],
          line[x * channels + 1],
          line[x * channels + 2],
          channels === 4 ? line[x * channels + 3] : 255,
        ],
        (y * width + x) * 4,
      );
    }
    prev.set(line);
  }
  return { width, height, data: out };
}

/** The most frequent colour in a rectangle of `pixels` (the surface under text and icons), as [r, g, b]. */
export function dominantColor(
  pixels: Pixels,
  box: { x: number; y: number; width: number; height: number },
): [number, number, number] {
  const counts = new Map<number, number>();
  const x0 = Math.max(0, Math.floor(box.x));
  const y0 = Math.max(0, Math.floor(box.y));
  const x1 = Math.min(pixels.width, Math.ceil(box.x + box.width));
  const y1 = Math.min(pixels.height, Math.ceil(box.y + box.height));
  let best = 0;
  let bestCount = -1;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * pixels.width + x) * 4;
      const key = (pixels.data[i] << 16) | (pixels.data[i + 1] << 8) | pixels.data[i + 2];
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      if (n > bestCount) {
        bestCount = n;
        best = key;
      }
    }
  }
  return [(best >> 16) & 0xff, (best >> 8) & 0xff, best & 0xff];
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function luminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours (1 … 21). */
export function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
