// @ts-check
/**
 * A simulated WeChat chat that several headless endpoints share (a class's group chat): what one app sends with
 * `wx.shareFileMessage` or a share card (`onShareAppMessage`) lands in it, another app's `wx.chooseMessageFile`
 * picks from it, a card can be opened in another app as a launch (scene 1007, 1008 or 1044 with a shareTicket),
 * and a QR code one app drew on `<canvas type="2d">` can be put "on the projector", where the next `wx.scanCode`
 * of every other app reads it (decoded from the drawn pixels with jsQR).
 *
 *   const chat = createChat();
 *   const teacher = await startServer({ chat, name: 'teacher', … });
 *   const student = await startServer({ chat, name: 'student-1', … });
 *   await chat.openCard(student, chat.cards()[0], { scene: 1044 });
 *
 * `createChat({ dir })` keeps the messages and the projector in a folder instead, so endpoints in separate
 * processes (`--chat DIR`) share them. WeChat DevTools has no chat: there one tests this with real phones.
 */

const fs = require('fs');
const path = require('path');
const { parseUrl } = require('./runtime/paths');
const { fileKind } = require('./runtime/wx/files');

/** The scenes a card opens with: single chat, group chat, group chat with a shareTicket. */
const CARD_SCENES = [1007, 1008, 1044];

/**
 * A message of the chat.
 * @typedef {object} ChatMessage
 * @property {string} id
 * @property {'file' | 'card'} kind
 * @property {string} from The member who sent it (the endpoint's `name`).
 * @property {number} time Milliseconds since the epoch.
 * @property {string} [name] A file's name.
 * @property {number} [size] A file's size in bytes.
 * @property {Buffer} [bytes] A file's content.
 * @property {string} [title] A card's title.
 * @property {string} [path] A card's path, with its query ('/pages/x/index?a=1').
 * @property {string} [imageUrl] A card's image.
 * @property {'button' | 'menu'} [via] How the card was shared.
 * @property {boolean} [withShareTicket] Whether the sharer asked for a shareTicket.
 */

/**
 * What a test chooses for a member's next wx.chooseMessageFile: message ids or file names (in that order), a
 * predicate, or 'cancel'.
 * @typedef {string[] | ((message: ChatMessage) => boolean) | 'cancel'} Selection
 */

/**
 * A QR code on the projector: its text, who put it there, and an id (each scanner reads one projection once).
 * @typedef {{ text: string, from: string, id: string }} Projection
 */

/**
 * An endpoint as the chat needs it (what startServer returns).
 * @typedef {object} ChatEndpoint
 * @property {string} name
 * @property {() => Promise<import('./server').Runtime>} runtime
 * @property {(launch: NonNullable<import('./runtime/index').RuntimeOptions['launch']>) => Promise<import('./server').Runtime>} relaunch
 */

/** @param {ChatMessage} m @returns {Record<string, unknown>} */
const toJson = (m) => ({ ...m, bytes: m.bytes ? m.bytes.toString('base64') : undefined });
/** @param {Record<string, unknown>} j @returns {ChatMessage} */
const fromJson = (j) =>
  /** @type {ChatMessage} */ ({
    ...j,
    bytes: typeof j.bytes === 'string' ? Buffer.from(j.bytes, 'base64') : undefined,
  });

/**
 * @param {{ dir?: string }} [options] dir: keep messages and the projector in this folder (shared by processes).
 */
