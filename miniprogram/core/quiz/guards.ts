import { STAGES } from '../content-model';
import type { StageId } from '../content-model';
import { isFiniteNumber, isIntArray, isNonNegativeInt, isRecord, optional } from '../storage/guards';
import type { QuizResponse } from './grading';
import { QUIZ_MODES } from './run';
import type { ExamRules, QuizMode, QuizResult, QuizRun, RunItem } from './run';

export function isStageId(value: unknown): value is StageId {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

export function isQuizMode(value: unknown): value is QuizMode {
  return typeof value === 'string' && (QUIZ_MODES as readonly string[]).includes(value);
}

export function isQuizResponse(value: unknown): value is QuizResponse {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'single':
      return isNonNegativeInt(value.choice);
    case 'multiple':
      return isIntArray(value.choices);
    case 'truefalse':
      return typeof value.value === 'boolean';
    case 'order':
      return isIntArray(value.sequence);
    case 'mistake':
      return isNonNegativeInt(value.field);
    default:
      return false;
  }
}

function isRunItem(value: unknown): value is RunItem {
  return (
    isRecord(value) &&
    typeof value.questionId === 'string' &&
    isStageId(value.stage) &&
    isIntArray(value.order) &&
    optional(value.response, isQuizResponse) &&
    optional(value.score, isFiniteNumber)
  );
}

function isExamRules(value: unknown): value is ExamRules {
  return (
    isRecord(value) &&
    isFiniteNumber(value.durationMs) &&
    isFiniteNumber(value.passPercent) &&
    isFiniteNumber(value.deadline)
  );
}

export function isQuizRun(value: unknown): value is QuizRun {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    isQuizMode(value.mode) &&
    typeof value.target === 'string' &&
    isNonNegativeInt(value.seed) &&
    isFiniteNumber(value.startedAt) &&
    Array.isArray(value.items) &&
    value.items.length > 0 &&
    value.items.every(isRunItem) &&
    isNonNegativeInt(value.current) &&
    value.current < value.items.length &&
    optional(value.finishedAt, isFiniteNumber) &&
    optional(value.exam, isExamRules)
  );
}

function isStageRow(value: unknown): boolean {
  return (
    isRecord(value) &&
    isStageId(value.stage) &&
    isNonNegativeInt(value.total) &&
    isNonNegativeInt(value.correct) &&
    isFiniteNumber(value.points)
  );
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

export function isQuizResult(value: unknown): value is QuizResult {
  return (
    isRecord(value) &&
    typeof value.runId === 'string' &&
    isQuizMode(value.mode) &&
    typeof value.target === 'string' &&
    isNonNegativeInt(value.total) &&
    isNonNegativeInt(value.answered) &&
    isNonNegativeInt(value.correct) &&
    isFiniteNumber(value.points) &&
    Array.isArray(value.byStage) &&
    value.byStage.every(isStageRow) &&
    Array.isArray(value.wrongIds) &&
    value.wrongIds.every((v) => typeof v === 'string') &&
    isFiniteNumber(value.durationMs) &&
    optional(value.passed, isBoolean) &&
    optional(value.passPercent, isFiniteNumber) &&
    optional(value.timedOut, isBoolean)
  );
}
