import { useApp, freshStart, tap, text, waitForPage } from './helpers/app';
import {
  ROUTES,
  startSandbox,
  submitAccount,
  activateFromMailbox,
  registerIndividual,
  remaining,
  completeInfoAndFiling,
  fillPrivacyGuide,
  releaseFirstVersion,
} from './helpers/console';

// The whole journey through the simulated admin console: from a fresh sandbox to version 1.0.0 online.
const app = useApp();

it('registers, completes basic info, filing and the privacy guide, and releases 1.0.0 to everyone', async () => {
  const mp = app().mp;
  await freshStart(mp);
  // The console asks for confirmation before submitting for review and before publishing: the learner agrees.
  await mp.mockWxMethod('showModal', { confirm: true, cancel: false });
  try {
    const register = await startSandbox(mp);
    await submitAccount(register);
    const info = await activateFromMailbox(mp, register);
    const appId = await registerIndividual(mp, info);
    expect(appId).toMatch(/^wx[0-9a-f]{16}$/);

    await tap(info, '#to-console');
    const home = await waitForPage(mp, ROUTES.home);
    const todo = await remaining(home);
    expect(todo).toBeGreaterThan(0);

    const filing = await completeInfoAndFiling(mp, home);
    expect(await text(filing, '#stage-label')).toBe('已备案');

    await mp.callWxMethod('navigateBack', { delta: 2 });
    const homeAgain = await waitForPage(mp, ROUTES.home);
    expect(await remaining(homeAgain)).toBeLessThan(todo);

    // 用户隐私保护指引: the code shows the avatar and nickname, so review needs the guide first.
    const beforeGuide = await remaining(homeAgain);
    await tap(homeAgain, '#row-privacy');
    const privacy = await waitForPage(mp, ROUTES.privacy);
    await fillPrivacyGuide(privacy);
    await mp.callWxMethod('navigateBack');
    const homeGuided = await waitForPage(mp, ROUTES.home);
    expect(await remaining(homeGuided)).toBe(beforeGuide - 1);

    await tap(homeGuided, '#row-release');
    const versions = await waitForPage(mp, ROUTES.versions);
    await releaseFirstVersion(versions);
    expect(await text(versions, '#online-version')).toBe('1.0.0');

    await mp.callWxMethod('navigateBack');
    const done = await waitForPage(mp, ROUTES.home);
    expect(await remaining(done)).toBe(0);
  } finally {
    await mp.restoreWxMethod('showModal');
  }
});
