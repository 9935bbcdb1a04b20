/**
 * <console-capabilities>: 开发管理 → 接口设置, the capabilities a mini program switches on (WeChat Pay, the phone-number
 * quick verification component, business domains), with who may (facts I-03, D-10) and, once the phone-number
 * component is on, what each call costs. A refusal is shown under the list in the learner's words.
 *
 *   "usingComponents": { "console-capabilities": "/console/components/console-capabilities/index" }
 *   <console-capabilities id="capabilities" lang="{{lang}}" />
 */
import { capabilitiesView, CAPABILITIES } from '../../engine/index';
import type { Capability, CapabilityRow, World } from '../../engine/index';
import { localize } from '../../../core/i18n';
import type { Lang } from '../../../core/i18n';
import { worldViewBehavior } from '../../behaviors/world-view';
import { errorView } from '../../behaviors/console';
import type { FieldErrorView } from '../../behaviors/console';
import { act, getWorld } from '../../services/session';
import { dataString } from '../../home/page-utils';
import { CAPABILITIES_STRINGS } from './strings';

interface CapabilitiesData {
  s: Record<keyof typeof CAPABILITIES_STRINGS, string>;
  rows: CapabilityRow[];
  error: FieldErrorView | null;
}

type CapabilitiesMethods = {
  lang(): Lang;
  render(world: World): void;
  onEnable(e: WechatMiniprogram.CustomEvent): void;
};

Component<
  CapabilitiesData,
  { lang: { type: StringConstructor; value: string } },
  CapabilitiesMethods,
  [typeof worldViewBehavior]
>({
  options: { styleIsolation: 'apply-shared' },
  behaviors: [worldViewBehavior],
  properties: {
    lang: { type: String, value: 'zh' },
  },
  data: {
    s: localize(CAPABILITIES_STRINGS, 'zh'),
    rows: [],
    error: null,
  },
  observers: {
    lang() {
      this.render(getWorld());
    },
  },
  methods: {
    lang() {
      return this.data.lang === 'en' ? 'en' : 'zh';
    },
    render(world) {
      const lang = this.lang();
      this.updateText(CAPABILITIES_STRINGS, lang);
      this.update({ rows: capabilitiesView(world, lang) });
    },
    onEnable(e) {
      const id = dataString(e.currentTarget.dataset, 'id');
      if ((CAPABILITIES as readonly string[]).indexOf(id) < 0) return;
      const result = act({ type: 'dev.enableCapability', capability: id as Capability });
      this.update({ error: result.ok ? null : errorView(result.error, this.lang()) });
    },
  },
});
