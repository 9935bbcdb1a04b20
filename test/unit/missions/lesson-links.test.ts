import { LESSONS } from '../../../miniprogram/content/index';
import { consoleUrlFor } from '../../../miniprogram/core/available-routes';
import { MISSION_INDEX } from '../../../miniprogram/core/missions/mission-index';
import { MISSIONS } from '../../../miniprogram/console/missions/index';
import { practiceLink, sourceRows } from '../../../miniprogram/pages/lesson/view';

const sections = LESSONS.flatMap((l) => l.sections);

describe('lessons link to the missions that practise them', () => {
  test('every section mission is a built-in mission that rests on one of the section’s facts', () => {
    const linked = sections.filter((s) => s.mission !== undefined);
    expect(linked.length).toBeGreaterThanOrEqual(10);
    for (const s of linked) {
      const mission = MISSIONS.find((m) => m.id === s.mission);
      expect({ section: s.id, mission: s.mission, found: !!mission }).toEqual({
        section: s.id,
        mission: s.mission,
        found: true,
      });
      const shared = mission ? mission.factIds.filter((f) => s.factIds.indexOf(f) >= 0) : [];
      expect({ section: s.id, shares: shared.length > 0 }).toEqual({ section: s.id, shares: true });
    }
  });

  test('the practise link: the mission title and the URL that opens it', () => {
    const limits = sections.find((s) => s.id === 'register-individual.limits');
    if (!limits) throw new Error('section missing');
    expect(practiceLink(limits, 'zh')).toEqual({
      label: '练一练：一个身份证最多 5 个 ›',
      url: '/console/register/index?mission=id-quota',
    });
    expect(practiceLink(limits, 'en')?.label).toBe('Practise it: Five per ID number ›');
    expect(practiceLink({ ...limits, mission: undefined }, 'zh')).toBeNull();
    expect(practiceLink({ ...limits, mission: 'no-such-mission' }, 'zh')).toBeNull();
  });

  test('`mission:<id>` console targets open every built-in mission', () => {
    for (const m of MISSION_INDEX)
      expect(consoleUrlFor(`mission:${m.id}`)).toMatch(new RegExp(`^/console/\\w+/index\\?mission=${m.id}$`));
    expect(consoleUrlFor('mission:review-rejected')).toBe('/console/home/index?mission=review-rejected');
    expect(consoleUrlFor('mission:nothing')).toBeUndefined();
  });

  test('source rows leave out unknown sources', () => {
    const lesson = LESSONS[0];
    expect(sourceRows(lesson.sources.concat(['no-such-source']), 'zh')).toHaveLength(lesson.sources.length);
  });
});
