/** The simulated phone's "scan with WeChat" confirmations, routed to the flow that asked for them. */
import type { ActionOf } from '../kernel/actions';
import { emit, type Ctx, type HandlerResult } from '../kernel/context';
import { consoleError } from '../kernel/errors';
import { confirmLoginScan, confirmScanLogin } from '../login/rules';
import { confirmMemberScan } from '../members/rules';
import { confirmAdminScan } from '../registration/rules';

export function confirmScan(ctx: Ctx, action: ActionOf<'phone.confirmScan'>): HandlerResult {
  const scan = ctx.w.phone.scans.find((s) => s.id === action.scanId);
  if (!scan) return consoleError('SCAN_NOT_FOUND');
  if (scan.status !== 'pending') return consoleError('SCAN_NOT_PENDING');
  let result: HandlerResult;
  if (scan.purpose === 'registerAdmin') result = confirmAdminScan(ctx, scan.id);
  else if (scan.purpose === 'login') result = confirmLoginScan(ctx, scan.id);
  else if (scan.purpose === 'scanLogin') result = confirmScanLogin(ctx);
  else result = confirmMemberScan(ctx, scan);
  if (result) return result;
  scan.status = 'confirmed';
  emit(ctx, 'SCAN_CONFIRMED', { scanId: scan.id, purpose: scan.purpose });
}

export function rejectScan(ctx: Ctx, action: ActionOf<'phone.rejectScan'>): HandlerResult {
  const w = ctx.w;
  const scan = w.phone.scans.find((s) => s.id === action.scanId);
  if (!scan) return consoleError('SCAN_NOT_FOUND');
  if (scan.status !== 'pending') return consoleError('SCAN_NOT_PENDING');
  scan.status = 'rejected';
  if (scan.purpose === 'registerAdmin' && w.registration.adminScan && w.registration.adminScan.scanId === scan.id) {
    w.registration.adminScan = null;
  }
  if (scan.purpose === 'login' && w.session && w.session.scanId === scan.id) w.session = null;
  emit(ctx, 'SCAN_REJECTED', { scanId: scan.id, purpose: scan.purpose });
}
