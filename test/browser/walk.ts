import type { Page } from 'playwright-core';

/**
 * The tap walk of the English check (ux.test.ts): every control of a page is tapped, what the tap shows is read, and
 * the controls of the dialog, sheet or popup it opened are tapped in turn (one level deeper). Between taps the page is
 * put back without a reload where that is safe (a shell dialog or sheet cancelled, a toast hidden, a page opened on top
 * closed again, a switch tapped back, or simply the same controls still on screen) and reloaded otherwise.
 */

/** Every control a learner taps, as the preview exposes it: by role (aria-role, or a built-in's own), and vant's cells. */
export const TAPPABLE =
  '[role=button], [role=link], [role=radio], [role=checkbox], [role=switch], [role=tab], .van-cell--clickable';
/** What the walk taps in a page: the tappable controls and the built-in buttons. */
export const WALKED = `wx-button, ${TAPPABLE}`;
/** What a shell overlay offers to tap next: a dialog's confirm button, a sheet's items (cancelling is how it is put back). */
const SHELL_CONTROLS = '.rlw-modal-confirm, .rlw-sheet-item:not(.rlw-sheet-cancel)';
/** Containers inside a page whose controls appear on a tap: vant's popups, dialogs and action sheets, the app's own. */
const PAGE_OVERLAYS = '.van-popup, .van-dialog, .van-action-sheet, [role=dialog]';
/** At most this many controls that look alike (same tag, class and text) are tapped on one screen. */
const SAME_LOOK = 3;
/** At most this many controls of an overlay are tapped. */
const OVERLAY_CONTROLS = 8;

/** A control on the screen, numbered for this screen (`data-walk`). */
interface Control {
  n: number;
  key: string;
  label: string;
  /** In a dialog, sheet or popup (shell or page). */
  overlay: boolean;
}

/** The screen as the walk compares it: the page stack, hashes of the top page's text and of wx storage, overlays. */
interface Screen {
  stack: string;
  depth: number;
  text: string;
  storage: string;
  /** Shell dialogs and sheets open. */
  shell: number;
  /** Dialogs, sheets, toasts and popups on screen (counted, not compared). */
  shown: number;
  toast: boolean;
  controls: Control[];
}

export interface WalkReport {
  taps: number;
  overlays: number;
  reloads: number;
  /** Controls that could not be tapped where they are (covered, gone), as "label" or "opener → label". */
  untapped: string[];
  /** Routes the taps opened on top (read there too). */
  opened: Set<string>;
}

/** What the walk needs from its test: a fresh start of the page, the reading of the screen, where to report. */
export interface WalkOptions {
  page: Page;
  /** Opens the route afresh (its starting state). */
  reopen(): Promise<void>;
  /** Reads what the learner sees now; `where` names the taps that led there. */
  read(where: string): Promise<void>;
  report: WalkReport;
  /** Controls not to tap (e.g. the one that switches the app to Chinese), by their label. */
  skip?(label: string): boolean;
}

