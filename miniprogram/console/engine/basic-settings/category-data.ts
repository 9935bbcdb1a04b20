import type { I18nText } from '../../../core/i18n';

/** A service category the simulated console offers (fact B-07). */
export interface CategoryDef {
  readonly id: string;
  readonly name: I18nText;
  /** Individuals may choose it (many categories need an organisation and a licence). */
  readonly individualAllowed: boolean;
  /** Days until a category that needs qualifications is approved; 0 means approved at once. */
  readonly approvalDays: number;
  /** The qualification document to upload with it (fact B-12), or null when it needs none. */
  readonly qualification: I18nText | null;
  /** Extra days a code review takes for mini programs in this category (fact P-04). */
  readonly extraReviewDays: number;
}

export const CATEGORIES: readonly CategoryDef[] = [
  {
    id: 'education.online',
    name: { zh: '教育服务 > 在线教育', en: 'Education > Online education' },
    individualAllowed: true,
    approvalDays: 0,
    qualification: null,
    extraReviewDays: 0,
  },
  {
    id: 'tools.notes',
    name: { zh: '工具 > 备忘录', en: 'Tools > Notes' },
    individualAllowed: true,
    approvalDays: 0,
    qualification: null,
    extraReviewDays: 0,
  },
  {
    id: 'tools.calculator',
    name: { zh: '工具 > 计算类', en: 'Tools > Calculators' },
    individualAllowed: true,
    approvalDays: 0,
    qualification: null,
    extraReviewDays: 0,
  },
  {
    id: 'tools.query',
    name: { zh: '工具 > 信息查询', en: 'Tools > Information lookup' },
    individualAllowed: true,
    approvalDays: 0,
    qualification: null,
    extraReviewDays: 0,
  },
  {
    id: 'food.recipes',
    name: { zh: '餐饮服务 > 菜谱', en: 'Food > Recipes' },
    individualAllowed: true,
    approvalDays: 0,
    qualification: null,
    extraReviewDays: 0,
  },
  {
    id: 'travel.guides',
    name: { zh: '旅游服务 > 旅游攻略', en: 'Travel > Travel guides' },
    individualAllowed: true,
    approvalDays: 0,
    qualification: null,
    extraReviewDays: 0,
  },
  {
    id: 'sports.fitness',
    name: { zh: '体育 > 健身', en: 'Sports > Fitness' },
    individualAllowed: true,
    approvalDays: 0,
    qualification: null,
    extraReviewDays: 0,
  },
  {
    id: 'business.management',
    name: { zh: '商业服务 > 企业管理', en: 'Business services > Company management' },
    individualAllowed: false,
    approvalDays: 0,
    qualification: null,
    extraReviewDays: 0,
  },
  {
    id: 'retail.general',
    name: { zh: '商家自营 > 百货', en: 'Own shop > General merchandise' },
    individualAllowed: false,
    approvalDays: 1,
    qualification: { zh: '营业执照（经营范围含所售商品）', en: 'a business licence covering the goods sold' },
    extraReviewDays: 0,
  },
  {
    id: 'social.forum',
    name: { zh: '社交 > 社区/论坛', en: 'Social > Community / forum' },
    individualAllowed: false,
    approvalDays: 2,
    qualification: {
      zh: '社区/论坛相关资质（如《增值电信业务经营许可证》）',
      en: 'a forum qualification (such as a value-added telecom licence)',
    },
    extraReviewDays: 7,
  },
  {
    id: 'medical.hospital',
    name: { zh: '医疗服务 > 公立医疗机构', en: 'Medical > Public hospitals' },
    individualAllowed: false,
    approvalDays: 3,
    qualification: { zh: '《医疗机构执业许可证》', en: 'a medical institution practising licence' },
    extraReviewDays: 7,
  },
  {
    id: 'finance.insurance',
    name: { zh: '金融业 > 保险', en: 'Finance > Insurance' },
    individualAllowed: false,
    approvalDays: 3,
    qualification: { zh: '保险业务经营许可证', en: 'an insurance business licence' },
    extraReviewDays: 7,
  },
];

export function findCategory(id: string): CategoryDef | undefined {
  return CATEGORIES.find((c) => c.id === id);
}
