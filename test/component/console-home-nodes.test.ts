/**
 * Performance audit limit: every console page of this group stays under 1,000 WXML nodes in a busy state
 * (full member lists, open sheets, every card filled). The counts are written to the console for the benchmark.
 */
import { getWorld } from '../../miniprogram/console/services/session';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { nodeCount, tap, tapVant } from '../helpers/dom';
import { actAll, startScenario } from '../helpers/console';

let page: RenderedPage | undefined;

beforeEach(() => {
  startScenario({ scenario: 'members-full' });
  const admin = getWorld().learner.wechatId;
  actAll([
    { type: 'versions.setTrial', uploader: admin },
    { type: 'versions.submitReview', uploader: admin },
    { type: 'members.add', wechatId: 'tester_amy', kind: 'experience', roles: [] },
  ]);
  const scan = getWorld().phone.scans.filter((s) => s.status === 'pending')[0];
  actAll([{ type: 'phone.confirmScan', scanId: scan.id }, { type: 'dev.generateSecret' }]);
});

const LIMIT = 1000;
const counts: Record<string, number> = {};

async function measure(route: string, open?: (p: RenderedPage) => Promise<void>): Promise<number> {
  page = await renderPage(route);
  if (open) await open(page);
  const n = nodeCount(page);
  counts[route] = Math.max(counts[route] ?? 0, n);
  return n;
}

describe('WXML node counts', () => {
  it('home', async () => {
    expect(await measure('console/home/index')).toBeLessThan(LIMIT);
  });
  it('basic settings, with the category sheet and its options open', async () => {
    const n = await measure('console/basic/index', async (p) => {
      await tap(p, '#action-category');
      await tapVant(p, '#add-toggle');
    });
    expect(n).toBeGreaterThan(100);
    expect(n).toBeLessThan(LIMIT);
  });
  it('development settings', async () => {
    expect(await measure('console/dev/index')).toBeLessThan(LIMIT);
  });
  it('members, with 15 project members', async () => {
    const n = await measure('console/members/index');
    expect(n).toBeGreaterThan(120);
    expect(n).toBeLessThan(LIMIT);
  });
  it('versions, with the upload sheet open', async () => {
    expect(await measure('console/versions/index', (p) => tapVant(p, '#upload-open'))).toBeLessThan(LIMIT);
  });
  it('filing', async () => {
    expect(await measure('console/filing/index')).toBeLessThan(LIMIT);
  });
  it('verification', async () => {
    expect(await measure('console/verify/index')).toBeLessThan(LIMIT);
  });
  afterAll(() => {
    process.stdout.write(`console page WXML nodes: ${JSON.stringify(counts)}\n`);
  });
});
