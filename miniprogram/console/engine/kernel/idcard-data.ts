/**
 * The data of identity numbers and sample values: region codes, and the parts of the clearly fake names and
 * organisations the "示例数据" buttons fill in. Chinese by nature (a mainland ID card carries a Chinese name), so these
 * are values, not texts to translate.
 */

/** Province-level codes of GB/T 2260 (the first two digits). */
export const PROVINCE_CODES: Readonly<Record<string, string>> = {
  '11': '北京',
  '12': '天津',
  '13': '河北',
  '14': '山西',
  '15': '内蒙古',
  '21': '辽宁',
  '22': '吉林',
  '23': '黑龙江',
  '31': '上海',
  '32': '江苏',
  '33': '浙江',
  '34': '安徽',
  '35': '福建',
  '36': '江西',
  '37': '山东',
  '41': '河南',
  '42': '湖北',
  '43': '湖南',
  '44': '广东',
  '45': '广西',
  '46': '海南',
  '50': '重庆',
  '51': '四川',
  '52': '贵州',
  '53': '云南',
  '54': '西藏',
  '61': '陕西',
  '62': '甘肃',
  '63': '青海',
  '64': '宁夏',
  '65': '新疆',
  '71': '台湾',
  '81': '香港',
  '82': '澳门',
};

/** Sample names: a surname that says "test" and a cyclic stem (测试甲, 示例乙...). */
export const SURNAMES: readonly string[] = ['测试', '示例', '演示', '样例'];
export const GIVEN: readonly string[] = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'];
/** Every fourth sample name has the "·" separator, as minority names do (阿依·测试甲). */
export const MINORITY_PREFIX = '阿依·';

/** Sample organisations, each marked as simulated. */
export const SAMPLE_ORG_NAMES: readonly string[] = [
  '示例科技有限公司',
  '演示网络工作室',
  '样例教育咨询有限公司',
  '测试数据服务有限公司',
];
export const SIMULATED_PREFIX = '（模拟）';
