import type { Question, QuestionType } from '../content-model';
import { t } from '../i18n';
import type { I18nText, Lang } from '../i18n';
import { SCORING_RULES, expectedResponse } from './grading';
import type { QuizResponse } from './grading';
import type { RunItem } from './run';
import { TYPE_LABELS, TRUE_FALSE_LABELS } from './texts';
export { TYPE_LABELS, TRUE_FALSE_LABELS } from './texts';

/** One option, ordering item or form field as shown; `index` is its original index, which answers use. */
export interface ChoiceView {
  readonly index: number;
  readonly text: string;
}

export interface FieldView {
  readonly index: number;
  readonly label: string;
  readonly value: string;
}

/** Everything a page needs to draw a question in one language. Plain data for setData. */
export interface QuestionView {
  readonly id: string;
  readonly type: QuestionType;
  readonly typeLabel: string;
  readonly prompt: string;
  readonly scoringRule: string;
  /** Options (single, multiple) or items to order (order), in the run's shown order. Empty otherwise. */
  readonly choices: readonly ChoiceView[];
  /** Title of the form (find the mistake), else ''. */
  readonly form: string;
  readonly fields: readonly FieldView[];
  readonly explanation: string;
  readonly lessonId: string;
  readonly sectionId: string;
}

function inOrder(order: readonly number[], texts: readonly I18nText[], lang: Lang): ChoiceView[] {
  const positions = order.length === texts.length ? order : texts.map((_, i) => i);
  return positions.map((index) => ({ index, text: t(texts[index], lang) }));
}

export function viewQuestion(question: Question, item: Pick<RunItem, 'order'> | undefined, lang: Lang): QuestionView {
  const order = item ? item.order : [];
  let choices: ChoiceView[] = [];
  let form = '';
  let fields: FieldView[] = [];
  if (question.type === 'single' || question.type === 'multiple') choices = inOrder(order, question.options, lang);
  if (question.type === 'order') choices = inOrder(order, question.items, lang);
  if (question.type === 'truefalse') {
    choices = [
      { index: 1, text: t(TRUE_FALSE_LABELS.true, lang) },
      { index: 0, text: t(TRUE_FALSE_LABELS.false, lang) },
    ];
  }
  if (question.type === 'mistake') {
    form = t(question.form, lang);
    fields = question.fields.map((f, index) => ({ index, label: t(f.label, lang), value: f.value }));
  }
  return {
    id: question.id,
    type: question.type,
    typeLabel: t(TYPE_LABELS[question.type], lang),
    prompt: t(question.prompt, lang),
    scoringRule: t(SCORING_RULES[question.type], lang),
    choices,
    form,
    fields,
    explanation: t(question.explanation, lang),
    lessonId: question.lessonId,
    sectionId: question.sectionId,
  };
}

/**
 * For true/false questions the view's choices use index 1 for "true" and 0 for "false";
 * this turns a tapped choice into the response the engine grades.
 */
export function trueFalseResponse(choiceIndex: number): QuizResponse {
  return { type: 'truefalse', value: choiceIndex === 1 };
}

/** The right answer in words, one line per option or step, for the feedback panel. */
export function describeAnswer(question: Question, lang: Lang): string[] {
  const expected = expectedResponse(question);
  switch (expected.type) {
    case 'single':
      return question.type === 'single' ? [t(question.options[expected.choice], lang)] : [];
    case 'multiple':
      return question.type === 'multiple' ? expected.choices.map((i) => t(question.options[i], lang)) : [];
    case 'truefalse':
      return [t(expected.value ? TRUE_FALSE_LABELS.true : TRUE_FALSE_LABELS.false, lang)];
    case 'order':
      return question.type === 'order'
        ? expected.sequence.map((i, step) => `${step + 1}. ${t(question.items[i], lang)}`)
        : [];
    case 'mistake':
      return question.type === 'mistake'
        ? [`${t(question.fields[expected.field].label, lang)}: ${question.fields[expected.field].value}`]
        : [];
  }
}
