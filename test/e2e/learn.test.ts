import { useApp, freshStart, waitForPage, waitFor, tap, text, firstWithId, waitForText } from './helpers/app';

// Journey: from the learning path into a lesson, through its sections, and back with the progress recorded.
const app = useApp();

it('opens a lesson from the path, pages through it, and the path shows the progress', async () => {
  const mp = app().mp;
  const learn = await freshStart(mp);
  const cell = await firstWithId(learn, 'van-cell', 'lesson-');
  const cellId = (await cell.attribute('id')) ?? '';
  // The row's label (a slot: the lesson's meta line and its best score) says how far the learner got.
  const metaBefore = await text(learn, `#${cellId}`);
  await cell.tap();

  const lesson = await waitForPage(mp, 'pages/lesson/index');
  expect(lesson.query.id).toBe(cellId.replace(/^lesson-/, ''));
  expect(await text(lesson, '#title')).not.toBe('');
  const progress = await text(lesson, '#lesson-progress');
  const firstSection = await text(lesson, '#section-title');
  await tap(lesson, '#next');
  await waitForText(lesson, '#section-title', (t) => t !== firstSection, 'the next section');
  expect(await text(lesson, '#lesson-progress')).not.toBe(progress);

  await mp.callWxMethod('navigateBack');
  const back = await waitForPage(mp, 'pages/learn/index');
  await waitFor(async () => (await text(back, `#${cellId}`)) !== metaBefore, 'the lesson row to show progress');
});
