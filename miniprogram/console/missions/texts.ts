/**
 * The mission runtime's own texts: what a share code, a start world or the mission schema says to the learner
 * (codec.ts, start.ts, validate.ts; a finished run's refusal is the engine's `MISSION_OVER` error). Named
 * `{placeholders}`, filled by `formatText()`.
 */
import type { I18nText } from '../../core/i18n';
import type { CodeProblem } from './codec';

/** Why a share code was refused, by problem (shown on the mission codes page). */
export const CODE_PROBLEM_TEXTS: Readonly<Record<CodeProblem, I18nText>> = {
  empty: { zh: '请先粘贴或扫描任务码。', en: 'Paste or scan a mission code first.' },
  'too-long': {
    zh: '这段任务码太长了，不是本小程序生成的任务码。',
    en: 'This mission code is too long: it was not made by this app.',
  },
  malformed: {
    zh: '任务码里有不该出现的字符：请完整复制，不要加空格或换行。',
    en: 'The mission code has characters it should not have: copy it whole, without spaces or line breaks.',
  },
  foreign: { zh: '这不是注册实训营的任务码。', en: 'This is not a RegLab mission code.' },
  newer: {
    zh: '这个任务码来自更新版本的小程序：请先更新。',
    en: 'This mission code comes from a newer version of the app: update first.',
  },
  damaged: {
    zh: '任务码不完整或被改动过：请重新复制或扫描完整的任务码。',
    en: 'The mission code is incomplete or was changed: copy or scan the whole code again.',
  },
  invalid: {
    zh: '任务码里的任务内容有误，无法导入。',
    en: 'The mission in this code is not valid and cannot be imported.',
  },
  unplayable: {
    zh: '任务码里的起始状态无法在模拟控制台中建立。',
    en: 'The start state in this code cannot be built in the simulated console.',
  },
};

export const MISSION_TEXTS = {
  /** A code that reuses a built-in mission's id with other content. */
  shadowsBuiltIn: {
    zh: '任务码使用了内置任务的编号 {id}，但内容不同：无法导入。',
    en: 'The code uses the built-in mission id {id} with different content: it cannot be imported.',
  },
  startTimeInvalid: { zh: '开始时间 {at} 无效', en: 'The start time {at} is not valid' },
  scenarioUnknown: { zh: '没有名为 {scenario} 的场景', en: 'There is no scenario called {scenario}' },
  /** `item` counts from 1. */
  patchItemInvalid: {
    zh: '起始修改第 {item} 项无效：{problem}',
    en: 'Start patch item {item} is invalid: {problem}',
  },
  patchBreaksWorld: {
    zh: '起始修改让模拟世界不完整：{reason}',
    en: 'The start patch breaks the simulated world: {reason}',
  },
  /** `problem` is the schema's technical note (English, naming the field), kept for a teacher who edits codes. */
  missionInvalid: { zh: '任务数据有误（{problem}）', en: 'The mission data is not valid ({problem})' },
} satisfies Record<string, I18nText>;
