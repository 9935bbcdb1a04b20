import { MISSIONS, playSteps, startRun, type Mission } from '../../../miniprogram/console/missions/index';
import {
  assignmentId,
  assignmentMissions,
  missionNotStarted,
  missionResultFromRun,
  type Assignment,
  type AssignmentContext,
  type StudentResult,
} from '../../../miniprogram/console/classroom/index';

/** The largest built-in assignment: every built-in mission, an exam, a 40-character Chinese class name. */
export const LARGEST: Assignment = {
  className: '软件工程二〇二六级一班小程序注册与发布实训课程第三次实验课分组甲乙丙丁戊己庚辛壬'.slice(0, 40),
  due: '2026-12-31 23:59',
  seed: 4294967295,
  missions: MISSIONS.map((m) => ({ builtIn: m.id })),
  quiz: { mode: 'exam', count: 50, minutes: 180, passPercent: 100 },
};

/** Ten missions: the ones with the most goals (the largest result entries). */
export const TEN: readonly Mission[] = MISSIONS.slice()
  .sort((a, b) => b.goals.length - a.goals.length || b.id.length - a.id.length)
  .slice(0, 10);

export const LAB: Assignment = {
  className: '软件2301班',
  due: '2026-12-20 18:00',
  seed: 20261207,
  missions: TEN.map((m) => ({ builtIn: m.id })),
  quiz: { mode: 'exam', count: 20, minutes: 20, passPercent: 80 },
};

export function contextOf(a: Assignment): AssignmentContext {
  return { id: assignmentId(a), className: a.className, missions: assignmentMissions(a, MISSIONS), quiz: a.quiz };
}

const solvedRuns = new Map<string, ReturnType<typeof missionResultFromRun>>();

/** The result of playing a mission's reference solution (solved), computed once per mission. */
export function solvedResult(m: Mission) {
  let r = solvedRuns.get(m.id);
  if (!r) {
    const started = startRun(m, 0);
    if (!started.ok) throw new Error(m.id);
    const replay = playSteps(started.run, m.solution || []);
    r = missionResultFromRun(replay.run, 0);
    solvedRuns.set(m.id, r);
  }
  return r;
}

/**
 * A student's result for an assignment: student i solves the missions whose index is below `i % (n + 1)` (with
 * real played runs), has real times and hints, and gets a quiz score; the others are left unstarted.
 */
export function studentResult(a: Assignment, i: number, overrides: Partial<StudentResult> = {}): StudentResult {
  const missions = assignmentMissions(a, MISSIONS);
  const solvedUpTo = i % (missions.length + 1);
  return {
    assignment: assignmentId(a),
    className: a.className,
    student: { name: `学生${String(i + 1).padStart(2, '0')}`, number: `2023${String(i + 1).padStart(4, '0')}` },
    submittedAt: Date.UTC(2026, 11, 14, 2, 0) + i * 60000,
    missions: missions.map((m, k) =>
      k < solvedUpTo
        ? { ...solvedResult(m), hints: (i + k) % 3, timeMs: 60000 + 1000 * ((i * 7 + k) % 300) }
        : missionNotStarted(m),
    ),
    // 15 of 20 points (75 %), as the stages below add up: below the exam's pass mark of 80 %.
    quiz: {
      percent: 75,
      passed: false,
      stages: [
        { stage: 'register', total: 5, correct: 4, points: 4.5 },
        { stage: 'complete', total: 5, correct: 3, points: 3 },
        { stage: 'develop', total: 5, correct: 5, points: 5 },
        { stage: 'release', total: 5, correct: 2, points: 2.5 },
      ],
    },
    ...overrides,
  };
}
