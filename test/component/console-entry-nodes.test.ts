/**
 * WXML node counts of the entry, registration, mailbox, phone and login pages in their fullest states (the
 * performance audit's limit is 1,000 per page). `CONSOLE_NODES=1 npx jest console-entry-nodes` prints them.
 */
import { createWorld, dispatchAll } from '../../miniprogram/console/engine/index';
import type { World } from '../../miniprogram/console/engine/index';
import { forgetLoadedWorld } from '../../miniprogram/console/services/session';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { tap } from '../helpers/dom';
import { accountSubmitted, seedWorld } from '../helpers/console';
import { fake } from '../helpers/environment';

// Rendering a page the first time compiles its templates: allow for a busy machine.
jest.setTimeout(20000);

const counts: Record<string, number> = {};

afterAll(() => {
  if (process.env.CONSOLE_NODES) console.info(JSON.stringify(counts, null, 2));
});

function nodeCount(page: RenderedPage): number {
  const root = page.dom as Element;
  return root.querySelectorAll('*').length + 1;
}

/** A world in step ③ with two SMS, a pending scan, three mails and a long log. */
function busyWorld(): World {
  let w = accountSubmitted('activation-in-spam');
  w = dispatchAll(w, [{ type: 'register.resendActivation' }, { type: 'register.resendActivation' }]).world;
  w = dispatchAll(w, [
    { type: 'mail.openLink', mailId: w.mailbox.mails[2].id },
    { type: 'register.selectRegion', region: 'mainland' },
    { type: 'register.selectSubjectType', subjectType: 'enterprise' },
    { type: 'register.sendSms', phone: '13800138000' },
    { type: 'clock.advance', ms: 120000 },
    { type: 'register.sendSms', phone: '13800138001' },
  ]).world;
  return w;
}

async function measure(name: string, route: string, world: World | null, steps: string[][] = []): Promise<void> {
  if (world) seedWorld(fake, world);
  forgetLoadedWorld();
  const page = await renderPage(route);
  for (const path of steps) await tap(page, ...path);
  counts[name] = nodeCount(page);
  page.detach();
  expect(counts[name]).toBeLessThan(1000);
  expect(counts[name]).toBeGreaterThan(20);
}

describe('WXML node counts stay under 1,000, with the toolbar panel open', () => {
  it('实操 tab', () =>
    measure('pages/lab/index', 'pages/lab/index', createWorld({ scenario: 'existing-app' }), [
      ['#toggle-intro', '.van-button'],
    ]));
  it('registration ①', () =>
    measure('console/register/index (①)', 'console/register/index', createWorld({ scenario: 'fresh' }), [
      ['#test-link'],
      ['#toolbar', '#toolbar-bar'],
    ]));
  it('registration ③ (enterprise, guide open)', () =>
    measure('console/register/index (③ enterprise)', 'console/register/index', busyWorld(), [
      ['#guide-link'],
      ['#no-sms'],
      ['#toolbar', '#toolbar-bar'],
    ]));
  it('mailbox', () =>
    measure('console/mailbox/index', 'console/mailbox/index', busyWorld(), [['#toolbar', '#toolbar-bar']]));
  it('phone', () => measure('console/phone/index', 'console/phone/index', busyWorld(), [['#toolbar', '#toolbar-bar']]));
  it('login', () =>
    measure('console/login/index', 'console/login/index', createWorld({ scenario: 'existing-app' }), [
      ['#toolbar', '#toolbar-bar'],
    ]));
});
