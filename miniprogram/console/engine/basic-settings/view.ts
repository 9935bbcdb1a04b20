/**
 * 设置 → 基本设置 as a table (facts B-01..B-10): each row's value, its "还能修改 N 次" figure from the engine's
 * quotas, and what its button does; the service-category list; sample values for the edit forms.
 */
import { t, type I18nText, type Lang } from '../../../core/i18n';
import { CATEGORIES } from './category-data';
import { formatDate } from '../kernel/time';
import { basicInfoView } from './selectors';
import { filingStatus } from '../filing/selectors';
import { verificationStatus } from '../verification/selectors';
import type { World } from '../kernel/types';
import { validateAbbreviation, validateAppName, validateIntroduction } from '../kernel/validators';
import { label } from '../home/view';
import { CONSOLE_PAGES } from '../../../core/console-routes';
import { BASIC_SETTINGS_TEXTS, EDIT_SAMPLES } from './texts';

export type EditField = 'name' | 'abbreviation' | 'introduction';

export interface BasicRow {
  id: string;
  label: string;
  value: string;
  /** The quota figure or a note, '' when none. */
  note: string;
  /** Button text, '' when the row has no button. */
  action: string;
  /** `edit:<field>`, `avatar`, `category`, `card:<id>` or a console route. */
  target: string;
  /** Second button (主体信息 → 小程序迁移). */
  action2: string;
  target2: string;
}

export interface CategoryRow {
  id: string;
  /** The ID usable in a WXML id attribute (`tools.notes` → `tools-notes`). */
  domId: string;
  name: string;
  status: string;
  approved: boolean;
  main: boolean;
}

export interface CategoryOption {
  id: string;
  domId: string;
  name: string;
  /** '' or why an individual cannot choose it / which qualification it needs and how long its approval takes. */
  note: string;
  added: boolean;
  /** It needs a qualification document, uploaded with it (fact B-12). */
  qualification: boolean;
}

export interface BasicView {
  loggedIn: boolean;
  rows: BasicRow[];
  categories: CategoryRow[];
  categoryQuota: string;
  mainQuota: string;
  /** Main category still needed under this rule set (the list shows a hint). */
  mainMissing: boolean;
  options: CategoryOption[];
}

const LABELS = {
  name: BASIC_SETTINGS_TEXTS.name,
  abbreviation: BASIC_SETTINGS_TEXTS.abbreviation,
  avatar: BASIC_SETTINGS_TEXTS.avatar,
  qrcode: BASIC_SETTINGS_TEXTS.codeAndOfflineMaterials,
  introduction: BASIC_SETTINGS_TEXTS.introduction,
  category: BASIC_SETTINGS_TEXTS.serviceCategories,
  subject: BASIC_SETTINGS_TEXTS.subject,
  verify: BASIC_SETTINGS_TEXTS.wechatVerification,
  filing: BASIC_SETTINGS_TEXTS.icpFiling,
  satisfaction: BASIC_SETTINGS_TEXTS.userSatisfaction,
};

const W = {
  unset: BASIC_SETTINGS_TEXTS.notSet,
  modify: BASIC_SETTINGS_TEXTS.change,
  fill: BASIC_SETTINGS_TEXTS.fillIn,
  details: BASIC_SETTINGS_TEXTS.details,
  download: BASIC_SETTINGS_TEXTS.download,
  migrate: BASIC_SETTINGS_TEXTS.migration,
  firstFree: BASIC_SETTINGS_TEXTS.theFirstSettingDoes,
  qrNote: BASIC_SETTINGS_TEXTS.downloadTheCodeAnd,
  notVerified: BASIC_SETTINGS_TEXTS.notVerified,
  reviewing: BASIC_SETTINGS_TEXTS.underReview,
  rejected: BASIC_SETTINGS_TEXTS.rejected,
  expired: BASIC_SETTINGS_TEXTS.expired,
  verifiedUntil: BASIC_SETTINGS_TEXTS.verifiedUntil,
  goVerify: BASIC_SETTINGS_TEXTS.verify,
  goFiling: BASIC_SETTINGS_TEXTS.file,
  satisfaction: BASIC_SETTINGS_TEXTS.notEnoughRatings,
  satisfactionNote: BASIC_SETTINGS_TEXTS.fromUsersWeChatInvites,
  approved: BASIC_SETTINGS_TEXTS.approved,
  categoryReviewing: BASIC_SETTINGS_TEXTS.underReview,
  none: BASIC_SETTINGS_TEXTS.noneAdded,
  individualNo: BASIC_SETTINGS_TEXTS.notForIndividuals,
  approvalDays: BASIC_SETTINGS_TEXTS.reviewedInNDays,
  needsQualification: BASIC_SETTINGS_TEXTS.needsQualification,
  required: BASIC_SETTINGS_TEXTS.requiredBeforeReview,
};

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const EMPTY: BasicView = {
  loggedIn: false,
  rows: [],
  categories: [],
  categoryQuota: '',
  mainQuota: '',
  mainMissing: false,
  options: [],
};