/** Reads the screen and numbers its visible controls (top page, then shell overlays) with `data-walk`. */
function snapshot(page: Page): Promise<Screen> {
  return page.evaluate(
    ({ walked, shell, overlays }) => {
      const hash = (s: string) => {
        let h = 5381;
        for (let i = 0; i < s.length; i++) h = (h * 33 + s.charCodeAt(i)) | 0;
        return `${s.length}:${h}`;
      };
      const rlw = (window as unknown as { __RLW__: { stack(): { route: string; query: object }[] } }).__RLW__;
      const shown = Array.from(document.querySelectorAll('page')).filter(
        (p) => (p as HTMLElement).offsetParent !== null,
      );
      const top = shown[shown.length - 1] as HTMLElement | undefined;
      for (const e of Array.from(document.querySelectorAll('[data-walk]'))) e.removeAttribute('data-walk');
      const found = [
        ...(top ? Array.from(top.querySelectorAll(walked)) : []),
        ...Array.from(document.querySelectorAll(shell)),
      ];
      const controls: { n: number; key: string; label: string; overlay: boolean }[] = [];
      for (const el of found) {
        const h = el as HTMLElement;
        const r = h.getBoundingClientRect();
        if (getComputedStyle(h).visibility === 'hidden' || r.width < 1 || r.height < 1) continue;
        const text = (h.innerText || '').trim().replace(/\s+/g, ' ');
        const label = (text || h.getAttribute('aria-label') || h.tagName).slice(0, 40);
        h.setAttribute('data-walk', String(controls.length));
        controls.push({
          n: controls.length,
          key: `${h.tagName}.${h.className}|${label.replace(/[0-9]+/g, '#')}`,
          label,
          overlay: !!h.closest(`${overlays}, .rlw-modal, .rlw-sheet`),
        });
      }
      const stack = rlw.stack();
      return {
        stack: JSON.stringify(stack),
        depth: stack.length,
        text: hash(top ? top.innerText : ''),
        storage: hash(window.localStorage.getItem('rlw:wx-storage') || ''),
        shell: document.querySelectorAll('.rlw-modal, .rlw-sheet').length,
        shown: Array.from(document.querySelectorAll(`.rlw-modal, .rlw-sheet, .rlw-toast, ${overlays}`)).filter(
          (e) => e.getClientRects().length > 0,
        ).length,
        toast: document.querySelectorAll('.rlw-toast').length > 0,
        controls,
      };
    },
    { walked: WALKED, shell: SHELL_CONTROLS, overlays: PAGE_OVERLAYS },
  );
}

/**
 * Taps control `n` of the last numbering as a finger would: scrolled into view, pressed and released at its centre on
 * whatever is there (the preview turns the press into touchstart, touchend and tap), then waits until the app is idle
 * and drawn. False when something else is at its centre (it is covered) or it is gone.
 */
function tap(page: Page, n: number): Promise<boolean> {
  return page.evaluate(async (n) => {
    const el = document.querySelector(`[data-walk="${n}"]`);
    if (!el) return false;
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const hit = document.elementFromPoint(x, y);
    if (!hit || !(el.contains(hit) || hit.contains(el))) return false;
    const init = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, button: 0, buttons: 1 };
    hit.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'mouse', isPrimary: true }));
    hit.dispatchEvent(new MouseEvent('mousedown', init));
    hit.dispatchEvent(new PointerEvent('pointerup', { ...init, buttons: 0, pointerType: 'mouse', isPrimary: true }));
    hit.dispatchEvent(new MouseEvent('mouseup', { ...init, buttons: 0 }));
    // Built-ins of the browser (the shell's <button>s) answer clicks.
    hit.dispatchEvent(new MouseEvent('click', { ...init, buttons: 0 }));
    await (window as unknown as { __RLW__: { idle(): Promise<void> } }).__RLW__.idle();
    return true;
  }, n);
}

/** Cancels shell dialogs and sheets, hides a toast and closes the pages opened on top of `depth`. */
async function putBack(page: Page, s: Screen, depth: number): Promise<void> {
  if (!s.shell && !s.toast && s.depth <= depth) return;
  await page.evaluate(async (depth) => {
    for (const b of Array.from(document.querySelectorAll('.rlw-modal-cancel, .rlw-sheet-cancel')).reverse())
      (b as HTMLElement).click();
    const rlw = (
      window as unknown as {
        __RLW__: {
          runtime: { wx: { api: Record<string, (o?: object) => void> } };
          stack(): unknown[];
          idle(): Promise<void>;
        };
      }
    ).__RLW__;
    await rlw.idle();
    rlw.runtime.wx.api.hideToast();
    const extra = rlw.stack().length - depth;
    if (extra > 0) rlw.runtime.wx.api.navigateBack({ delta: extra });
    await rlw.idle();
  }, depth);
}

