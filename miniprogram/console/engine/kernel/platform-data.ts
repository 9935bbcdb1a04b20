/**
 * What the simulated platform knows before the learner arrives (data, not interface text): the people who can be
 * added as members, names already taken, brand words, the words a name may not contain, the learner's own nickname.
 */
import type { Person } from './types';

export const DEFAULT_PEOPLE: readonly Person[] = [
  {
    wechatId: 'dev_xiaoming',
    nickname: '小明（示例）',
    findable: true,
    projectMemberships: 0,
    experienceMemberships: 0,
  },
  {
    wechatId: 'ops_xiaohong',
    nickname: '小红（示例）',
    findable: true,
    projectMemberships: 2,
    experienceMemberships: 1,
  },
  {
    wechatId: 'data_laowang',
    nickname: '老王（示例）',
    findable: true,
    projectMemberships: 0,
    experienceMemberships: 0,
  },
  { wechatId: 'tester_amy', nickname: 'Amy（示例）', findable: true, projectMemberships: 0, experienceMemberships: 3 },
  {
    wechatId: 'hidden_xiaoli',
    nickname: '小李（示例）',
    findable: false,
    projectMemberships: 0,
    experienceMemberships: 0,
  },
  {
    wechatId: 'busy_dev_50',
    nickname: '大忙人（示例）',
    findable: true,
    projectMemberships: 50,
    experienceMemberships: 50,
  },
];

/** Mini program names other accounts already hold. */
export const TAKEN_NAMES: readonly string[] = ['风陨', '学习助手', '天气小帮手', '读书打卡', '注册实训营'];

/** Brand words a name may not use without authorisation. */
export const BRAND_NAMES: readonly string[] = ['腾讯', '王者荣耀', '京东', '美团', '支付宝'];

/** Words a mini program name may not contain. */
export const FORBIDDEN_NAME_KEYWORDS: readonly string[] = ['小程序', '微信', 'wechat', 'weixin'];

/** The learner's WeChat nickname on the simulated phone. */
export const LEARNER_NICKNAME = '我（学员）';

/** The purpose a scenario-made privacy guide gives each kind of information (fact B-11). */
export const PRIVACY_SEED_PURPOSE = '用于展示学员的头像和昵称';
