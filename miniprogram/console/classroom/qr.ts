/**
 * QR codes for assignment and result codes: the module grid from qrcode-generator (vendored, see README), and the
 * rectangles a page draws on `<canvas type="2d">` (runs of dark modules merged per row, so a 40 × 40 module code
 * is a few hundred `fillRect` calls). Pure: no canvas here.
 */
// The vendored file sets `module.exports` to the factory (`export =`): this form compiles to a plain require() in
// every transpiler (tsc, DevTools' TypeScript plugin, esbuild), without relying on esModuleInterop's default import.
// eslint-disable-next-line @typescript-eslint/no-require-imports
import qrcode = require('../vendor/qrcode-generator/index');
import type { I18nText } from '../../core/i18n';
import { QR_TOO_LONG } from './texts';

export type QrLevel = 'L' | 'M' | 'Q' | 'H';

export interface QrGrid {
  /** Modules per side. */
  readonly size: number;
  /** Row-major: `dark[row * size + col]`. */
  readonly dark: readonly boolean[];
}

export type QrResult = { ok: true; grid: QrGrid } | { ok: false; message: I18nText };

/** The module grid of a text (our codes are ASCII, so bytes = characters). Level M unless told. */
export function qrGrid(text: string, level: QrLevel = 'M'): QrResult {
  if (!/^[\x20-\x7e]*$/.test(text)) throw new Error('qrGrid: ASCII text only');
  try {
    const qr = qrcode(0, level);
    qr.addData(text, 'Byte');
    qr.make();
    const size = qr.getModuleCount();
    const dark: boolean[] = [];
    for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) dark.push(qr.isDark(r, c));
    return { ok: true, grid: { size, dark } };
  } catch {
    return { ok: false, message: QR_TOO_LONG };
  }
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * The dark rectangles to fill for a grid drawn `cell` pixels per module with a quiet zone of `margin` modules
 * (the standard asks for 4). Whole pixels, so the code stays sharp.
 */
export function qrRects(grid: QrGrid, cell: number, margin = 4): Rect[] {
  const rects: Rect[] = [];
  for (let r = 0; r < grid.size; r++) {
    let c = 0;
    while (c < grid.size) {
      if (!grid.dark[r * grid.size + c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < grid.size && grid.dark[r * grid.size + c]) c++;
      rects.push({ x: (margin + start) * cell, y: (margin + r) * cell, w: (c - start) * cell, h: cell });
    }
  }
  return rects;
}

/** The canvas side in pixels for a grid at `cell` pixels per module with its quiet zone. */
export function qrSide(grid: QrGrid, cell: number, margin = 4): number {
  return (grid.size + 2 * margin) * cell;
}
