/**
 * <console-field-error>: an engine error under the field it concerns, with a "为什么？ Why?" link to the lesson
 * section of the error's first fact.
 *
 *   "usingComponents": { "console-field-error": "/console/components/console-field-error/index" }
 *   <console-field-error id="email-error" error="{{errors.email}}" lang="{{lang}}" />
 *
 * `error` is a FieldErrorView (behaviors/console.ts: errorView) or null (renders nothing). The link is hidden when
 * no lesson covers the fact.
 */
import { navigateTo } from '../../../services/navigation';
import { textBehavior } from '../../behaviors/texts';
import { FIELD_ERROR_STRINGS } from './strings';

type FieldErrorMethods = {
  onWhy(): void;
};

Component<
  Record<string, never>,
  { error: { type: ObjectConstructor; value: null }; lang: { type: StringConstructor; value: string } },
  FieldErrorMethods,
  WechatMiniprogram.Component.BehaviorOption
>({
  options: { styleIsolation: 'apply-shared' },
  behaviors: [textBehavior(FIELD_ERROR_STRINGS)],
  properties: {
    error: { type: Object, value: null },
    lang: { type: String, value: 'zh' },
  },
  methods: {
    onWhy() {
      const error = this.data.error as { lessonUrl?: unknown } | null;
      if (error && typeof error.lessonUrl === 'string' && error.lessonUrl) navigateTo(error.lessonUrl);
    },
  },
});
