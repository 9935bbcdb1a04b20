/** A mission's start world: the scenario, then the patch, then the engine's own structural check. */
import { beijing, checkWorld, createWorld, type World } from '../engine/index';
import { formatText, type BilingualParams, type I18nText } from '../../core/i18n';
import { PATCH_ROOTS, type Json, type MissionStart, type PatchOp } from './content/model';
import { MISSION_TEXTS } from './texts';

export type StartResult = { ok: true; world: World } | { ok: false; message: I18nText };

const BLOCKED_KEYS = ['__proto__', 'prototype', 'constructor'];

/** `YYYY-MM-DD HH:mm` in Beijing time → epoch ms, or null. */
export function parseStartTime(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const t = beijing(y, mo, d, h, mi);
  const back = new Date(t + 8 * 3600 * 1000);
  return back.getUTCDate() === d ? t : null;
}

function bad(text: I18nText, params: BilingualParams): StartResult {
  return { ok: false, message: formatText(text, params) };
}

function clone<T extends Json>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Applies one patch operation to a plain JSON tree in place; returns a problem or ''. */
function applyOp(root: Record<string, Json>, op: PatchOp): string {
  const path = op.path;
  if (path.length < 1 || PATCH_ROOTS.indexOf(path[0]) < 0) return `path must start with ${PATCH_ROOTS.join('/')}`;
  if (path.some((k) => BLOCKED_KEYS.indexOf(k) >= 0)) return 'path uses a reserved key';
  let cur: Json = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    const next: Json | undefined = Array.isArray(cur)
      ? /^\d+$/.test(key)
        ? cur[Number(key)]
        : undefined
      : cur !== null && typeof cur === 'object' && Object.prototype.hasOwnProperty.call(cur, key)
        ? cur[key]
        : undefined;
    if (next === undefined || next === null || typeof next !== 'object')
      return `${path.slice(0, i + 1).join('.')} does not exist`;
    cur = next;
  }
  const last = path[path.length - 1];
  if (cur === null || typeof cur !== 'object') return 'not a container';
  if (op.op === 'push') {
    const target: Json | undefined = Array.isArray(cur) ? undefined : cur[last];
    if (!Array.isArray(target)) return `${path.join('.')} is not a list`;
    target.push(clone(op.value));
    return '';
  }
  if (Array.isArray(cur)) {
    if (!/^\d+$/.test(last) || Number(last) >= cur.length) return `${path.join('.')} is not an element`;
    cur[Number(last)] = clone(op.value);
  } else cur[last] = clone(op.value);
  return '';
}

/** Builds the start world; a patch that breaks the world's structure is refused with the engine's reason. */
export function startWorld(start: MissionStart): StartResult {
  let now: number | undefined;
  if (start.at !== undefined) {
    const parsed = parseStartTime(start.at);
    if (parsed === null) return bad(MISSION_TEXTS.startTimeInvalid, { at: start.at });
    now = parsed;
  }
  const world = createWorld({ scenario: start.scenario, ruleSet: start.ruleSet, seed: start.seed, now });
  if (world.scenarioId !== start.scenario) {
    return bad(MISSION_TEXTS.scenarioUnknown, { scenario: start.scenario });
  }
  const patch = start.patch || [];
  if (patch.length === 0) return { ok: true, world };
  const tree = JSON.parse(JSON.stringify(world)) as Record<string, Json>;
  for (let i = 0; i < patch.length; i++) {
    const problem = applyOp(tree, patch[i]);
    if (problem) return bad(MISSION_TEXTS.patchItemInvalid, { item: i + 1, problem });
  }
  const checked = checkWorld(tree);
  if (!checked.ok) {
    return bad(MISSION_TEXTS.patchBreaksWorld, { reason: checked.error.message });
  }
  return { ok: true, world: checked.world };
}
