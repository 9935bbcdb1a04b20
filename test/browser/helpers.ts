import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The fixture mini program of the preview's own tests. */
export const FIXTURE = path.resolve(__dirname, 'fixtures/mini-app');

/** The product's mini program. */
export const MINIPROGRAM = path.resolve(__dirname, '../../miniprogram');

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
