/**
 * The classroom's wx APIs in component tests, added over the shared fake (test/helpers/wx.ts): a scanner answered
 * from a queue, a chat to pick files from, the app's folder as an in-memory file system, files shared into a
 * chat, the launch scene, and a 2d canvas that records what is drawn so the QR code can be decoded with jsQR.
 */
import jsQR from 'jsqr';
import { EMPTY_MEMORY, remember, resolveStep, type Mission } from '../../miniprogram/console/missions/index';
import {
  closeMission,
  currentMission,
  findMission,
  missionAct,
  openMission,
} from '../../miniprogram/console/services/mission-play';

export interface SharedFile {
  fileName: string;
  filePath: string;
  text: string;
}

export interface ClassroomWx {
  /** Answers of the next wx.scanCode calls, in order; null = the user cancels. Cancels when empty. */
  scans: (string | null)[];
  /** Answers of the next wx.chooseMessageFile calls: the files picked (name and text); null = cancel. */
  picks: ({ name: string; text: string }[] | null)[];
  /** What each chooseMessageFile call asked for. */
  pickCalls: { count: number; type: string; extension?: string[] }[];
  files: Map<string, string>;
  shared: SharedFile[];
  /** When false, shareFileMessage fails as when the user closes the share sheet. */
  shareAccepts: boolean;
  /** When true, writeFileSync throws as when the app's folder is full. */
  failFileWrites: boolean;
  shareMenus: unknown[];
  scene: number;
  /** The canvases drawn, by id: side and the filled rectangles after the white background. */
  canvases: Map<string, { side: number; rects: { x: number; y: number; w: number; h: number; color: string }[] }>;
  /** The privacy listener the app registered. */
  privacyListener: ((resolve: (r: unknown) => void, info: { referrer: string }) => void) | null;
}

type Callbacks<T> = { success?: (res: T) => void; fail?: (err: { errMsg: string }) => void; complete?: () => void };

function settleWith<T>(opts: Callbacks<T>, ok: boolean, res: T, errMsg: string): void {
  if (ok) opts.success?.(res);
  else opts.fail?.({ errMsg });
  opts.complete?.();
}

