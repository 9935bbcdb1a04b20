import { LESSONS } from '../../miniprogram/content/index';
import { renderPage } from '../helpers/render';
import { find, tap, text } from '../helpers/dom';
import { fake } from '../helpers/environment';

jest.setTimeout(30000);

const lessonOf = (sectionId: string) => {
  const lesson = LESSONS.find((l) => l.sections.some((s) => s.id === sectionId));
  if (!lesson) throw new Error(sectionId);
  return lesson;
};

describe('a lesson section links to the mission that practises it', () => {
  it('shows the mission under the section and a tap opens it in the console', async () => {
    const lesson = lessonOf('register-individual.limits');
    const page = await renderPage('pages/lesson/index', {
      query: { id: lesson.id, section: 'register-individual.limits' },
    });
    expect(text(page, '#practice')).toBe('练一练：一个身份证最多 5 个 ›');
    await tap(page, '#practice');
    expect(fake.navigations.pop()).toEqual({ kind: 'navigateTo', url: '/console/register/index?mission=id-quota' });
  });

  it('shows nothing for a section without a mission', async () => {
    const lesson = lessonOf('register-individual.fields');
    const page = await renderPage('pages/lesson/index', {
      query: { id: lesson.id, section: 'register-individual.fields' },
    });
    expect(find(page, '#practice')).toBeUndefined();
  });
});
