/**
 * 用户隐私保护指引 (fact B-11): every kind of user information with the API that collects it and whether the uploaded
 * code uses it, the saved guide, what is still undeclared, and the form's starting values and sample data.
 */
import { t, type Lang } from '../../../core/i18n';
import type { PrivacyDeclarationInput } from '../kernel/actions';
import { formatDate } from '../kernel/time';
import { PRIVACY_ITEMS, type PrivacyItem, type PrivacyRetention, type World } from '../kernel/types';
import { label } from '../home/view';
import { privacyStatus } from './selectors';
import { PRIVACY_ITEM_APIS, PRIVACY_ITEM_LABELS, PRIVACY_TEXTS, RETENTION_LABELS, SAMPLE_PURPOSES } from './texts';

export interface PrivacyItemRow {
  item: PrivacyItem;
  label: string;
  api: string;
  /** The newest uploaded code calls it. */
  used: boolean;
  /** The saved guide declares it. */
  declared: boolean;
}

/** What the form holds: the ticked kinds with their purposes, the retention and the contact. */
export interface PrivacyForm {
  checked: Record<PrivacyItem, boolean>;
  purposes: Record<PrivacyItem, string>;
  retention: PrivacyRetention;
  retentionDays: string;
  contact: string;
}

export interface PrivacyPageView {
  loggedIn: boolean;
  /** Review needs the guide under the active rule set. */
  required: boolean;
  done: boolean;
  statusText: string;
  codeUsesText: string;
  /** '' when everything the code uses is declared (or nothing is used). */
  undeclaredText: string;
  items: PrivacyItemRow[];
  retentions: { id: PrivacyRetention; label: string }[];
  /** The saved guide as sentences: "位置信息：用于…". */
  saved: string[];
}

const EMPTY: PrivacyPageView = {
  loggedIn: false,
  required: false,
  done: false,
  statusText: '',
  codeUsesText: '',
  undeclaredText: '',
  items: [],
  retentions: [],
  saved: [],
};

function names(items: readonly PrivacyItem[], lang: Lang): string {
  return items.map((i) => t(PRIVACY_ITEM_LABELS[i], lang)).join(lang === 'zh' ? '、' : ', ');
}

export function privacyPageView(world: World, lang: Lang): PrivacyPageView {
  const status = privacyStatus(world);
  if (!status) return EMPTY;
  const guide = status.guide;
  return {
    loggedIn: true,
    required: status.required,
    done: guide !== null,
    statusText: guide
      ? t(PRIVACY_TEXTS.completedOn, lang, { date: formatDate(guide.updatedAt) })
      : t(PRIVACY_TEXTS.notCompleted, lang),
    codeUsesText:
      status.codeUses.length > 0
        ? t(PRIVACY_TEXTS.codeUses, lang, { items: names(status.codeUses, lang) })
        : t(PRIVACY_TEXTS.codeUsesNothing, lang),
    undeclaredText:
      guide && status.undeclared.length > 0
        ? t(PRIVACY_TEXTS.undeclared, lang, { items: names(status.undeclared, lang) })
        : '',
    items: PRIVACY_ITEMS.map((item) => ({
      item,
      label: label(PRIVACY_ITEM_LABELS[item], lang),
      api: PRIVACY_ITEM_APIS[item],
      used: status.codeUses.indexOf(item) >= 0,
      declared: status.declared.indexOf(item) >= 0,
    })),
    retentions: (['untilDeleted', 'fixed'] as const).map((id) => ({ id, label: label(RETENTION_LABELS[id], lang) })),
    saved: guide
      ? guide.declarations
          .map((d) =>
            t(PRIVACY_TEXTS.savedLine, lang, { what: t(PRIVACY_ITEM_LABELS[d.item], lang), value: d.purpose }),
          )
          .concat([
            guide.retention === 'fixed'
              ? t(PRIVACY_TEXTS.savedLine, lang, {
                  what: t(RETENTION_LABELS.fixed, lang),
                  value: t(PRIVACY_TEXTS.retentionDaysText, lang, { days: guide.retentionDays }),
                })
              : t(RETENTION_LABELS.untilDeleted, lang),
            guide.contact,
          ])
      : [],
  };
}

function itemRecord<T>(value: (item: PrivacyItem) => T): Record<PrivacyItem, T> {
  const out = {} as Record<PrivacyItem, T>;
  for (const item of PRIVACY_ITEMS) out[item] = value(item);
  return out;
}

/** The form as the saved guide left it (empty when there is none). */
export function privacyFormOf(world: World | null): PrivacyForm {
  const status = world ? privacyStatus(world) : null;
  const guide = status ? status.guide : null;
  const purpose = (item: PrivacyItem) => {
    const d = guide ? guide.declarations.find((x) => x.item === item) : undefined;
    return d ? d.purpose : '';
  };
  return {
    checked: itemRecord((item) => (guide ? guide.declarations.some((d) => d.item === item) : false)),
    purposes: itemRecord(purpose),
    retention: guide ? guide.retention : 'untilDeleted',
    retentionDays: guide && guide.retention === 'fixed' ? String(guide.retentionDays) : '',
    contact: guide ? guide.contact : '',
  };
}

/** Sample data: what the code uses ticked, each with a plain purpose, kept until deleted, an example.com contact. */
export function samplePrivacyForm(world: World, lang: Lang): PrivacyForm {
  const status = privacyStatus(world);
  const used = status && status.codeUses.length > 0 ? status.codeUses : (['userInfo'] as PrivacyItem[]);
  return {
    checked: itemRecord((item) => used.indexOf(item) >= 0),
    purposes: itemRecord((item) =>
      used.indexOf(item) >= 0 ? t(PRIVACY_TEXTS.samplePurpose, lang, { use: t(SAMPLE_PURPOSES[item], lang) }) : '',
    ),
    retention: 'untilDeleted',
    retentionDays: '',
    contact: t(PRIVACY_TEXTS.sampleContact, lang),
  };
}

/** The ticked rows of the form, in the list's order, as the action's declarations. */
export function privacyDeclarations(form: PrivacyForm): PrivacyDeclarationInput[] {
  return PRIVACY_ITEMS.filter((item) => form.checked[item]).map((item) => ({ item, purpose: form.purposes[item] }));
}
