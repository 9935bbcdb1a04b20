/**
 * Every wx call of the classroom pages (docs/classroom.md, docs/privacy.md): scanning a QR code, picking files from
 * a chat, reading and writing files in the app's own folder, sharing a file into a chat, drawing a QR code on a 2d
 * canvas, the share menu and the launch scene. Nothing here sends anything by itself: a file or card leaves the phone
 * only when the user picks the chat in WeChat's own share sheet.
 */
import type { Rect } from '../classroom/index';

/** Scans one QR code; resolves its text, or null when the user cancels (or scanning is not possible). */
export function scanQr(): Promise<string | null> {
  return new Promise((resolve) => {
    wx.scanCode({
      onlyFromCamera: false,
      scanType: ['qrCode'],
      success: (res) => resolve(typeof res.result === 'string' ? res.result : null),
      fail: () => resolve(null),
    });
  });
}

export interface PickedFile {
  readonly name: string;
  readonly text: string;
}

/** Reads a file in UTF-8; '' when it cannot be read (the reader then reports an empty file). */
function readText(path: string): string {
  try {
    const data = wx.getFileSystemManager().readFileSync(path, 'utf8');
    return typeof data === 'string' ? data : '';
  } catch {
    return '';
  }
}

/** Picks files from a chat (up to `count`) and reads them; [] when the user cancels. */
export function pickChatFiles(count: number, extension: string[]): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    wx.chooseMessageFile({
      count,
      type: 'file',
      extension,
      success: (res) => resolve(res.tempFiles.map((f) => ({ name: f.name, text: readText(f.path) }))),
      fail: () => resolve([]),
    });
  });
}

/**
 * Writes `text` to the app's own folder (wx.env.USER_DATA_PATH) and opens WeChat's share sheet with it. Resolves
 * 'shared', 'cancelled', or 'failed' (the file could not be written).
 */
export function shareTextFile(fileName: string, text: string): Promise<'shared' | 'cancelled' | 'failed'> {
  const filePath = `${wx.env.USER_DATA_PATH}/${fileName}`;
  try {
    wx.getFileSystemManager().writeFileSync(filePath, text, 'utf8');
  } catch {
    return Promise.resolve('failed');
  }
  return new Promise((resolve) => {
    wx.shareFileMessage({
      filePath,
      fileName,
      success: () => resolve('shared'),
      fail: () => resolve('cancelled'),
    });
  });
}

/** Lets the page be forwarded (转发) as a card: the page's onShareAppMessage gives the path. */
export function enableShareMenu(): void {
  wx.showShareMenu({ withShareTicket: false, menus: ['shareAppMessage'] });
}

/** The scene the mini program was opened from (1044 group card, 1007 single chat, 1011 scan…), or 0. */
export function launchScene(): number {
  try {
    return wx.getEnterOptionsSync().scene || 0;
  } catch {
    return 0;
  }
}

/**
 * Draws a QR code's rectangles on the page's `<canvas type="2d" id="…">`: white first, then each dark run.
 * Resolves false when the canvas cannot be reached.
 */
export function drawQr(
  page: WechatMiniprogram.Component.TrivialInstance,
  canvasId: string,
  side: number,
  rects: readonly Rect[],
): Promise<boolean> {
  return new Promise((resolve) => {
    wx.createSelectorQuery()
      .in(page)
      .select(`#${canvasId}`)
      .fields({ node: true, size: true })
      .exec((res: { node?: WechatMiniprogram.Canvas }[]) => {
        const canvas = res && res[0] && res[0].node;
        if (!canvas) {
          resolve(false);
          return;
        }
        canvas.width = side;
        canvas.height = side;
        const ctx = canvas.getContext('2d') as WechatMiniprogram.CanvasRenderingContext.CanvasRenderingContext2D;
        ctx.fillStyle = '#ffffff';
        ctx.fillRect(0, 0, side, side);
        ctx.fillStyle = '#000000';
        for (const r of rects) ctx.fillRect(r.x, r.y, r.w, r.h);
        resolve(true);
      });
  });
}
