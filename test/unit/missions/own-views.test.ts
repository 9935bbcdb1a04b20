import {
  factRows,
  formOf,
  goalRows,
  hintsEnNote,
  isTextField,
  problemTexts,
  recordedLine,
  SANDBOX_START,
  stageChoices,
  startChoices,
  toggleFact,
  toggleForbidden,
  toggleGoal,
} from '../../../miniprogram/console/builder/view';
import { builtInRows, exportView, importMessage, ownRows } from '../../../miniprogram/console/library/view';
import { libraryEntryOf } from '../../../miniprogram/console/missions/library';
import { emptyLibrary, libraryIndex } from '../../../miniprogram/core/missions/library';
import { initialMissionProgress } from '../../../miniprogram/core/missions/progress';
import { encodeMission, MISSIONS, type Mission } from '../../../miniprogram/console/missions/index';
import { missionMap, missionOpenUrl, missionToContinue } from '../../../miniprogram/pages/lab/view';
import { recordStart } from '../../../miniprogram/core/missions/progress';
import type { MissionSave } from '../../../miniprogram/core/missions/save';

const own: Mission = {
  ...(MISSIONS.find((m) => m.id === 'first-release') as Mission),
  id: 'teacher-a',
  title: { zh: '老师的任务', en: "Teacher's mission" },
};
const library = {
  missions: [libraryEntryOf(own, 'imported', 1), libraryEntryOf({ ...own, id: 'mine-b' }, 'built', 2)],
};

describe('builder view', () => {
  test('starts: the scenarios, then the sandbox only when there is one', () => {
    const sandbox = { zh: '当前的自由模拟', en: 'The current free sandbox' };
    const without = startChoices('fresh', false, sandbox, 'zh');
    expect(without[0]).toEqual({ id: 'fresh', title: '从零开始', selected: true });
    expect(without.some((c) => c.id === SANDBOX_START)).toBe(false);
    const withSandbox = startChoices(SANDBOX_START, true, sandbox, 'en');
    expect(withSandbox[withSandbox.length - 1]).toEqual({
      id: 'sandbox',
      title: 'The current free sandbox',
      selected: true,
    });
    expect(withSandbox.filter((c) => c.selected)).toHaveLength(1);
  });

  test('the form comes back from the draft; unknown stages and values fall back', () => {
    expect(formOf(null)).toEqual({
      titleZh: '',
      titleEn: '',
      briefingZh: '',
      briefingEn: '',
      hints: '',
      hintsEn: '',
      stage: 'register',
      goalIds: [],
      forbiddenIds: [],
      factIds: [],
      otherFacts: '',
    });
    const form = formOf({
      start: {},
      form: { titleZh: '标题', stage: 'release', goalIds: ['goal-2'], hints: 'a\nb' },
    });
    expect(form).toEqual(
      expect.objectContaining({ titleZh: '标题', stage: 'release', goalIds: ['goal-2'], hints: 'a\nb' }),
    );
    expect(formOf({ start: {}, form: { stage: 'nowhere' } }).stage).toBe('register');
    expect(isTextField('titleEn')).toBe(true);
    expect(isTextField('stage')).toBe(false);
  });

  test('the recording line names the start: a scenario, or the sandbox when the start has a patch', () => {
    expect(recordedLine({ scenario: 'ready-to-release' }, 3, 'zh')).toBe('已录制 3 步（起点：准备发布）');
    const fromSandbox = { scenario: 'fresh' as const, patch: [{ op: 'set' as const, path: ['apps'], value: [] }] };
    expect(recordedLine(fromSandbox, 0, 'en')).toBe('0 actions recorded (start: The current free sandbox)');
  });

  test('goals tick and untick; stages and problems in the chosen language', () => {
    const form = toggleGoal(formOf(null), 'goal-1');
    expect(form.goalIds).toEqual(['goal-1']);
    expect(toggleGoal(form, 'goal-1').goalIds).toEqual([]);
    const proposals = [{ id: 'goal-1', label: { zh: '版本', en: 'Versions' }, check: { log: 'X_Y' } }];
    expect(goalRows(proposals, form, 'en')).toEqual([
      { id: 'goal-1', label: 'Versions', ticked: true, forbidden: false },
    ]);
    expect(stageChoices('develop', 'zh').map((c) => c.selected)).toEqual([false, false, true, false]);
    expect(problemTexts({ title: { zh: '请填写', en: 'Fill in' } }, 'en')).toEqual({ title: 'Fill in' });
  });

  test('a proposal is a goal or forbidden, never both; facts tick; missing English hints are counted', () => {
    const goal = toggleGoal(formOf(null), 'goal-1');
    const forbidden = toggleForbidden(goal, 'goal-1');
    expect(forbidden.goalIds).toEqual([]);
    expect(forbidden.forbiddenIds).toEqual(['goal-1']);
    expect(toggleGoal(forbidden, 'goal-1')).toEqual(expect.objectContaining({ goalIds: ['goal-1'], forbiddenIds: [] }));
    expect(toggleForbidden(forbidden, 'goal-1').forbiddenIds).toEqual([]);

    const withFact = toggleFact(formOf(null), 'P-05');
    const rows = factRows(['P-05', 'R-03'], withFact, 'zh');
    expect(rows.map((r) => [r.id, r.ticked])).toEqual([
      ['P-05', true],
      ['R-03', false],
    ]);
    expect(rows[1].text).toMatch(/^R-03 邮箱即登录帐号/);
    expect(rows[1].text.length).toBeLessThanOrEqual(65);
    expect(toggleFact(withFact, 'P-05').factIds).toEqual([]);

    const form = { ...formOf(null), hints: 'a\nb\nc', hintsEn: 'A' };
    expect(hintsEnNote(form, 'en')).toBe('2 hints have no English: the English interface shows the Chinese.');
    expect(hintsEnNote({ ...form, hintsEn: 'A\nB\nC' }, 'zh')).toBe('');
    expect(hintsEnNote(formOf(null), 'zh')).toBe('');
  });
});

