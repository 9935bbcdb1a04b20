/**
 * <console-server-call>: the learner's own back-end server, simulated: it calls an API that needs the AppSecret
 * (`dev.callApi` with the secret typed in and the server's IP) and shows the platform's answer, so a reset secret
 * is felt: the old copy on the server stops working until the new one is put there (missions secret-reset,
 * secret-lost, every-mistake).
 *
 *   "console-server-call": "/console/components/console-server-call/index"
 *   <console-server-call id="server-call" lang="{{lang}}" />
 */
import { act } from '../../services/session';
import { errorView } from '../../behaviors/console';
import type { FieldErrorView } from '../../behaviors/console';
import { SAMPLE_IPS } from '../../engine/index';
import { localize, t } from '../../../core/i18n';
import { viewBehavior } from '../../../behaviors/view';
import { inputValue } from '../../home/page-utils';
import { SERVER_CALL_STRINGS } from './strings';

interface ServerCallData {
  s: Record<keyof typeof SERVER_CALL_STRINGS, string>;
  secret: string;
  ip: string;
  /** The success message, or '' (an error shows under the form instead). */
  ok: string;
  error: FieldErrorView | null;
}

type ServerCallMethods = {
  onSecret(e: WechatMiniprogram.CustomEvent): void;
  onIp(e: WechatMiniprogram.CustomEvent): void;
  onCall(): void;
};

Component<
  ServerCallData,
  { lang: { type: StringConstructor; value: string } },
  ServerCallMethods,
  [typeof viewBehavior]
>({
  options: { styleIsolation: 'apply-shared' },
  behaviors: [viewBehavior],
  properties: {
    lang: { type: String, value: 'zh' },
  },
  data: { s: localize(SERVER_CALL_STRINGS, 'zh'), secret: '', ip: SAMPLE_IPS[0], ok: '', error: null },
  observers: {
    lang(lang: unknown) {
      this.updateText(SERVER_CALL_STRINGS, lang === 'en' ? 'en' : 'zh');
    },
  },
  methods: {
    onSecret(e) {
      this.update({ secret: inputValue(e.detail).trim(), ok: '', error: null });
    },
    onIp(e) {
      this.update({ ip: inputValue(e.detail).trim(), ok: '', error: null });
    },
    onCall() {
      const lang = this.data.lang === 'en' ? 'en' : 'zh';
      const result = act({ type: 'dev.callApi', secret: this.data.secret, ip: this.data.ip });
      this.update(
        result.ok
          ? { ok: t(SERVER_CALL_STRINGS.ok, lang), error: null }
          : { ok: '', error: errorView(result.error, lang) },
      );
    },
  },
});
