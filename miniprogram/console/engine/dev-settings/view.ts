/**
 * 开发管理 → 开发设置 (facts D-02..D-08): the developer ID (AppID, AppSecret state, never the secret itself), the
 * API IP whitelist, the four server-domain lists with their monthly change figure, and the code upload key.
 */
import { t, type I18nText, type Lang } from '../../../core/i18n';
import { formatDateTime } from '../kernel/time';
import { devSettingsView } from './selectors';
import { quotas } from '../basic-settings/selectors';
import { CAPABILITIES, DOMAIN_KINDS, type Capability, type DomainKind, type World } from '../kernel/types';
import { PHONE_NUMBER_FEE } from './rules';
import { label } from '../home/view';
import { CAPABILITY_LABELS, DEV_SETTINGS_TEXTS } from './texts';

export interface DomainRow {
  kind: DomainKind;
  label: string;
  protocol: string;
  list: string[];
  /** The list as the textarea holds it: one per line. */
  text: string;
}

export interface DevView {
  loggedIn: boolean;
  appId: string;
  secretGenerated: boolean;
  /** "已生成（2025-03-03 09:00）", or '' before. */
  secretState: string;
  secretFrozen: boolean;
  /** "冻结将于 … 生效", or ''. */
  freezePending: string;
  /** Fact D-06: the whitelist's switch and what it means now. */
  ipWhitelistOn: boolean;
  ipSwitchNote: string;
  ipWhitelist: string[];
  ipText: string;
  domains: DomainRow[];
  domainQuota: string;
  filedDomains: string;
  uploadKeyGenerated: boolean;
  uploadKeyState: string;
  uploadIpText: string;
}

export const DOMAIN_LABELS: Readonly<Record<DomainKind, I18nText>> = {
  request: DEV_SETTINGS_TEXTS.requestDomains,
  socket: DEV_SETTINGS_TEXTS.socketDomains,
  uploadFile: DEV_SETTINGS_TEXTS.uploadfileDomains,
  downloadFile: DEV_SETTINGS_TEXTS.downloadfileDomains,
};

const PROTOCOLS: Readonly<Record<DomainKind, string>> = {
  request: 'https',
  socket: 'wss',
  uploadFile: 'https',
  downloadFile: 'https',
};

/** The sample entries the 示例数据 button fills in: subdomains of a domain the simulated platform has filed. */
export function sampleDomain(kind: DomainKind, filed: readonly string[]): string {
  const base = filed.length > 0 ? filed[0] : 'reglab-demo.cn';
  const sub: Record<DomainKind, string> = { request: 'api', socket: 'ws', uploadFile: 'upload', downloadFile: 'cdn' };
  return `${PROTOCOLS[kind]}://${sub[kind]}.${base}`;
}

/** Documentation-range addresses (RFC 5737), clearly not a real server. */
export const SAMPLE_IPS: readonly string[] = ['203.0.113.10', '203.0.113.11'];