describe('mission codes view', () => {
  test('own rows say where each came from and its par', () => {
    expect(ownRows(library, 'zh')).toEqual([
      { id: 'teacher-a', title: '老师的任务', detail: '导入 · 参考 3 步' },
      { id: 'mine-b', title: '老师的任务', detail: '自制 · 参考 3 步' },
    ]);
    expect(builtInRows(MISSIONS, 'en')[0]).toEqual({
      id: 'walkthrough',
      title: 'From zero to online',
      stage: expect.any(String),
    });
  });

  test('import messages: the codec message, or what happened', () => {
    expect(
      importMessage({ ok: false, library: emptyLibrary(), problem: 'empty', message: { zh: '空', en: 'Empty' } }, 'en'),
    ).toEqual({ ok: false, text: 'Empty' });
    expect(importMessage({ ok: true, library, mission: own, outcome: 'replaced' }, 'zh')).toEqual({
      ok: true,
      text: '已更新“老师的任务”。',
    });
  });

  test('the export view: title, code and its size, copied or not', () => {
    const code = encodeMission(own);
    expect(exportView(own, code, true, 'zh')).toEqual({
      id: 'teacher-a',
      title: '“老师的任务”的任务码',
      code,
      size: `${code.length} 个字符 · 已复制到剪贴板`,
    });
    expect(exportView(own, code, false, 'en').size).toBe(
      `${code.length} characters · could not copy: press and hold to select it`,
    );
  });
});

describe('the mission map with own missions', () => {
  test('"我的任务" comes after the four stages only when there are own missions, and opens them like built-ins', () => {
    const none = missionMap(initialMissionProgress(), () => null, 'zh');
    expect(none.map((s) => s.id)).toEqual(['register', 'complete', 'develop', 'release']);
    const index = libraryIndex(library);
    const map = missionMap(initialMissionProgress(), () => null, 'zh', index);
    const mine = map[map.length - 1];
    expect(mine).toEqual(expect.objectContaining({ id: 'mine', title: '我的任务', progress: '已完成 0/2' }));
    expect(mine.missions.map((m) => m.id)).toEqual(['teacher-a', 'mine-b']);
    expect(missionOpenUrl('teacher-a', null, false, index)).toBe('/console/home/index?mission=teacher-a');
    const save = {
      missionId: 'teacher-a',
      actions: [{}],
      status: 'playing',
      entry: '/console/versions/index',
    } as unknown as MissionSave;
    const progress = recordStart(initialMissionProgress(), 'teacher-a', 10);
    expect(missionToContinue(progress, (id) => (id === 'teacher-a' ? save : null), index)?.id).toBe('teacher-a');
  });
});
