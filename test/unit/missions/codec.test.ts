import {
  base64urlDecode,
  base64urlEncode,
  fnv1a,
  utf8Decode,
  utf8Encode,
} from '../../../miniprogram/console/missions/codec';
import { DICTIONARY_V1 } from '../../../miniprogram/console/missions/codec-dictionary';
import {
  decodeMission,
  encodeMission,
  importMission,
  MAX_CODE_LENGTH,
  MISSIONS,
  startRun,
  type CodeProblem,
  type ImportedMissions,
  type Mission,
} from '../../../miniprogram/console/missions/index';

const sample = MISSIONS.find((m) => m.id === 'every-mistake') as Mission;

function custom(overrides: Partial<Mission> = {}): Mission {
  return { ...sample, id: 'teacher-own', solution: null, ...overrides };
}

function problemOf(code: unknown): CodeProblem | 'ok' {
  const r = decodeMission(code);
  if (r.ok) return 'ok';
  expect(r.message.zh.length).toBeGreaterThan(4);
  expect(r.message.en.length).toBeGreaterThan(10);
  return r.problem;
}

/** Re-encodes raw bytes the way a forged code would be made. */
function codeOf(bytes: number[]): string {
  return base64urlEncode(bytes);
}

describe('share codes', () => {
  test('every built-in mission: code in base64url without "=", at most 1 KB, decodes to the same mission without its solution', () => {
    for (const m of MISSIONS) {
      const code = encodeMission(m);
      expect({ id: m.id, ok: /^[A-Za-z0-9_-]+$/.test(code) && code.length <= 1024 }).toEqual({ id: m.id, ok: true });
      const back = decodeMission(code);
      if (!back.ok) throw new Error(`${m.id}: ${back.detail}`);
      expect(back.mission).toEqual({ ...m, solution: null });
      expect(encodeMission(back.mission)).toBe(code);
    }
  });

  test('the code carries no answer and nothing executable: the solution is left out, only data comes back', () => {
    const code = encodeMission(MISSIONS[0]);
    const back = decodeMission(code);
    expect(back.ok && back.mission.solution).toBe(null);
    expect(JSON.stringify(back)).not.toContain('function');
  });

  test('a decoded mission can be played: it starts and its goals are evaluated', () => {
    const back = decodeMission(encodeMission(custom()));
    if (!back.ok) throw new Error(back.detail);
    const run = startRun(back.mission, 0);
    expect(run.ok && run.run.status).toBe('playing');
  });

  test('empty, malformed, foreign, newer, truncated, tampered and oversized codes each get their own bilingual message', () => {
    const code = encodeMission(custom());
    expect(problemOf(code)).toBe('ok');
    expect(problemOf('')).toBe('empty');
    expect(problemOf(42)).toBe('empty');
    expect(problemOf(code.slice(0, 20) + '!' + code.slice(21))).toBe('malformed');
    expect(problemOf(code.slice(0, 10) + ' ' + code.slice(10))).toBe('malformed');
    expect(problemOf('SGVsbG8sIHdvcmxkIQ')).toBe('foreign'); // "Hello, world!"
    expect(problemOf(codeOf([0x52, 0x4c, 0x09, 1, 2, 3, 4, 5]))).toBe('newer');
    expect(problemOf(code.slice(0, code.length - 12))).toBe('damaged');
    expect(problemOf(code.slice(0, 6))).toBe('damaged');
    const middle = Math.floor(code.length / 2);
    const flipped = code.charAt(middle) === 'A' ? 'B' : 'A';
    expect(problemOf(code.slice(0, middle) + flipped + code.slice(middle + 1))).toBe('damaged');
    expect(problemOf('A'.repeat(MAX_CODE_LENGTH + 1))).toBe('too-long');
  });

  test('a well-formed code with a mission that breaks the schema or cannot start is refused', () => {
    expect(problemOf(encodeMission(custom({ goals: [] })))).toBe('invalid');
    expect(problemOf(encodeMission(custom({ factIds: ['Z-99'] })))).toBe('invalid');
    const badSelector = custom({
      goals: [{ id: 'x', label: { zh: '某', en: 'x' }, check: { sel: 'world' as never, path: '', op: 'truthy' } }],
    });
    expect(problemOf(encodeMission(badSelector))).toBe('invalid');
    const badPatch = custom({
      start: { scenario: 'fresh', patch: [{ op: 'set', path: ['platform', 'reviewHours'], value: 'soon' }] },
    });
    expect(problemOf(encodeMission(badPatch))).toBe('unplayable');
    const escape = custom({
      start: { scenario: 'fresh', patch: [{ op: 'set', path: ['learner', 'wechatId'], value: 'x' }] },
    });
    expect(problemOf(encodeMission(escape))).toBe('invalid');
    // The session may be set (a sandbox start carries who is logged in), but only to what the engine accepts.
    const badSession = custom({
      start: { scenario: 'fresh', patch: [{ op: 'set', path: ['session'], value: { actor: 1 } }] },
    });
    expect(problemOf(encodeMission(badSession))).toBe('unplayable');
  });

  test('importing: a good code adds (or replaces) a mission; a bad one changes nothing and says why', () => {
    const empty: ImportedMissions = { missions: [] };
    const added = importMission(empty, encodeMission(custom()), MISSIONS);
    expect(added.ok && added.library.missions.map((m) => m.id)).toEqual(['teacher-own']);
    const again = importMission(
      added.library,
      encodeMission(custom({ title: { zh: '新标题', en: 'New title' } })),
      MISSIONS,
    );
    expect(again.ok && again.replaced).toBe(true);
    expect(again.library.missions).toHaveLength(1);
    const before = JSON.stringify(added.library);
    for (const bad of ['', 'not a code!', encodeMission(custom()).slice(0, 30), 'SGVsbG8sIHdvcmxkIQ']) {
      const r = importMission(added.library, bad, MISSIONS);
      expect(r.ok).toBe(false);
      expect(r.library).toBe(added.library);
    }
    expect(JSON.stringify(added.library)).toBe(before);
    const shadow = importMission(empty, encodeMission({ ...MISSIONS[0], title: { zh: '假的', en: 'Fake' } }), MISSIONS);
    expect(shadow.ok).toBe(false);
    expect(!shadow.ok && shadow.message.en).toContain(MISSIONS[0].id);
    expect(!shadow.ok && { zh: shadow.message.zh, en: shadow.message.en }).toEqual({
      zh: `任务码使用了内置任务的编号 ${MISSIONS[0].id}，但内容不同：无法导入。`,
      en: `The code uses the built-in mission id ${MISSIONS[0].id} with different content: it cannot be imported.`,
    });
    const builtIn = importMission(empty, encodeMission(MISSIONS[0]), MISSIONS);
    expect(builtIn.ok && builtIn.library).toBe(empty);
  });

  test('the preset dictionary of code version 1 is frozen (changing it would break every shared code)', () => {
    const bytes = utf8Encode(DICTIONARY_V1);
    expect({ length: bytes.length, fnv1a: fnv1a(bytes) }).toEqual({ length: 2598, fnv1a: 3360235222 });
  });

  test('UTF-8 and base64url round-trip, and invalid UTF-8 is refused', () => {
    const text = '注册 RegLab ✓ 𠀋';
    expect(utf8Decode(utf8Encode(text))).toBe(text);
    for (const n of [0, 1, 2, 3, 4, 5]) {
      const bytes = Array.from({ length: n }, (_, i) => (i * 97) % 256);
      expect(base64urlDecode(base64urlEncode(bytes))).toEqual(bytes);
    }
    expect(utf8Decode([0xe6, 0xb3])).toBeNull();
    expect(utf8Decode([0xc0, 0x80])).toBeNull();
    expect(base64urlDecode('abcde')).toBeNull();
  });
});
