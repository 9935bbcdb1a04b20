/**
 * Reading and driving rendered pages as a learner does: find nodes (also inside custom components' own trees),
 * read their text, tap, type into vant fields, count WXML nodes.
 */
import { settle, textOf } from './render';
import type { RenderedPage } from './render';

/** A node of a rendered tree, as j-component exposes it. */
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

/** The visible text at the path, whitespace folded. */
export function text(page: RenderedPage, ...path: string[]): string {
  return textOf(find(page, ...path));
}

/** Taps the node at the path (a plain view, or a node inside a component when the path has several selectors). */
export async function tap(page: RenderedPage, ...path: string[]): Promise<void> {
  must(page, ...path).dispatchEvent('tap');
  await settle();
}

/** Taps a vant component by its host's selector: the inner native element (`.van-button` by default) gets the tap. */
export async function tapVant(page: RenderedPage, selector: string, inner = '.van-button'): Promise<void> {
  await tap(page, selector, inner);
}

/** Taps a vant cell by its host's selector. */
export function tapCell(page: RenderedPage, selector: string): Promise<void> {
  return tapVant(page, selector, '.van-cell');
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

/** WXML nodes of a rendered page, custom components' shadow trees included (as the runtime counts them). */
export function nodeCount(page: RenderedPage): number {
  const root = (page as unknown as { dom?: Element | null }).dom;
  return root ? root.querySelectorAll('*').length + 1 : 0;
}
