// @ts-check
/**
 * `<canvas type="2d">`'s node (what `SelectorQuery…fields({ node: true })` gives) with a small software 2d context,
 * so what an app draws has pixels a test can read (a QR code put "on the projector" and decoded, see ../chat.js):
 * fillStyle (CSS colours: #rgb, #rrggbb, #rrggbbaa, rgb(), rgba(), a few names), globalAlpha, fillRect, clearRect,
 * paths (beginPath, rect, moveTo, lineTo, arc, closePath, fill with the non-zero rule), save/restore,
 * scale/translate/rotate/transform/setTransform/resetTransform, getImageData/putImageData/createImageData.
 * Pixels are painted where their centre is inside the shape, without anti-aliasing. Text, images, strokes and
 * gradients are not rasterised: they draw nothing, with an `unsupported: canvas …` warning once per page.
 * No Node API: the runtime also runs in a browser.
 */

const { inertObject } = require('./inert');

/** @type {Record<string, [number, number, number]>} */
const NAMED = {
  black: [0, 0, 0],
  white: [255, 255, 255],
  red: [255, 0, 0],
  green: [0, 128, 0],
  blue: [0, 0, 255],
  gray: [128, 128, 128],
  grey: [128, 128, 128],
  yellow: [255, 255, 0],
  orange: [255, 165, 0],
};

/**
 * A CSS colour as [r, g, b, a(0–1)], or null when it is not one this context knows (the canvas then keeps the
 * previous fillStyle, as a browser's does with an invalid value).
 * @param {unknown} value
 * @returns {[number, number, number, number] | null}
 */
function parseColor(value) {
  const s = String(value).trim().toLowerCase();
  if (s === 'transparent') return [0, 0, 0, 0];
  if (NAMED[s]) return [...NAMED[s], 1];
  let m = /^#([0-9a-f]{3,4})$/.exec(s);
  if (m) {
    const [r, g, b, a = 'ff'] = m[1].split('').map((c) => c + c);
    return [parseInt(r, 16), parseInt(g, 16), parseInt(b, 16), parseInt(a, 16) / 255];
  }
  m = /^#([0-9a-f]{6})([0-9a-f]{2})?$/.exec(s);
  if (m) {
    const n = parseInt(m[1], 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, m[2] ? parseInt(m[2], 16) / 255 : 1];
  }
  m = /^rgba?\(([^)]*)\)$/.exec(s);
  if (m) {
    const parts = m[1]
      .split(/[\s,/]+/)
      .filter(Boolean)
      .map(Number);
    if (parts.length < 3 || parts.some((n) => Number.isNaN(n))) return null;
    return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
  }
  return null;
}

/** @typedef {[number, number, number, number, number, number]} Matrix a, b, c, d, e, f as in setTransform */

/**
 * @param {Matrix} m
 * @param {number} x
 * @param {number} y
 * @returns {[number, number]}
 */
const apply = (m, x, y) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/**
 * @param {Matrix} m
 * @param {Matrix} n
 * @returns {Matrix}
 */
const multiply = (m, n) => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/**
 * @param {{ unsupported: (feature: string, detail?: string) => void,
 *   webgl?: (canvas: Record<string, unknown>, type: string) => unknown }} deps
 *   `webgl`: makes a WebGL context (runtime/webgl.js) when the app asks for one.
 */
