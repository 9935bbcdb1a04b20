import * as fs from 'fs';
import * as path from 'path';
import { useApp, REPO, waitForPage, all } from './helpers/app';

// Every page app.json declares (subpackages included) opens without throwing and renders something.
// It grows with the app: a page added to app.json is covered without touching this file.
const app = useApp();

interface AppJson {
  pages: string[];
  subpackages?: { root: string; pages: string[] }[];
  subPackages?: { root: string; pages: string[] }[];
}

const appJson = JSON.parse(fs.readFileSync(path.join(REPO, 'miniprogram', 'app.json'), 'utf8')) as AppJson;
const routes = [
  ...appJson.pages,
  ...(appJson.subpackages ?? appJson.subPackages ?? []).flatMap((sp) =>
    sp.pages.map((p) => `${sp.root.replace(/\/$/, '')}/${p}`),
  ),
];

it('declares pages', () => {
  expect(routes.length).toBeGreaterThanOrEqual(4);
});

it.each(routes)('%s opens and renders', async (route) => {
  const mp = app().mp;
  await mp.callWxMethod('reLaunch', { url: `/${route}` });
  const page = await waitForPage(mp, route);
  expect((await all(page, 'view')).length).toBeGreaterThan(0);
});
