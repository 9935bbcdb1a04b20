import type {
  MistakeQuestion,
  MultipleChoiceQuestion,
  OrderQuestion,
  Question,
  SingleChoiceQuestion,
  StageId,
  TrueFalseQuestion,
} from '../../../miniprogram/core/content-model';

const txt = (zh: string, en: string) => ({ zh, en });

function base(id: string, stage: StageId, lessonId: string) {
  return {
    id,
    stage,
    lessonId,
    sectionId: `${lessonId}.s1`,
    factIds: ['R-03'],
    prompt: txt(`问题 ${id}`, `Question ${id}`),
    explanation: txt(`解析 ${id}`, `Explanation ${id}`),
  };
}

export const SINGLE: SingleChoiceQuestion = {
  ...base('q-single', 'register', 'lesson-a'),
  type: 'single',
  options: [txt('甲', 'A'), txt('乙', 'B'), txt('丙', 'C'), txt('丁', 'D')],
  answer: 2,
};

export const MULTIPLE: MultipleChoiceQuestion = {
  ...base('q-multiple', 'register', 'lesson-a'),
  type: 'multiple',
  options: [txt('甲', 'A'), txt('乙', 'B'), txt('丙', 'C'), txt('丁', 'D')],
  answer: [0, 2, 3],
};

export const TRUEFALSE: TrueFalseQuestion = {
  ...base('q-tf', 'complete', 'lesson-b'),
  type: 'truefalse',
  answer: false,
};

export const ORDER: OrderQuestion = {
  ...base('q-order', 'develop', 'lesson-c'),
  type: 'order',
  items: [txt('注册', 'Register'), txt('完善信息', 'Complete'), txt('开发', 'Develop'), txt('发布', 'Release')],
};

export const MISTAKE: MistakeQuestion = {
  ...base('q-mistake', 'release', 'lesson-d'),
  type: 'mistake',
  form: txt('注册表单', 'Sign-up form'),
  fields: [
    { label: txt('邮箱', 'Email'), value: 'a@example.com' },
    { label: txt('密码', 'Password'), value: 'abc12' },
    { label: txt('确认密码', 'Confirm'), value: 'abc12' },
  ],
  answer: 1,
};

export const ALL_TYPES: readonly Question[] = [SINGLE, MULTIPLE, TRUEFALSE, ORDER, MISTAKE];

const STAGE_LIST: readonly StageId[] = ['register', 'complete', 'develop', 'release'];

/** A bank of `perStage[i]` true/false questions for stage i, in lessons of five. */
export function makeBank(perStage: readonly number[]): Question[] {
  const out: Question[] = [];
  STAGE_LIST.forEach((stage, s) => {
    for (let i = 0; i < perStage[s]; i++) {
      out.push({
        ...base(`q-${stage}-${i}`, stage, `${stage}-lesson-${Math.floor(i / 5)}`),
        type: 'truefalse',
        answer: i % 2 === 0,
      });
    }
  });
  return out;
}

/** The full-credit answer for a fixture-bank true/false question. */
export function rightTrueFalse(q: Question): boolean {
  return q.type === 'truefalse' && q.answer;
}
