/** The simulated phone as pages and missions read it. */
import { newestFirst } from '../kernel/selectors';
import type { Scan, Sms, World } from '../kernel/types';

export interface PhoneView {
  sms: Sms[];
  pendingScans: Scan[];
}

export function phoneView(w: World): PhoneView {
  return {
    sms: newestFirst(w.phone.sms),
    pendingScans: w.phone.scans.filter((s) => s.status === 'pending'),
  };
}