/** Splits a textarea into entries: one per line (commas and semicolons also separate), blanks dropped. */
export function splitLines(text: string): string[] {
  return text
    .split(/[\n,;，；]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const EMPTY: DevView = {
  loggedIn: false,
  appId: '',
  secretGenerated: false,
  secretState: '',
  secretFrozen: false,
  freezePending: '',
  ipWhitelistOn: false,
  ipSwitchNote: '',
  ipWhitelist: [],
  ipText: '',
  domains: [],
  domainQuota: '',
  filedDomains: '',
  uploadKeyGenerated: false,
  uploadKeyState: '',
  uploadIpText: '',
};

const IP_SWITCH_NOTES = {
  off: DEV_SETTINGS_TEXTS.ipWhitelistOffNote,
  on: DEV_SETTINGS_TEXTS.ipWhitelistOnNote,
};

export function devView(world: World, lang: Lang): DevView {
  const d = devSettingsView(world);
  const q = quotas(world);
  if (!d || !q) return EMPTY;
  const generated = DEV_SETTINGS_TEXTS.generated;
  const pending =
    d.freezePendingUntil !== null
      ? t(
          d.secretFrozen ? DEV_SETTINGS_TEXTS.unfreezingTakesEffectAt : DEV_SETTINGS_TEXTS.freezingTakesEffectAt,
          lang,
          { time: formatDateTime(d.freezePendingUntil) },
        )
      : '';
  const uploadKey = world.session ? world.apps.find((a) => a.appId === d.appId) : undefined;
  const keyAt = uploadKey && uploadKey.dev.uploadKey ? uploadKey.dev.uploadKey.generatedAt : null;
  return {
    loggedIn: true,
    appId: d.appId,
    secretGenerated: d.secretGenerated,
    secretState: d.secretGeneratedAt !== null ? `${t(generated, lang)}（${formatDateTime(d.secretGeneratedAt)}）` : '',
    secretFrozen: d.secretFrozen,
    freezePending: pending,
    ipWhitelistOn: d.ipWhitelistOn,
    ipSwitchNote: t(d.ipWhitelistOn ? IP_SWITCH_NOTES.on : IP_SWITCH_NOTES.off, lang),
    ipWhitelist: d.ipWhitelist,
    ipText: d.ipWhitelist.join('\n'),
    domains: DOMAIN_KINDS.map((kind) => ({
      kind,
      label: label(DOMAIN_LABELS[kind], lang),
      protocol: PROTOCOLS[kind],
      list: d.domains[kind],
      text: d.domains[kind].join('\n'),
    })),
    domainQuota: t(q.domainChanges.text, lang),
    filedDomains: d.filedDomains.join('、'),
    uploadKeyGenerated: d.uploadKeyGenerated,
    uploadKeyState: keyAt !== null ? `${t(generated, lang)}（${formatDateTime(keyAt)}）` : '',
    uploadIpText: d.uploadIpWhitelist.join('\n'),
  };
}

/** The AppSecret as shown after its one reveal: never the value, only that it exists. */
export const MASKED_SECRET = '••••••••••••••••••••••••••••••••';

/** The lists the page edits as text: the two IP whitelists and the four server domain kinds. */
export type DraftKey = 'ip' | 'uploadIp' | DomainKind;

export const DRAFT_KEYS: readonly DraftKey[] = ['ip', 'uploadIp', ...DOMAIN_KINDS];

export const EMPTY_DRAFTS: Readonly<Record<DraftKey, string>> = {
  ip: '',
  uploadIp: '',
  request: '',
  socket: '',
  uploadFile: '',
  downloadFile: '',
};

export const CLEAN_DRAFTS: Readonly<Record<DraftKey, boolean>> = {
  ip: false,
  uploadIp: false,
  request: false,
  socket: false,
  uploadFile: false,
  downloadFile: false,
};

export function isDraftKey(value: string): value is DraftKey {
  return (DRAFT_KEYS as readonly string[]).indexOf(value) >= 0;
}

export function isDomainKind(value: string): value is DomainKind {
  return (DOMAIN_KINDS as readonly string[]).indexOf(value) >= 0;
}

/** The saved value of a list, as its textarea shows it. */
export function savedDraftText(view: DevView, key: DraftKey): string {
  if (key === 'ip') return view.ipText;
  if (key === 'uploadIp') return view.uploadIpText;
  const row = view.domains.find((d) => d.kind === key);
  return row ? row.text : '';
}

/** The errors key a list's problems are shown under. */
export function draftErrorKey(key: DraftKey): string {
  return `list_${key}`;
}

/** One interface capability of 开发管理 → 接口设置 (facts I-03, D-10): whether it is on and what it costs. */
export interface CapabilityRow {
  id: Capability;
  label: string;
  enabled: boolean;
  state: string;
  /** The phone-number component's fee, shown once it is on (fact D-10); '' otherwise. */
  fee: string;
}

export function capabilitiesView(world: World, lang: Lang): CapabilityRow[] {
  const dev = devSettingsView(world);
  const on = dev ? dev.capabilities : [];
  return CAPABILITIES.map((id) => {
    const enabled = on.indexOf(id) >= 0;
    return {
      id,
      label: label(CAPABILITY_LABELS[id], lang),
      enabled,
      state: t(enabled ? DEV_SETTINGS_TEXTS.capabilityOn : DEV_SETTINGS_TEXTS.capabilityOff, lang),
      fee:
        enabled && id === 'phoneNumber'
          ? t(DEV_SETTINGS_TEXTS.phoneNumberFee, lang, {
              fee: PHONE_NUMBER_FEE.yuanPerCall,
              trial: PHONE_NUMBER_FEE.trialCalls,
            })
          : '',
    };
  });
}
