import type { ErrorSpec } from '../kernel/errors';

/** Errors of the sandbox clock (time travel): each with its facts, the form field it concerns and its message. */
export const SANDBOX_ERRORS = {
  CLOCK_INVALID: {
    factIds: [],
    field: 'time',
    zh: '时间跳转需要一个正数的时长（最多 5 年）。',
    en: 'Time travel needs a positive duration (at most 5 years).',
  },
  CLOCK_BACKWARDS: {
    factIds: [],
    field: 'time',
    zh: '模拟时钟只能向前走：请选择晚于当前时间（{now}）的时刻。',
    en: 'The simulated clock only moves forward: choose a moment after the current time ({now}).',
  },
  CLOCK_OUT_OF_RANGE: {
    factIds: [],
    field: 'time',
    zh: '模拟时钟最远只能走到 {max}，这次跳转会超出这个范围。',
    en: 'The simulated clock goes no further than {max}; this jump would pass it.',
  },
} satisfies Record<string, ErrorSpec>;
