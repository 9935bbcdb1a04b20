/**
 * Page-link parameters, decoded defensively. A link such as `pages/quiz/index?id=%` or `…id=%E0%A4%A` has a
 * malformed percent-encoding that makes `decodeURIComponent` throw (and with it the page's `onLoad`). Here such a
 * value is treated as absent: the page then shows what it shows for a missing parameter (e.g. "lesson not found").
 */

export type QueryParam = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly raw: string };

/** Decodes one raw parameter; never throws. An absent parameter decodes to ''. */
export function decodeParam(raw: string | undefined): QueryParam {
  if (raw === undefined || raw === null) return { ok: true, value: '' };
  try {
    return { ok: true, value: decodeURIComponent(String(raw)) };
  } catch {
    return { ok: false, raw: String(raw) };
  }
}

/** The decoded value of `query[name]`, or '' when it is absent or malformed. Never throws. */
export function queryParam(query: Readonly<Record<string, string | undefined>> | undefined, name: string): string {
  const decoded = decodeParam(query ? query[name] : undefined);
  return decoded.ok ? decoded.value : '';
}
