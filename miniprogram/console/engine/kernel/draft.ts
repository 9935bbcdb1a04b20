/**
 * Drafts: the copy of the world one action works on. Copy-on-first-use proxies stand in for the world and its
 * list of mini programs; what a rule uses is copied, the rest is shared with the old world, which is never
 * changed. `peek` lets a rule search the mini programs without copying each one it looks at.
 */
import type { World } from './types';

/**
 * A deep copy of plain JSON data (the world holds nothing else: no classes, no Date, no undefined). A recursive
 * copy rather than a JSON round-trip: it is on every action's path and costs a fraction of one.
 */
function clonePlain<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = clonePlain(value[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = clonePlain((value as Record<string, unknown>)[key]);
  return out as T;
}

type Branch = Exclude<keyof World, 'log'>;

/**
 * A copy-on-first-use list: a proxy of a copy of the list whose members are shared with the old world until a
 * rule reads one; that one is then copied whole (so a rule may change it freely) and stands in the list in its
 * place. `LISTS` maps each proxy to its list, plain data throughout (originals and copies), and the original.
 */
const LISTS = new WeakMap<object, { list: unknown[]; original: readonly unknown[] }>();

function lazyList<T>(original: readonly T[]): T[] {
  const list: unknown[] = original.slice();
  const shared = new Set<unknown>(original.filter((member) => member !== null && typeof member === 'object'));
  const proxy = new Proxy(list, {
    get(target, key) {
      const member = Reflect.get(target, key);
      if (typeof key !== 'string' || !shared.has(member)) return member;
      const copy = clonePlain(member);
      Reflect.set(target, key, copy);
      return copy;
    },
  });
  LISTS.set(proxy, { list, original });
  return proxy as T[];
}

/**
 * A value as plain data: a list draft replaced by its list, or by the original list when no member was copied
 * or changed (a search of the mini programs leaves them shared).
 */
function materialise(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const draft = LISTS.get(value);
  if (!draft) return value;
  const { list, original } = draft;
  return list.length === original.length && list.every((member, i) => member === original[i]) ? original : list;
}

/**
 * A draft of the world for one action. A branch of the world (platform, registration, mailbox, phone...) is
 * copied the first time a rule reads or writes it, and one mini program the first time a rule reads it; everything
 * else is shared with the old world, which is never changed. An action costs what it touches, not the whole
 * world: structural sharing by hand.
 */
export interface Draft {
  readonly world: World;
  /** The world after the action: copied parts from the draft, the rest shared with the old world. */
  finish(): World;
  /** Branches the action copied (read or written). */
  readonly touched: readonly Branch[];
}

export function draftOf(world: World): Draft {
  const { log: _log, ...rest } = world;
  // The draft's own fields: primitives are its own, branches shared with the old world until first used.
  const fields = rest as Record<string, unknown>;
  const branches = Object.keys(fields).filter((key) => fields[key] !== null && typeof fields[key] === 'object');
  const touched: Branch[] = [];
  const use = (key: string | symbol): void => {
    if (typeof key === 'string' && branches.indexOf(key) >= 0 && touched.indexOf(key as Branch) < 0) {
      touched.push(key as Branch);
    }
  };
  // A proxy rather than an accessor per branch: made in a fraction of the time, and an action uses few branches.
  const draft = new Proxy(fields, {
    get(target, key) {
      const value = target[key as string];
      if (typeof key !== 'string' || touched.indexOf(key as Branch) >= 0 || branches.indexOf(key) < 0) return value;
      use(key);
      // The mini programs are a container of their own (one copied when a rule uses it); every other branch
      // (platform, registration, mailbox, phone...) is small and bounded: one copy costs less than a container.
      const copy = key === 'apps' && Array.isArray(value) ? lazyList(value) : clonePlain(value);
      target[key] = copy;
      return copy;
    },
    set(target, key, next: unknown) {
      use(key);
      target[key as string] = next;
      return true;
    },
  }) as unknown as World;
  draft.log = [];
  return {
    world: draft,
    touched,
    finish() {
      const next = { ...fields } as Record<string, unknown>;
      for (const key of touched) next[key] = materialise(fields[key]);
      next.log = world.log;
      return next as unknown as World;
    },
  };
}

/**
 * The members of a list as they stand, for searching it without copying each member a search looks at (a
 * draft copies a mini program the first time a rule reads it). Never change what it returns: find the index,
 * then use the draft's own member (`w.apps[i]`). On a plain list (a world outside any action) it is the list.
 */
export function peek<T>(items: readonly T[]): readonly T[] {
  const draft = LISTS.get(items);
  return draft ? (draft.list as T[]) : items;
}
