import { STAGES } from '../content-model';
import type { Question, StageId } from '../content-model';
import { shuffle } from './random';

/** The exam's rules: a fixed number of questions drawn across the four stages, a time limit and a pass mark. */
export interface ExamConfig {
  readonly questionCount: number;
  readonly durationMinutes: number;
  /** Percent of the points needed to pass, 0–100. */
  readonly passPercent: number;
}

export const DEFAULT_EXAM: ExamConfig = { questionCount: 20, durationMinutes: 20, passPercent: 80 };

/**
 * How many questions each stage gives to an exam of `count` questions: as even as possible, the remainder to the
 * earlier stages, and a stage's shortfall (fewer questions than its share) handed on to stages that have more.
 */
export function stageQuotas(available: Readonly<Record<StageId, number>>, count: number): Record<StageId, number> {
  const quotas: Record<StageId, number> = { register: 0, complete: 0, develop: 0, release: 0 };
  const totalAvailable = STAGES.reduce((sum, s) => sum + available[s], 0);
  let remaining = Math.max(0, Math.min(Math.floor(count), totalAvailable));
  // Hand out one question at a time, round-robin over the stages in flow order, skipping stages that ran out.
  while (remaining > 0) {
    for (const stage of STAGES) {
      if (remaining === 0) break;
      if (quotas[stage] < available[stage]) {
        quotas[stage]++;
        remaining--;
      }
    }
  }
  return quotas;
}

/** Draws exam questions across the stages by `stageQuotas`, picking each stage's share at random from the seed. */
export function drawExamQuestions(bank: readonly Question[], config: ExamConfig, rng: () => number): Question[] {
  const byStage: Record<StageId, Question[]> = { register: [], complete: [], develop: [], release: [] };
  for (const q of bank) byStage[q.stage].push(q);
  const quotas = stageQuotas(
    {
      register: byStage.register.length,
      complete: byStage.complete.length,
      develop: byStage.develop.length,
      release: byStage.release.length,
    },
    config.questionCount,
  );
  const picked: Question[] = [];
  for (const stage of STAGES) picked.push(...shuffle(byStage[stage], rng).slice(0, quotas[stage]));
  return shuffle(picked, rng);
}
