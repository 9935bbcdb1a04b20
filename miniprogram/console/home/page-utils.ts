/** Helpers shared by the console pages of this subpackage (no wx here: pure functions). */
import { lessonPath, sectionForFact } from '../../content/index';

/** The URL of the lesson section that teaches a fact, or '' when no lesson covers it. */
export function lessonUrlFor(factId: string): string {
  const ref = sectionForFact(factId);
  return ref ? lessonPath(ref.lesson.id, ref.section.id) : '';
}

/** The text of a van-field `input`/`change` event (its detail is the value) or of a native input event. */
export function inputValue(detail: unknown): string {
  if (typeof detail === 'string') return detail;
  if (typeof detail === 'object' && detail !== null) {
    const value = (detail as { value?: unknown }).value;
    if (typeof value === 'string') return value;
  }
  return '';
}

/** A string from a tapped element's `data-*` attribute, or ''. */
export function dataString(dataset: Record<string, unknown>, key: string): string {
  const value = dataset[key];
  return typeof value === 'string' ? value : '';
}

/** The form field a van-field event came from (its `data-field`), if it is one of `keys`. */
export function fieldOf<K extends string>(
  e: { currentTarget: { dataset: Record<string, unknown> } },
  keys: readonly K[],
): K | null {
  const name = String(e.currentTarget.dataset.field ?? '');
  return (keys as readonly string[]).indexOf(name) >= 0 ? (name as K) : null;
}
