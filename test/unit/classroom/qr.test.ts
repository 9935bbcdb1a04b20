import jsQR from 'jsqr';
import { MISSIONS } from '../../../miniprogram/console/missions/index';
import {
  decodeAssignment,
  encodeAssignment,
  qrGrid,
  qrRects,
  qrSide,
  readResultCode,
  resultCode,
  shareQuery,
  type QrGrid,
} from '../../../miniprogram/console/classroom/index';
import { contextOf, LAB, LARGEST, studentResult } from './fixtures';

/** Draws the rectangles a page would fill on its canvas into an RGBA buffer (white page, black modules). */
function render(grid: QrGrid, cell: number): { data: Uint8ClampedArray; side: number } {
  const side = qrSide(grid, cell);
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const r of qrRects(grid, cell)) {
    for (let y = r.y; y < r.y + r.h; y++) {
      for (let x = r.x; x < r.x + r.w; x++) {
        const i = (y * side + x) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
    }
  }
  return { data, side };
}

function scan(text: string, cell = 4): string | null {
  const made = qrGrid(text);
  if (!made.ok) throw new Error(made.message.en);
  const { data, side } = render(made.grid, cell);
  const found = jsQR(data, side, side);
  return found ? found.data : null;
}

describe('QR codes', () => {
  test('the drawn QR code of the largest built-in assignment, decoded by jsQR, gives back the assignment', () => {
    const code = encodeAssignment(LARGEST);
    const scanned = scan(code);
    expect(scanned).toBe(code);
    const back = decodeAssignment(scanned, MISSIONS);
    expect(back.ok && back.assignment).toEqual(LARGEST);
  });

  test('the share path (what wx.scanCode returns for a code holding it) round-trips too', () => {
    const back = decodeAssignment(scan(shareQuery(LAB)), MISSIONS);
    expect(back.ok && back.assignment).toEqual(LAB);
  });

  test('a result QR code scanned by the teacher gives back the result', () => {
    const r = studentResult(LAB, 10);
    const back = readResultCode(scan(resultCode(r), 3), contextOf(LAB));
    expect(back.ok && back.result).toEqual(r);
  });

  test('rectangles cover exactly the dark modules inside a 4-module quiet zone', () => {
    const made = qrGrid('RA-test');
    if (!made.ok) throw new Error('no grid');
    const g = made.grid;
    const rects = qrRects(g, 2);
    const dark = g.dark.filter(Boolean).length;
    expect(rects.reduce((n, r) => n + (r.w * r.h) / 4, 0)).toBe(dark);
    expect(Math.min(...rects.map((r) => r.x))).toBe(8);
    expect(qrSide(g, 2)).toBe((g.size + 8) * 2);
    expect(g.size).toBe(21);
  });

  test('too long for one QR code: a bilingual message, no throw', () => {
    const made = qrGrid('A'.repeat(3000));
    expect(made.ok).toBe(false);
    if (!made.ok) {
      expect(made.message.zh).toContain('二维码');
      expect(made.message.en).toContain('QR code');
    }
  });
});
