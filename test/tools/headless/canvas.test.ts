import { createCanvasNode, parseColor } from '../../../tools/headless/runtime/canvas';

// The headless <canvas type="2d">: what is drawn becomes pixels (for QR codes put on the simulated projector).

type Ctx = Record<string, (...a: unknown[]) => unknown> & { fillStyle: string; globalAlpha: number };

function canvas(width: number, height: number) {
  const warnings: string[] = [];
  const c = createCanvasNode({ unsupported: (f: string) => void warnings.push(f) });
  const node = c.node as { width: number; height: number; getContext(t: string): unknown };
  node.width = width;
  node.height = height;
  return { c, ctx: node.getContext('2d') as Ctx, warnings };
}

/** The canvas as rows of characters: '#' opaque dark, '.' transparent, 'o' anything else. */
function picture(c: ReturnType<typeof canvas>['c']): string[] {
  const snap = c.snapshot();
  if (!snap) return [];
  const rows: string[] = [];
  for (let y = 0; y < snap.height; y += 1) {
    let row = '';
    for (let x = 0; x < snap.width; x += 1) {
      const k = (y * snap.width + x) * 4;
      const [r, , , a] = [snap.data[k], snap.data[k + 1], snap.data[k + 2], snap.data[k + 3]];
      row += a === 0 ? '.' : a === 255 && r < 50 ? '#' : 'o';
    }
    rows.push(row);
  }
  return rows;
}

it('parses the colours apps use', () => {
  expect(parseColor('#000')).toEqual([0, 0, 0, 1]);
  expect(parseColor('#07c160')).toEqual([7, 193, 96, 1]);
  expect(parseColor('rgba(255, 0, 0, 0.5)')).toEqual([255, 0, 0, 0.5]);
  expect(parseColor('white')).toEqual([255, 255, 255, 1]);
  expect(parseColor('not a colour')).toBeNull();
});

it('has nothing to show before anything is drawn', () => {
  expect(canvas(4, 4).c.snapshot()).toBeNull();
});

it('fills rectangles through scale and translate, and clears them', () => {
  const k = canvas(6, 4);
  k.ctx.scale(2, 2);
  k.ctx.fillStyle = 'black';
  k.ctx.fillRect(0, 0, 1, 1);
  k.ctx.translate(1, 1);
  k.ctx.fillRect(0, 0, 2, 1);
  k.ctx.resetTransform();
  k.ctx.clearRect(3, 2, 1, 1);
  expect(picture(k.c)).toEqual(['##....', '##....', '..#.##', '..####']);
});

it('resets the transform and styles when the size is set, as a browser does', () => {
  const k = canvas(2, 2);
  k.ctx.scale(2, 2);
  k.ctx.fillStyle = 'white';
  (k.c.node as { width: number }).width = 2;
  expect(k.ctx.fillStyle).toBe('#000000');
  k.ctx.fillRect(0, 0, 1, 1);
  expect(picture(k.c)).toEqual(['#.', '..']);
});

it('fills paths (rect, moveTo/lineTo) with the non-zero rule; keeps the colour on an invalid fillStyle', () => {
  const k = canvas(5, 5);
  k.ctx.fillStyle = '#000000';
  k.ctx.fillStyle = 'bogus';
  expect(k.ctx.fillStyle).toBe('#000000');
  k.ctx.beginPath();
  k.ctx.rect(0, 0, 2, 2);
  k.ctx.moveTo(3, 0);
  k.ctx.lineTo(5, 0);
  k.ctx.lineTo(5, 5);
  k.ctx.lineTo(3, 5);
  k.ctx.closePath();
  k.ctx.fill();
  expect(picture(k.c)).toEqual(['##.##', '##.##', '...##', '...##', '...##']);
});

it('blends with globalAlpha, reads back with getImageData, and says what it does not draw', () => {
  const k = canvas(2, 1);
  k.ctx.fillStyle = 'white';
  k.ctx.fillRect(0, 0, 2, 1);
  k.ctx.globalAlpha = 0.5;
  k.ctx.fillStyle = 'black';
  k.ctx.fillRect(1, 0, 1, 1);
  const image = k.ctx.getImageData(0, 0, 2, 1) as { data: Uint8ClampedArray };
  expect(Array.from(image.data)).toEqual([255, 255, 255, 255, 128, 128, 128, 255]);
  k.ctx.fillText('hello', 0, 0);
  k.ctx.stroke();
  expect(k.warnings).toEqual(['canvas text', 'canvas strokes']);
});