/** Installs the classroom APIs on the current fake wx (call in beforeEach, after the shared fake is fresh). */
export function installClassroomWx(): ClassroomWx {
  const c: ClassroomWx = {
    scans: [],
    picks: [],
    pickCalls: [],
    files: new Map(),
    shared: [],
    shareAccepts: true,
    failFileWrites: false,
    shareMenus: [],
    scene: 1001,
    canvases: new Map(),
    privacyListener: null,
  };
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  let temp = 0;
  const fs = {
    readFileSync: (path: string) => {
      if (!c.files.has(path)) throw new Error(`readFileSync:fail no such file ${path}`);
      return c.files.get(path);
    },
    writeFileSync: (path: string, data: string) => {
      if (c.failFileWrites)
        throw new Error('writeFileSync:fail the maximum size of the file storage limit is exceeded');
      c.files.set(path, data);
    },
  };
  Object.assign(wx, {
    env: { USER_DATA_PATH: 'wxfile://usr' },
    getFileSystemManager: () => fs,
    scanCode: (opts: Callbacks<{ result: string }>) => {
      const next = c.scans.length ? c.scans.shift() : null;
      settleWith(opts, typeof next === 'string', { result: next as string }, 'scanCode:fail cancel');
    },
    chooseMessageFile: (
      opts: { count: number; type: string; extension?: string[] } & Callbacks<{
        tempFiles: { name: string; path: string; size: number }[];
      }>,
    ) => {
      c.pickCalls.push({ count: opts.count, type: opts.type, extension: opts.extension });
      const next = c.picks.length ? c.picks.shift() : null;
      const tempFiles = (next || []).map((f) => {
        const path = `wxfile://tmp_${++temp}`;
        c.files.set(path, f.text);
        return { name: f.name, path, size: f.text.length };
      });
      settleWith(opts, !!next, { tempFiles }, 'chooseMessageFile:fail cancel');
    },
    shareFileMessage: (opts: { filePath: string; fileName: string } & Callbacks<{ errMsg: string }>) => {
      if (c.shareAccepts) {
        c.shared.push({ fileName: opts.fileName, filePath: opts.filePath, text: c.files.get(opts.filePath) ?? '' });
      }
      settleWith(opts, c.shareAccepts, { errMsg: 'shareFileMessage:ok' }, 'shareFileMessage:fail cancel');
    },
    showShareMenu: (opts: unknown) => {
      c.shareMenus.push(opts);
    },
    getEnterOptionsSync: () => ({ scene: c.scene, path: '', query: {} }),
    onNeedPrivacyAuthorization: (listener: ClassroomWx['privacyListener']) => {
      c.privacyListener = listener;
    },
    openPrivacyContract: () => undefined,
    createSelectorQuery: () => {
      let id = '';
      const query = {
        in: () => query,
        select: (sel: string) => {
          id = sel.replace(/^#/, '');
          return query;
        },
        fields: () => query,
        exec: (cb: (res: unknown[]) => void) => {
          const drawn = { side: 0, rects: [] as { x: number; y: number; w: number; h: number; color: string }[] };
          const ctx = {
            fillStyle: '#000000',
            fillRect(x: number, y: number, w: number, h: number) {
              drawn.rects.push({ x, y, w, h, color: String(ctx.fillStyle) });
            },
          };
          const canvas = {
            set width(v: number) {
              drawn.side = v;
            },
            get width() {
              return drawn.side;
            },
            height: 0,
            getContext: () => ctx,
          };
          c.canvases.set(id, drawn);
          setTimeout(() => cb([{ node: canvas }]), 0);
        },
      };
      return query;
    },
  });
  return c;
}

/** Decodes what was drawn on a canvas (its rectangles painted into pixels) with jsQR; null when nothing decodes. */
export function decodeCanvas(c: ClassroomWx, id: string): string | null {
  const drawn = c.canvases.get(id);
  if (!drawn || !drawn.side) return null;
  const side = drawn.side;
  const data = new Uint8ClampedArray(side * side * 4);
  for (const r of drawn.rects) {
    const v = r.color === '#ffffff' ? 255 : 0;
    for (let y = r.y; y < Math.min(side, r.y + r.h); y++) {
      for (let x = r.x; x < Math.min(side, r.x + r.w); x++) {
        const i = (y * side + x) * 4;
        data[i] = data[i + 1] = data[i + 2] = v;
        data[i + 3] = 255;
      }
    }
  }
  const found = jsQR(data, side, side);
  return found ? found.data : null;
}

/**
 * Plays a mission's reference solution through the console's mission play (as the console pages do while a learner
 * taps): the run is saved under the mission's key and its solve recorded, as in the app.
 */
export function playSolution(id: string, steps = Infinity): void {
  const mission = findMission(id);
  if (!mission || !mission.solution) throw new Error(`no solution for ${id}`);
  const noop = () => undefined;
  openMission(id, true, noop);
  let memory = EMPTY_MEMORY;
  for (const step of mission.solution.slice(0, steps)) {
    const played = currentMission();
    if (!played) throw new Error('no mission played');
    const resolved = resolveStep(step, played.run.world, memory);
    if (!resolved.ok) throw new Error(`step of ${id} cannot be resolved`);
    missionAct(resolved.action, noop);
    const after = currentMission();
    memory = remember(memory, (after && after.run.lastReveal) || undefined);
  }
  closeMission();
}

/** The classroom fake for every test of a file: installed before each test; the getter gives the current one. */
export function useClassroomWx(): () => ClassroomWx {
  let current: ClassroomWx | null = null;
  beforeEach(() => {
    current = installClassroomWx();
  });
  return () => {
    if (!current) throw new Error('useClassroomWx: no test is running');
    return current;
  };
}

/** A teacher-built mission: a built-in one under another id and title (what a mission share code carries). */
export function ownMission(): Mission {
  const base = findMission('name-rules');
  if (!base) throw new Error('no name-rules mission');
  return { ...base, id: 'my-name-check', title: { zh: '我的名称练习', en: 'My name drill' } };
}