export function basicView(world: World, lang: Lang): BasicView {
  const info = basicInfoView(world);
  const verification = verificationStatus(world);
  const filing = filingStatus(world);
  if (!info || !verification || !filing) return EMPTY;
  const q = info.quotas;
  const unset = t(W.unset, lang);
  const editRow = (id: EditField, value: string | null, quota: I18nText): BasicRow => ({
    id,
    label: label(LABELS[id], lang),
    value: value !== null ? value : unset,
    note: value !== null ? t(quota, lang) : t(W.firstFree, lang),
    action: t(value !== null ? W.modify : W.fill, lang),
    target: `edit:${id}`,
    action2: '',
    target2: '',
  });
  const plain = (id: keyof typeof LABELS, value: string, note: string, action: string, target: string): BasicRow => ({
    id,
    label: label(LABELS[id], lang),
    value,
    note,
    action,
    target,
    action2: '',
    target2: '',
  });
  const avatar = info.avatar;
  const categoryValue = info.categories.length
    ? info.categories.map((c) => t(c.name, lang)).join(t(BASIC_SETTINGS_TEXTS.listSeparator, lang))
    : t(W.none, lang);
  let verifyValue = t(W.notVerified, lang);
  if (verification.stage === 'reviewing') verifyValue = t(W.reviewing, lang);
  else if (verification.valid && verification.expiresAt !== null) {
    verifyValue = t(W.verifiedUntil, lang, { date: formatDate(verification.expiresAt) });
  } else if (verification.expiresAt !== null) verifyValue = t(W.expired, lang);
  else if (verification.stage === 'rejected') verifyValue = t(W.rejected, lang);
  const filingDone = filing.stage === 'done';
  const subjectRow: BasicRow = {
    ...plain('subject', t(info.subject.text, lang), '', t(W.details, lang), 'card:subject'),
    action2: t(W.migrate, lang),
    target2: 'card:migrate',
  };
  const rows: BasicRow[] = [
    editRow('name', info.name, q.name.text),
    editRow('abbreviation', info.abbreviation, q.abbreviation.text),
    {
      ...plain(
        'avatar',
        avatar ? `${avatar.format.toUpperCase()} · ${sizeText(avatar.sizeBytes)}` : unset,
        t(avatar ? q.avatar.text : W.firstFree, lang),
        t(avatar ? W.modify : W.fill, lang),
        'avatar',
      ),
    },
    plain('qrcode', '', t(W.qrNote, lang), t(W.download, lang), 'card:qrcode'),
    editRow('introduction', info.introduction, q.introduction.text),
    plain('category', categoryValue, t(q.categoryAdditions.text, lang), t(W.details, lang), 'category'),
    subjectRow,
    plain(
      'verify',
      verifyValue,
      t(verification.feeNote, lang),
      verification.feeYuan === null && !verification.valid ? '' : t(verification.valid ? W.details : W.goVerify, lang),
      CONSOLE_PAGES.verify,
    ),
    plain(
      'filing',
      t(filing.label, lang),
      filing.required && !filingDone ? t(W.required, lang) : '',
      t(filingDone ? W.details : W.goFiling, lang),
      CONSOLE_PAGES.filing,
    ),
    plain(
      'satisfaction',
      t(W.satisfaction, lang),
      t(W.satisfactionNote, lang),
      t(W.details, lang),
      'card:satisfaction',
    ),
  ];
  const addedIds = info.categories.map((c) => c.id);
  const individual = currentSubjectType(world) === 'individual';
  return {
    loggedIn: true,
    rows,
    categories: info.categories.map((c) => ({
      id: c.id,
      domId: domId(c.id),
      name: t(c.name, lang),
      status: t(c.status === 'approved' ? W.approved : W.categoryReviewing, lang),
      approved: c.status === 'approved',
      main: c.main,
    })),
    categoryQuota: t(q.categoryAdditions.text, lang),
    mainQuota: t(q.mainCategory.text, lang),
    mainMissing: !info.categories.some((c) => c.main),
    options: CATEGORIES.map((c) => ({
      id: c.id,
      domId: domId(c.id),
      name: t(c.name, lang),
      note:
        individual && !c.individualAllowed
          ? t(W.individualNo, lang)
          : c.qualification
            ? t(W.needsQualification, lang, { document: t(c.qualification, lang), n: c.approvalDays })
            : c.approvalDays > 0
              ? t(W.approvalDays, lang, { n: c.approvalDays })
              : '',
      added: addedIds.indexOf(c.id) >= 0,
      qualification: c.qualification !== null && !(individual && !c.individualAllowed),
    })),
  };
}

function domId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '-');
}

