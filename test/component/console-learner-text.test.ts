/**
 * What a learner reads on the console pages carries no fact IDs ("R-06") and no seed file names: rules are named in
 * words, and "why?" links lead to the lesson instead (issue 11).
 */
import { act } from '../../miniprogram/console/services/session';
import { CONSOLE_ROUTES } from '../../miniprogram/core/console-routes';
import { renderPage, textOf } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { tap } from '../helpers/dom';
import { startScenario } from '../helpers/console';

jest.setTimeout(60000);

const FACT_ID_OR_FILE = /\b[A-Z]-\d{2}\b|seed-\d{3}|\.md\b/;

let page: RenderedPage | undefined;

describe('console pages show no fact IDs or seed file names', () => {
  it.each(['ready-to-release', 'approved-not-published', 'fresh'] as const)(
    'every console page, with its toolbar log open (%s)',
    async (scenario) => {
      startScenario({ scenario });
      // Some refusals and events in the log, so the toolbar has entries of both kinds.
      act({ type: 'versions.submitReview', uploader: 'nobody' });
      act({ type: 'dev.setIpWhitelist', ips: ['203.0.113.10:80'] });
      act({ type: 'clock.advance', ms: 60 * 60 * 1000 });
      for (const route of CONSOLE_ROUTES) {
        page = await renderPage(route.slice(1));
        await tap(page, '#toolbar', '#toolbar-bar');
        const visible = textOf(page);
        expect({ route, visible: visible.length > 0, match: visible.match(FACT_ID_OR_FILE) }).toEqual({
          route,
          visible: true,
          match: null,
        });
      }
    },
  );
});
