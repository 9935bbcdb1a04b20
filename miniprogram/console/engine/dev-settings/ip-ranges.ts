/**
 * 开发 → 开发管理 → API IP 白名单 entries (fact D-06): a single IPv4 address (172.0.0.1), a range written with `*` in
 * the last part(s) (172.0.0.*), or CIDR (172.0.0.1/24); never `IP:端口`. A caller's IP is allowed when an entry
 * matches it.
 */
import { consoleError, type ConsoleError } from '../kernel/errors';
import { isIpv4 } from '../kernel/validators';

function toNumber(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/** `a.b.c.*` or `a.b.*.*`: leading parts are numbers, trailing parts are `*`, at least one of each. */
function starRange(entry: string): { base: number; bits: number } | null {
  const parts = entry.split('.');
  if (parts.length !== 4) return null;
  const stars = parts.filter((p) => p === '*').length;
  if (stars === 0 || stars === 4) return null;
  const fixed = parts.slice(0, 4 - stars);
  if (parts.slice(4 - stars).some((p) => p !== '*')) return null;
  const probe = fixed.concat(Array<string>(stars).fill('0')).join('.');
  if (!isIpv4(probe)) return null;
  return { base: toNumber(probe), bits: 8 * (4 - stars) };
}

function cidrRange(entry: string): { base: number; bits: number } | null {
  const match = /^([0-9.]+)\/(\d{1,2})$/.exec(entry);
  if (!match || !isIpv4(match[1])) return null;
  const bits = Number(match[2]);
  if (bits > 32 || (match[2].length > 1 && match[2][0] === '0')) return null;
  return { base: toNumber(match[1]), bits };
}

function rangeOf(entry: string): { base: number; bits: number } | null {
  const text = entry.trim();
  if (isIpv4(text)) return { base: toNumber(text), bits: 32 };
  return starRange(text) || cidrRange(text);
}

/** Fact D-06: a whitelist entry: an IPv4 address, `a.b.c.*` or `a.b.c.d/n`; `IP:端口` has its own message. */
export function validateIpEntry(entry: string): ConsoleError | null {
  const text = entry.trim();
  if (/^[0-9.*]+:\d*$/.test(text)) return consoleError('IP_WITH_PORT', { ip: text });
  return rangeOf(text) ? null : consoleError('IP_FORMAT', { ip: text });
}

/** True when the caller's IPv4 address falls in the entry. */
export function ipMatches(entry: string, ip: string): boolean {
  const range = rangeOf(entry);
  if (!range || !isIpv4(ip.trim())) return false;
  if (range.bits === 0) return true;
  const shift = 32 - range.bits;
  // Compare the network parts without 32-bit sign trouble: divide instead of shifting.
  const unit = Math.pow(2, shift);
  return Math.floor(toNumber(ip.trim()) / unit) === Math.floor(range.base / unit);
}

/** True when some entry of the list matches the caller. */
export function ipAllowed(list: readonly string[], ip: string): boolean {
  return list.some((entry) => ipMatches(entry, ip));
}