function currentSubjectType(world: World): string {
  const session = world.session;
  const app = session ? world.apps.find((a) => a.appId === session.appId) : undefined;
  return app ? app.subject.type : '';
}

/** The subject's details card (fact B-08): masked values only. */
export function subjectDetails(world: World, lang: Lang): { title: string; lines: string[] } {
  const session = world.session;
  const app = session ? world.apps.find((a) => a.appId === session.appId) : undefined;
  if (!app) return { title: '', lines: [] };
  const s = app.subject;
  const info = basicInfoView(world);
  const T = BASIC_SETTINGS_TEXTS;
  const lines = [
    t(T.subjectLine, lang, { value: info ? t(info.subject.text, lang) : s.displayName }),
    t(T.idNumberLine, lang, { value: s.idMasked }),
    t(T.administratorPhoneLine, lang, { value: s.phoneMasked }),
  ];
  if (s.creditCodeMasked) lines.push(t(T.creditCodeLine, lang, { value: s.creditCodeMasked }));
  lines.push(t(T.theSubjectCannotBe, lang));
  return { title: label(LABELS.subject, lang), lines };
}

export function fieldLabel(field: EditField, lang: Lang): string {
  return label(LABELS[field], lang);
}

/** Hints under each edit field, as the console shows them. */
export const EDIT_HINTS: Readonly<Record<EditField, I18nText>> = {
  name: BASIC_SETTINGS_TEXTS.t430CharactersA,
  abbreviation: BASIC_SETTINGS_TEXTS.t210CharactersShorter,
  introduction: BASIC_SETTINGS_TEXTS.t4120CharactersDescribing,
};

/** Live validation of an edit field (the same rules the engine applies). */
export function validateEdit(world: World, field: EditField, value: string) {
  if (field === 'name') return validateAppName(value);
  if (field === 'introduction') return validateIntroduction(value);
  const info = basicInfoView(world);
  return validateAbbreviation(value, info ? info.name : null);
}

function nameTaken(world: World, name: string): boolean {
  const lower = name.toLowerCase();
  return (
    world.platform.names.some((n) => n.toLowerCase() === lower) ||
    world.apps.some((a) => a.basic.name !== null && a.basic.name.toLowerCase() === lower)
  );
}

/** A clearly simulated value for the edit form's 示例数据 button. */
export function sampleEditValue(world: World, field: EditField): string {
  const info = basicInfoView(world);
  if (field === 'introduction') return EDIT_SAMPLES.introduction;
  if (field === 'abbreviation') {
    const name = info && info.name !== null ? info.name : '';
    if (EDIT_SAMPLES.abbreviations[name]) return EDIT_SAMPLES.abbreviations[name];
    const chars = Array.from(name);
    return chars.length > 2
      ? chars.slice(0, Math.min(4, chars.length - 1)).join('')
      : EDIT_SAMPLES.abbreviationFallback;
  }
  const current = info ? info.name : null;
  const free = EDIT_SAMPLES.names.find((n) => n !== current && !nameTaken(world, n));
  return free || EDIT_SAMPLES.names[0];
}

export interface AvatarSample {
  id: string;
  label: I18nText;
  format: string;
  sizeBytes: number;
  /** The picture's stand-in: an emoji, the same in both languages. */
  glyph: string;
}

/** Sample avatar files: two that are accepted, and two that show the format and size rules (fact B-05). */
export const AVATAR_SAMPLES: readonly AvatarSample[] = [
  { id: 'book', label: BASIC_SETTINGS_TEXTS.bookIcon, format: 'png', sizeBytes: 86 * 1024, glyph: '📚' },
  { id: 'star', label: BASIC_SETTINGS_TEXTS.starIcon, format: 'jpg', sizeBytes: 240 * 1024, glyph: '⭐' },
  {
    id: 'photo',
    label: BASIC_SETTINGS_TEXTS.fullSizePhoto,
    format: 'png',
    sizeBytes: Math.round(3.4 * 1024 * 1024),
    glyph: '📷',
  },
  { id: 'webp', label: BASIC_SETTINGS_TEXTS.webpAnimation, format: 'webp', sizeBytes: 120 * 1024, glyph: '🎞️' },
];

export function avatarSampleLabel(sample: AvatarSample, lang: Lang): string {
  return t(BASIC_SETTINGS_TEXTS.avatarSample, lang, {
    label: t(sample.label, lang),
    format: sample.format.toUpperCase(),
    size: sizeText(sample.sizeBytes),
  });
}

/** The file extension of a picked file path (`wxfile://tmp_abc.png` → `png`). */
export function extensionOf(path: string): string {
  const clean = path.split('?')[0];
  const dot = clean.lastIndexOf('.');
  const slash = clean.lastIndexOf('/');
  return dot > slash && dot >= 0 ? clean.slice(dot + 1).toLowerCase() : '';
}
