/**
 * Helpers for the console page tests: reaching into the shared console components (their own shadow trees),
 * typing into vant fields, and seeding the console save.
 */
import { createWorld } from '../../miniprogram/core/console/engine';
import type { World, WorldOptions } from '../../miniprogram/core/console/engine';
import { encode } from '../../miniprogram/core/storage/envelope';
import { SCHEMA_VERSION } from '../../miniprogram/core/console/types';
import { CONSOLE_KEY } from '../../miniprogram/services/console-session';
import type { ConsoleSave } from '../../miniprogram/services/console-session';
import { settle, textOf } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import type { WxFake } from '../helpers/wx';

export interface Node {
  dom?: Element | null;
  dispatchEvent(name: string, detail?: unknown): void;
  querySelector(sel: string): Node | undefined;
  querySelectorAll(sel: string): Node[];
  instance?: { data: Record<string, unknown> };
  data?: Record<string, unknown>;
}

/** A node by a path of selectors, each looked up inside the previous component (e.g. ['#toolbar', '#jump-d1']). */
export function find(page: RenderedPage, ...path: string[]): Node | undefined {
  let node: Node | undefined = page as unknown as Node;
  for (const sel of path) {
    if (!node) return undefined;
    node = node.querySelector(sel);
  }
  return node;
}

export function must(page: RenderedPage, ...path: string[]): Node {
  const node = find(page, ...path);
  if (!node) throw new Error(`nothing matches ${path.join(' » ')}`);
  return node;
}

export function text(page: RenderedPage, ...path: string[]): string {
  return textOf(find(page, ...path));
}

/** Taps the node at the path. */
export async function tapAt(page: RenderedPage, ...path: string[]): Promise<void> {
  must(page, ...path).dispatchEvent('tap');
  await settle();
}

/** Taps a vant button (its inner .van-button) by the host's selector. */
export async function tapVant(page: RenderedPage, selector: string, inner = '.van-button'): Promise<void> {
  await tapAt(page, selector, inner);
}

/** The native input inside a vant field (the last `.van-field__control`: the first wraps the input slot). */
export function fieldInput(page: RenderedPage, selector: string): Node {
  const field = must(page, selector);
  const controls = field.querySelectorAll('.van-field__control');
  const input = controls[controls.length - 1];
  if (!input) throw new Error(`no input inside ${selector}`);
  return input;
}

/** Types into a vant field as the learner does: the inner input's input event with the full value. */
export async function typeInto(page: RenderedPage, selector: string, value: string): Promise<void> {
  fieldInput(page, selector).dispatchEvent('input', { detail: { value } });
  await settle();
}

/** Leaves a vant field (its blur event), which runs the page's live validation. */
export async function blurField(page: RenderedPage, selector: string, value: string): Promise<void> {
  fieldInput(page, selector).dispatchEvent('blur', { detail: { value } });
  await settle();
}

/** Seeds the console save with a world (e.g. a scenario), as the app would have saved it. */
export function seedWorld(fake: WxFake, world: World, smsSeen = 0): void {
  const save: ConsoleSave = { world: JSON.parse(JSON.stringify(world)) as World, smsSeen };
  fake.storage.set(CONSOLE_KEY, encode(save, { version: SCHEMA_VERSION }));
}

export function seedScenario(fake: WxFake, options: WorldOptions): World {
  const world = createWorld(options);
  seedWorld(fake, world);
  return world;
}

/** Reads back the saved console world. */
export function savedWorld(fake: WxFake): World | null {
  const raw = fake.storage.get(CONSOLE_KEY);
  if (typeof raw !== 'string') return null;
  return (JSON.parse(raw) as { data: ConsoleSave }).data.world;
}