/** The controls' looks in order: a screen with the same controls (an error shown, a field filled) can be walked on. */
const looks = (cs: Control[]) => cs.map((c) => c.key).join('\n');
const overlayControls = (s: Screen) =>
  s.controls
    .filter((d) => d.overlay)
    .slice(0, OVERLAY_CONTROLS)
    .reverse();

/**
 * Walks the page `reopen()` opens: taps each control (and each control of what a tap opens), reading the screen after
 * every tap. Controls are tapped last first (a form's submit before its "fill in" button, so that its errors show),
 * and the next tap happens on the screen as it is when it still has the same controls and no dialog or new page;
 * otherwise the page is put back or opened afresh.
 */
export async function walk(o: WalkOptions): Promise<void> {
  const { page, report } = o;
  await o.reopen();
  const start = await snapshot(page);
  const startLooks = looks(start.controls);
  /** The screen the next tap starts from, when it can be walked on; null: reload first. */
  let ready: Screen | null = start;
  const seen = new Map<string, number>();
  const reload = async (): Promise<Screen> => {
    await o.reopen();
    report.reloads += 1;
    return snapshot(page);
  };
  const walkable = (s: Screen) => s.stack === start.stack && s.shell === 0 && looks(s.controls) === startLooks;

  for (const c of [...start.controls].reverse()) {
    const alike = (seen.get(c.key) ?? 0) + 1;
    seen.set(c.key, alike);
    if (alike > SAME_LOOK || o.skip?.(c.label)) continue;
    const from = ready ?? (await reload());
    ready = null;
    if (from.controls[c.n]?.key !== c.key || !(await tap(page, c.n))) {
      report.untapped.push(c.label);
      continue;
    }
    report.taps += 1;
    await o.read(`tap "${c.label}"`);
    const after = await snapshot(page);
    if (after.shown > 0) report.overlays += 1;
    if (after.stack !== start.stack) {
      const routes = JSON.parse(after.stack) as { route: string }[];
      report.opened.add(routes[routes.length - 1].route);
    }

    // One level deeper: what the tap opened (a dialog's confirm, a sheet's items, a popup's controls), last first.
    const opened = after.depth === start.depth ? overlayControls(after) : [];
    if (opened.length) {
      const openLooks = looks(opened);
      let at: Screen | null = after;
      for (const [i, d] of opened.entries()) {
        if (!at) {
          const again = await reload();
          if (again.controls[c.n]?.key !== c.key || !(await tap(page, c.n))) break;
          at = await snapshot(page);
        }
        const target = overlayControls(at)[i];
        if (!target || target.key !== d.key || !(await tap(page, target.n))) {
          report.untapped.push(`${c.label} → ${d.label}`);
          at = null;
          continue;
        }
        report.taps += 1;
        await o.read(`tap "${c.label}" → "${d.label}"`);
        // A page it opened (a lesson) is closed again; the dialog under it may still be open.
        let now = await snapshot(page);
        if (now.depth > after.depth || now.toast) {
          await putBack(page, now, after.depth);
          now = await snapshot(page);
        }
        at = now.stack === after.stack && looks(overlayControls(now)) === openLooks ? now : null;
        // Its last control tapped is usually its first: "Close", "Cancel"; the page may be as it started.
        if (!at && walkable(now)) ready = now;
        else ready = null;
      }
      continue;
    }

    let now = after;
    if (after.shell || after.toast || after.depth > start.depth) {
      await putBack(page, after, start.depth);
      now = await snapshot(page);
    }
    if (walkable(now)) {
      ready = now;
      continue;
    }
    // A switch or a checkbox: tapped again, it is as it was.
    const twin = now.controls[c.n];
    if (now.stack === start.stack && !now.shell && twin && twin.key.split('|')[0] === c.key.split('|')[0]) {
      if (await tap(page, c.n)) {
        now = await snapshot(page);
        if (walkable(now)) ready = now;
      }
    }
  }
}