function createCanvasNode(deps) {
  let width = 300;
  let height = 150;
  let pixels = new Uint8ClampedArray(width * height * 4);
  /** Whether anything was ever drawn (a projector shows nothing before). */
  let drawn = false;
  /** @type {Record<string, unknown> | null} */
  let context = null;

  /** Resets the context's state (transform, styles, saved states, path), as setting a size does in a browser. */
  let resetState = () => undefined;
  const resize = () => {
    pixels = new Uint8ClampedArray(width * height * 4);
    resetState();
  };

  /**
   * Paints the pixels whose centre is inside `polygons` (device coordinates) by the non-zero rule.
   * @param {[number, number][][]} polygons
   * @param {[number, number, number, number]} rgba
   * @param {boolean} clear
   */
  function paint(polygons, rgba, clear) {
    const edges = polygons.flatMap((poly) =>
      poly.map((p, i) => /** @type {[[number, number], [number, number]]} */ ([p, poly[(i + 1) % poly.length]])),
    );
    if (!edges.length) return;
    const ys = edges.flatMap(([p, q]) => [p[1], q[1]]);
    const top = Math.max(0, Math.floor(Math.min(...ys)));
    const bottom = Math.min(height - 1, Math.ceil(Math.max(...ys)));
    const [r, g, b, a] = rgba;
    for (let y = top; y <= bottom; y += 1) {
      const cy = y + 0.5;
      /** @type {[number, number][]} */
      const crossings = [];
      for (const [p, q] of edges) {
        if (p[1] === q[1]) continue;
        const up = p[1] < q[1];
        const [lo, hi] = up ? [p, q] : [q, p];
        if (cy < lo[1] || cy >= hi[1]) continue;
        crossings.push([lo[0] + ((cy - lo[1]) * (hi[0] - lo[0])) / (hi[1] - lo[1]), up ? 1 : -1]);
      }
      crossings.sort((u, v) => u[0] - v[0]);
      let winding = 0;
      for (let i = 0; i < crossings.length - 1; i += 1) {
        winding += crossings[i][1];
        if (winding === 0) continue;
        const from = Math.max(0, Math.ceil(crossings[i][0] - 0.5));
        const to = Math.min(width - 1, Math.ceil(crossings[i + 1][0] - 0.5) - 1);
        for (let x = from; x <= to; x += 1) {
          const k = (y * width + x) * 4;
          if (clear) {
            pixels[k] = pixels[k + 1] = pixels[k + 2] = pixels[k + 3] = 0;
            continue;
          }
          const alpha = a;
          const under = pixels[k + 3] / 255;
          const out = alpha + under * (1 - alpha);
          if (out === 0) continue;
          pixels[k] = (r * alpha + pixels[k] * under * (1 - alpha)) / out;
          pixels[k + 1] = (g * alpha + pixels[k + 1] * under * (1 - alpha)) / out;
          pixels[k + 2] = (b * alpha + pixels[k + 2] * under * (1 - alpha)) / out;
          pixels[k + 3] = out * 255;
        }
      }
    }
    drawn = true;
  }

  function createContext2d() {
    /** @type {Matrix} */
    let matrix = [1, 0, 0, 1, 0, 0];
    /** @type {[number, number, number, number]} */
    let fill = [0, 0, 0, 1];
    let fillText = '#000000';
    let globalAlpha = 1;
    /** @type {{ matrix: Matrix, fill: [number, number, number, number], fillText: string, globalAlpha: number }[]} */
    const saved = [];
    /** The current path: closed polygons and the one being drawn, in device coordinates. @type {[number, number][][]} */
    let path = [];
    /** @param {number} x @param {number} y @param {number} w @param {number} h */
    const rectPolygon = (x, y, w, h) =>
      /** @type {[number, number][]} */ ([
        apply(matrix, x, y),
        apply(matrix, x + w, y),
        apply(matrix, x + w, y + h),
        apply(matrix, x, y + h),
      ]);
    resetState = () => {
      matrix = [1, 0, 0, 1, 0, 0];
      fill = [0, 0, 0, 1];
      fillText = '#000000';
      globalAlpha = 1;
      saved.length = 0;
      path = [];
    };
    const colour = () =>
      /** @type {[number, number, number, number]} */ ([fill[0], fill[1], fill[2], fill[3] * globalAlpha]);
    /** @param {string} what */
    const notDrawn = (what) => () =>
      deps.unsupported(`canvas ${what}`, 'the headless canvas rasterises filled rectangles and paths only');

    /** @type {Record<string, unknown>} */
    const ctx = {
      canvas: node,
      get fillStyle() {
        return fillText;
      },
      set fillStyle(v) {
        const c = parseColor(v);
        if (c) {
          fill = c;
          fillText = String(v);
        } else if (typeof v !== 'string') notDrawn('gradients and patterns')();
      },
      strokeStyle: '#000000',
      lineWidth: 1,
      font: '10px sans-serif',
      textAlign: 'start',
      textBaseline: 'alphabetic',
      lineCap: 'butt',
      lineJoin: 'miter',
      imageSmoothingEnabled: true,
      globalCompositeOperation: 'source-over',
      get globalAlpha() {
        return globalAlpha;
      },
      set globalAlpha(v) {
        const n = Number(v);
        if (n >= 0 && n <= 1) globalAlpha = n;
      },
      save() {
        saved.push({ matrix, fill, fillText, globalAlpha });
      },
      restore() {
        const s = saved.pop();
        if (s) ({ matrix, fill, fillText, globalAlpha } = s);
      },
      /** @param {number} x @param {number} y */
      scale: (x, y) => void (matrix = multiply(matrix, [x, 0, 0, y, 0, 0])),
      /** @param {number} x @param {number} y */
      translate: (x, y) => void (matrix = multiply(matrix, [1, 0, 0, 1, x, y])),
      /** @param {number} angle */
      rotate: (angle) =>
        void (matrix = multiply(matrix, [Math.cos(angle), Math.sin(angle), -Math.sin(angle), Math.cos(angle), 0, 0])),
      /** @param {number} a @param {number} b @param {number} c @param {number} d @param {number} e @param {number} f */
      transform: (a, b, c, d, e, f) => void (matrix = multiply(matrix, [a, b, c, d, e, f])),
      /** @param {number} a @param {number} b @param {number} c @param {number} d @param {number} e @param {number} f */
      setTransform: (a, b, c, d, e, f) => void (matrix = [a, b, c, d, e, f]),
      resetTransform: () => void (matrix = [1, 0, 0, 1, 0, 0]),
      getTransform: () => ({ a: matrix[0], b: matrix[1], c: matrix[2], d: matrix[3], e: matrix[4], f: matrix[5] }),
      /** @param {number} x @param {number} y @param {number} w @param {number} h */
      fillRect: (x, y, w, h) => paint([rectPolygon(x, y, w, h)], colour(), false),
      /** @param {number} x @param {number} y @param {number} w @param {number} h */
      clearRect: (x, y, w, h) => paint([rectPolygon(x, y, w, h)], [0, 0, 0, 0], true),
      beginPath: () => void (path = []),
      /** @param {number} x @param {number} y @param {number} w @param {number} h */
      rect: (x, y, w, h) => void path.push(rectPolygon(x, y, w, h), []),
      /** @param {number} x @param {number} y */
      moveTo: (x, y) => void path.push([apply(matrix, x, y)]),
      /** @param {number} x @param {number} y */
      lineTo(x, y) {
        if (!path.length) path.push([]);
        path[path.length - 1].push(apply(matrix, x, y));
      },
      /**
       * @param {number} x @param {number} y @param {number} r @param {number} start @param {number} end
       * @param {boolean} [ccw]
       */
      arc(x, y, r, start, end, ccw) {
        if (!path.length) path.push([]);
        let sweep = end - start;
        if (!ccw && sweep < 0) sweep = (sweep % (2 * Math.PI)) + 2 * Math.PI;
        if (ccw && sweep > 0) sweep = (sweep % (2 * Math.PI)) - 2 * Math.PI;
        const steps = Math.max(8, Math.ceil((Math.abs(sweep) * r) / 2));
        for (let i = 0; i <= steps; i += 1) {
          const t = start + (sweep * i) / steps;
          path[path.length - 1].push(apply(matrix, x + r * Math.cos(t), y + r * Math.sin(t)));
        }
      },
      closePath: () => void path.push([]),
      fill: () =>
        paint(
          path.filter((p) => p.length > 2),
          colour(),
          false,
        ),
      stroke: notDrawn('strokes'),
      strokeRect: notDrawn('strokes'),
      fillText: notDrawn('text'),
      strokeText: notDrawn('text'),
      drawImage: notDrawn('images'),
      clip: notDrawn('clipping'),
      setLineDash: () => undefined,
      /** @param {unknown} text */
      measureText: (text) => ({ width: String(text).length * (parseFloat(String(ctx.font)) || 10) * 0.6 }),
      createLinearGradient: () => inertObject(),
      createRadialGradient: () => inertObject(),
      createPattern: () => inertObject(),
      /** @param {number} w @param {number} h */
      createImageData: (w, h) => ({ width: w, height: h, data: new Uint8ClampedArray(w * h * 4) }),
      /** @param {number} sx @param {number} sy @param {number} sw @param {number} sh */
      getImageData(sx, sy, sw, sh) {
        const data = new Uint8ClampedArray(sw * sh * 4);
        for (let y = 0; y < sh; y += 1)
          for (let x = 0; x < sw; x += 1) {
            const [px, py] = [sx + x, sy + y];
            if (px < 0 || py < 0 || px >= width || py >= height) continue;
            data.set(pixels.subarray((py * width + px) * 4, (py * width + px) * 4 + 4), (y * sw + x) * 4);
          }
        return { width: sw, height: sh, data };
      },
      /** @param {{ width: number, height: number, data: ArrayLike<number> }} image @param {number} dx @param {number} dy */
      putImageData(image, dx, dy) {
        for (let y = 0; y < image.height; y += 1)
          for (let x = 0; x < image.width; x += 1) {
            const [px, py] = [dx + x, dy + y];
            if (px < 0 || py < 0 || px >= width || py >= height) continue;
            for (let c = 0; c < 4; c += 1)
              pixels[(py * width + px) * 4 + c] = image.data[(y * image.width + x) * 4 + c];
          }
        drawn = true;
      },
    };
    return ctx;
  }

  /** @type {Record<string, unknown>} */
  const node = {
    get width() {
      return width;
    },
    set width(v) {
      width = Math.max(0, Math.floor(Number(v) || 0));
      resize();
    },
    get height() {
      return height;
    },
    set height(v) {
      height = Math.max(0, Math.floor(Number(v) || 0));
      resize();
    },
    /** @param {unknown} type */
    getContext(type) {
      if (type === '2d') {
        if (!context) context = createContext2d();
        return context;
      }
      if (deps.webgl && /webgl/.test(String(type))) {
        deps.unsupported('webgl', 'no GPU: a WebGL context that answers like a phone and draws nothing');
        return deps.webgl(node, String(type));
      }
      deps.unsupported(`canvas ${String(type)}`, 'the headless canvas has a 2d context and an inert WebGL one only');
      return inertObject({ canvas: node });
    },
    requestAnimationFrame: () => 0,
    cancelAnimationFrame: () => undefined,
    createImage: () => inertObject({ width: 0, height: 0 }),
    createImageData: () => inertObject({ width: 0, height: 0, data: [] }),
    toDataURL: () => 'data:,',
  };

  return {
    node,
    /** The pixels drawn so far (RGBA, row by row), or null when nothing was drawn. */
    snapshot: () => (drawn ? { width, height, data: pixels.slice() } : null),
  };
}

module.exports = { createCanvasNode, parseColor };