function createChat(options = {}) {
  const dir = options.dir ? path.resolve(options.dir) : null;
  if (dir) fs.mkdirSync(dir, { recursive: true });
  /** @type {ChatMessage[]} */
  const memory = [];
  /** @type {Projection | null} */
  let projected = null;
  /** @type {Map<string, Selection>} */
  const selections = new Map();
  /** @type {Set<string>} */
  const members = new Set();
  let seq = 0;

  /** @returns {ChatMessage[]} oldest first */
  function list() {
    if (!dir) return memory.slice();
    return fs
      .readdirSync(dir)
      .filter((f) => /^m\d+-.*\.json$/.test(f))
      .sort()
      .map((f) => fromJson(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))));
  }

  /** @param {Omit<ChatMessage, 'id' | 'time'>} message */
  function append(message) {
    seq += 1;
    const time = Date.now();
    // Sortable by time across processes, unique per process.
    const id = `m${String(time).padStart(14, '0')}-${process.pid}-${String(seq).padStart(6, '0')}`;
    const full = /** @type {ChatMessage} */ ({ id, time, ...message });
    if (dir) {
      const file = path.join(dir, `${id}.json`);
      fs.writeFileSync(`${file}.part`, JSON.stringify(toJson(full)));
      fs.renameSync(`${file}.part`, file);
    } else memory.push(full);
    return full;
  }

  /** @param {Projection | null} value */
  function setProjector(value) {
    projected = value;
    if (dir) {
      const file = path.join(dir, 'projector.json');
      if (value) fs.writeFileSync(file, JSON.stringify(value));
      else fs.rmSync(file, { force: true });
    }
  }
  /** @returns {Projection | null} */
  function getProjector() {
    if (!dir) return projected;
    try {
      return JSON.parse(fs.readFileSync(path.join(dir, 'projector.json'), 'utf8'));
    } catch {
      return null;
    }
  }

  /**
   * Whether a file matches a picker's type and extension filter (as WeChat: `extension` only counts for
   * type 'file'; 'file' means anything but images and videos).
   * @param {ChatMessage} m
   * @param {string} type
   * @param {string[] | null} extension
   */
  function matches(m, type, extension) {
    const kind = fileKind(m.name || '');
    if (type !== 'all' && kind !== type) return false;
    if (type === 'file' && extension && extension.length) {
      const ext = ((/\.([^.]+)$/.exec(m.name || '') || ['', ''])[1] || '').toLowerCase();
      return extension.some((e) => e.replace(/^\./, '').toLowerCase() === ext);
    }
    return true;
  }

  /**
   * The ChatPort of a member (what the runtime uses; startServer calls this).
   * @param {string} member
   * @returns {import('./runtime/types').ChatPort}
   */
  function join(member) {
    if (members.has(member)) throw new Error(`chat: there is already a member named "${member}"`);
    members.add(member);
    /** The projections this member has scanned: a person scans a code once, then cancels until a new one shows. */
    /** @type {Set<string>} */
    const scanned = new Set();
    return {
      member,
      shareFile({ name, bytes }) {
        append({ kind: 'file', from: member, name, size: bytes.length, bytes: Buffer.from(bytes) });
      },
      shareCard(card) {
        append({
          kind: 'card',
          from: member,
          title: card.title,
          path: card.path,
          imageUrl: card.imageUrl,
          via: card.from,
          withShareTicket: card.withShareTicket,
        });
      },
      pickFiles({ count, type, extension }) {
        const choice = selections.get(member);
        selections.delete(member);
        if (choice === 'cancel') return null;
        const files = list().filter((m) => m.kind === 'file' && matches(m, type, extension));
        let picked;
        if (Array.isArray(choice)) {
          picked = choice
            .map((key) => files.find((m) => m.id === key) || files.filter((m) => m.name === key).pop())
            .filter((m) => m !== undefined);
        } else if (typeof choice === 'function') picked = files.filter(choice).reverse();
        else picked = files.reverse();
        picked = picked.slice(0, count);
        if (!picked.length) return null;
        return picked.map((m) => ({ name: m.name || '', bytes: new Uint8Array(m.bytes || []), time: m.time }));
      },
      scan() {
        const shown = getProjector();
        if (!shown || shown.from === member || scanned.has(shown.id)) return null;
        scanned.add(shown.id);
        return shown.text;
      },
    };
  }

  return {
    join,
    /** Every message, oldest first (files with their bytes as a Buffer). */
    messages: list,
    /** The files of the chat, oldest first. */
    files: () => list().filter((m) => m.kind === 'file'),
    /** The share cards of the chat, oldest first. */
    cards: () => list().filter((m) => m.kind === 'card'),
    /**
     * What `endpoint`'s next wx.chooseMessageFile picks (once): message ids or file names, a predicate, or
     * 'cancel'. Without a selection a pick takes every matching file, newest first, up to `count`.
     * @param {{ name: string }} endpoint
     * @param {Selection} selection
     */
    select(endpoint, selection) {
      selections.set(endpoint.name, selection);
    },
    /**
     * Opens a card in another endpoint, as tapping it in the chat does. Cold (default): the app restarts with
     * the card as its launch (getLaunchOptionsSync, getEnterOptionsSync, App.onLaunch/onShow give its path,
     * query, scene and, for 1044, a shareTicket). `{ warm: true }`: the running app comes to the front
     * (App.onHide, App.onShow(options), getEnterOptionsSync) and reLaunches to the card's page.
     * @param {ChatEndpoint} endpoint
     * @param {ChatMessage | { path: string, id?: string }} card
     * @param {{ scene?: number, warm?: boolean }} [how]
     */
    async openCard(endpoint, card, how = {}) {
      const scene = how.scene ?? 1044;
      if (!CARD_SCENES.includes(scene))
        throw new Error(
          `chat.openCard: a card opens with scene 1007 (single chat), 1008 (group) or 1044 (group, with shareTicket), not ${scene}`,
        );
      if (!card || typeof card.path !== 'string') throw new Error('chat.openCard: pass a card (chat.cards()[i])');
      const { route, query } = parseUrl(card.path);
      const entry = {
        path: route,
        query,
        scene,
        ...(scene === 1044 ? { shareTicket: `headless-ticket-${card.id || route}` } : {}),
      };
      if (how.warm) {
        const rt = await endpoint.runtime();
        await rt.enter(entry);
        return rt;
      }
      return endpoint.relaunch(entry);
    },
    /**
     * The menu's 转发 on `endpoint`'s current page: its onShareAppMessage card goes into the chat. Refused (an
     * Error) when the page has no onShareAppMessage or called wx.hideShareMenu().
     * @param {{ runtime: () => Promise<import('./server').Runtime> }} endpoint
     */
    async forward(endpoint) {
      const rt = await endpoint.runtime();
      const card = await rt.share('menu');
      await rt.settle();
      return card;
    },
    /**
     * Puts the QR code drawn on a `<canvas type="2d">` of `endpoint`'s current page on the projector: its pixels
     * are decoded with jsQR, and the next wx.scanCode of every other endpoint answers the text. Returns the text.
     * @param {{ name: string, runtime: () => Promise<import('./server').Runtime> }} endpoint
     * @param {string} selector the canvas (`#qr`, or `comp >>> #qr` inside a component)
     */
    async project(endpoint, selector) {
      const rt = await endpoint.runtime();
      await rt.settle();
      const page = rt.router.current();
      if (!page) throw new Error('chat.project: no page is open');
      const [node] = rt.tree.querySelectorAll(
        /** @type {import('./runtime/types').ExpNode} */ (page.root.shadowRoot),
        selector,
        true,
      );
      if (!node) throw new Error(`chat.project: no element ${selector} on ${page.route}`);
      const pixels = rt.canvasPixels(node);
      if (!pixels)
        throw new Error(`chat.project: ${selector} on ${page.route} is not a <canvas type="2d"> with a drawing`);
      const text = decodeQr(pixels);
      if (text === null) throw new Error(`chat.project: no QR code could be read from ${selector} on ${page.route}`);
      seq += 1;
      setProjector({ text, from: endpoint.name, id: `p${Date.now()}-${process.pid}-${seq}` });
      return text;
    },
    /** What is on the projector, or null. */
    projector: getProjector,
    /** Takes the QR code off the projector. */
    clearProjector: () => setProjector(null),
  };
}

/**
 * The text of the QR code in drawn pixels, or null. The drawing is shown on white with a margin (a projector's
 * screen), so a code drawn edge to edge or on a transparent canvas still has its quiet zone.
 * @param {{ width: number, height: number, data: Uint8ClampedArray }} pixels
 * @returns {string | null}
 */
function decodeQr(pixels) {
  const jsQR = require('jsqr').default;
  const margin = Math.max(8, Math.round(Math.max(pixels.width, pixels.height) / 10));
  const w = pixels.width + 2 * margin;
  const h = pixels.height + 2 * margin;
  const out = new Uint8ClampedArray(w * h * 4).fill(255);
  for (let y = 0; y < pixels.height; y += 1)
    for (let x = 0; x < pixels.width; x += 1) {
      const k = (y * pixels.width + x) * 4;
      const a = pixels.data[k + 3] / 255;
      const o = ((y + margin) * w + x + margin) * 4;
      for (let c = 0; c < 3; c += 1) out[o + c] = pixels.data[k + c] * a + 255 * (1 - a);
    }
  const code = jsQR(out, w, h, { inversionAttempts: 'dontInvert' });
  return code ? code.data : null;
}

module.exports = { createChat, decodeQr, CARD_SCENES };
