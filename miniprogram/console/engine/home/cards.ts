/**
 * Short explanation cards for the parts of the real console that the simulation does not cover: a menu item or
 * a link opens one of these instead of doing nothing. Each says what that part of mp.weixin.qq.com is for.
 */
import { t, type I18nText, type Lang } from '../../../core/i18n';

export interface InfoCard {
  readonly id: string;
  readonly title: I18nText;
  readonly body: I18nText;
  /** Facts the card rests on (for the "why?" link), possibly none. */
  readonly factIds: readonly string[];
}

const card = (
  id: string,
  zh: string,
  en: string,
  bodyZh: string,
  bodyEn: string,
  factIds: string[] = [],
): InfoCard => ({
  id,
  title: { zh, en },
  body: { zh: bodyZh, en: bodyEn },
  factIds,
});

export const INFO_CARDS: readonly InfoCard[] = [
  card(
    'feedback',
    '用户反馈',
    'User feedback',
    '查看用户在小程序“投诉与反馈”里提交的问题和建议，可以回复用户。',
    'Read the problems and suggestions users send through the mini program’s “complaints and feedback”, and reply.',
  ),
  card(
    'stats',
    '统计',
    'Statistics',
    '访问量、用户画像、留存等数据分析。数据分析者和管理员可以查看（发布上线后才有数据）。',
    'Analytics: visits, user profiles, retention. Data analysts and the administrator can see it (data starts after release).',
    ['M-07'],
  ),
  card(
    'scan',
    '微信扫一扫',
    'WeChat Scan',
    '配置“扫普通链接二维码打开小程序”，让已有的网址二维码也能打开小程序。',
    'Lets existing web-address QR codes open the mini program (“scan an ordinary link QR code”).',
  ),
  card(
    'service',
    '客服',
    'Customer service',
    '绑定客服人员，用户在小程序里发起客服会话后由他们回复。',
    'Bind customer-service staff who answer the conversations users start from the mini program.',
  ),
  card(
    'subscribe',
    '订阅消息',
    'Subscription messages',
    '选用消息模板；用户同意订阅后，小程序可以给用户发送通知（如订单状态）。',
    'Pick message templates; after a user agrees, the mini program can send them notices (such as order status).',
  ),
  card(
    'content',
    '页面内容接入',
    'Page content access',
    '让微信搜索收录小程序页面内容（需要配置 sitemap），方便用户搜到。',
    'Lets WeChat search index the mini program’s pages (configured with a sitemap) so users can find them.',
  ),
  card(
    'devtools',
    '开发工具',
    'Developer tools',
    '下载微信开发者工具：用 AppID 新建项目、编写和调试代码，然后点“上传”把代码传为开发版本。本模拟在“版本管理”里用“从开发者工具上传”代替这一步。',
    'Download the WeChat developer tools: create a project with the AppID, write and debug code, then tap Upload to send it as a development version. Here, “Upload from DevTools” in Version management stands in for that step.',
    ['D-09', 'P-02'],
  ),
  card(
    'cloud',
    '云开发',
    'Cloud development',
    '微信提供的云函数、数据库和存储，不用自己搭服务器和配置域名。本模拟不包含云开发。',
    'WeChat’s cloud functions, database and storage, without your own server or domains. Not part of this simulation.',
  ),
  card(
    'growth',
    '成长',
    'Growth',
    '小程序评测、违规记录、用户体验评估等，帮助运营者改进小程序。',
    'Quality evaluation, violation records and experience scores that help operators improve the mini program.',
  ),
  card(
    'help',
    '帮助文档',
    'Help documents',
    '入门介绍、开发文档、设计规范和运营规范。提交审核前最好读一遍运营规范。',
    'Getting started, developer documentation, design guidelines and operating rules. Read the operating rules before review.',
  ),
  card(
    'qrcode',
    '小程序码及线下物料下载',
    'Mini program code and offline materials',
    '下载小程序码及搜索框等线下推广物料。发布上线后，用户扫码即可打开。模拟环境不提供真实下载。',
    'Download the mini program code and offline promotion materials such as the search box. After release, users scan it to open the mini program. No real download here.',
    ['B-01'],
  ),
  card(
    'migrate',
    '小程序迁移',
    'Mini program migration',
    '把小程序迁移到另一个主体（例如从个人迁到企业），需要双方主体确认并审核。主体信息本身不能直接修改。',
    'Moves the mini program to another subject (for example from an individual to a company); both subjects confirm and it is reviewed. The subject itself cannot simply be edited.',
    ['B-08'],
  ),
  card(
    'satisfaction',
    '用户满意度',
    'User satisfaction',
    '来源于微信随机邀请的用户，结果将显示在小程序资料页。评价的人够多之前显示“评价人数不足”。',
    'Collected by WeChat from randomly invited users and shown on the profile page. Until enough people rate it, it says “评价人数不足” (not enough ratings).',
    ['B-09'],
  ),
  card(
    'admin',
    '修改管理员',
    'Change the administrator',
    '更换管理员需要原管理员和新管理员分别用微信扫码验证（个人主体还要验证身份）。模拟环境不包含这一步。',
    'Changing the administrator needs scans by both the old and the new administrator (and an identity check for individuals). Not part of this simulation.',
    ['M-02'],
  ),
  card(
    'thirdparty',
    '第三方设置',
    'Third-party settings',
    '授权第三方平台代为开发和管理小程序。',
    'Authorise a third-party platform to develop and manage the mini program for you.',
  ),
  card(
    'related',
    '关联设置',
    'Related accounts',
    '关联公众号等，让它们可以互相跳转、在公众号文章里插入小程序。',
    'Link official accounts so they can open each other and articles can embed the mini program.',
  ),
  card(
    'follow',
    '关注公众号',
    'Follow an official account',
    '设置用户可以在小程序里关注的公众号。',
    'Choose the official account users can follow from the mini program.',
  ),
  card(
    'analytics',
    '数据分析',
    'Data analysis',
    '2020 年版控制台的统计模块：访问、留存、用户画像（新版控制台叫“统计”）。',
    'The statistics module of the 2020 console: visits, retention, user profiles (called 统计 in the newer console).',
    ['L-04'],
  ),
  card(
    'template',
    '模板消息',
    'Template messages',
    '2020 年版控制台的消息通知功能，后来被“订阅消息”取代。',
    'The 2020 console’s notification feature, later replaced by subscription messages.',
    ['L-04'],
  ),
  card(
    'servicefeedback',
    '客服反馈',
    'Service and feedback',
    '2020 年版控制台里的客服和用户反馈（新版分成“客服”和“用户反馈”）。',
    'Customer service and user feedback in the 2020 console (split into 客服 and 用户反馈 in the newer one).',
    ['L-04'],
  ),
  card(
    'nearby',
    '附近的小程序',
    'Nearby mini programs',
    '2020 年版控制台：把门店地址登记给小程序，让附近的用户发现它（该功能后来下线）。',
    'The 2020 console: register shop addresses so nearby users could discover the mini program (later retired).',
    ['L-04'],
  ),
  card(
    'ops',
    '运维中心',
    'Operations centre',
    '查看线上小程序的错误日志、性能和告警，排查用户遇到的问题。',
    'Error logs, performance and alerts of the live mini program, for tracking down users’ problems.',
    ['L-04'],
  ),
  card(
    'publisher',
    '流量主',
    'Ad publisher',
    '在小程序里展示广告并获得分成（需要达到一定的用户量）。',
    'Show ads in the mini program and share the revenue (needs a certain number of users).',
    ['L-04'],
  ),
  card(
    'advertiser',
    '广告主',
    'Advertiser',
    '投放广告推广自己的小程序。',
    'Buy ads to promote your own mini program.',
    ['L-04'],
  ),
  card(
    'violations',
    '违规记录',
    'Violation records',
    '平台对小程序的违规处理记录和申诉入口。',
    'The platform’s records of rule violations by the mini program, and where to appeal.',
    ['L-04'],
  ),
];

export function findInfoCard(id: string): InfoCard | undefined {
  return INFO_CARDS.find((c) => c.id === id);
}

/** A card as the <info-card> component shows it. */
export interface InfoCardView {
  id: string;
  title: string;
  lines: string[];
  /** The lesson section of the card's first fact, or ''. */
  lessonUrl: string;
}

/** The card in the learner's language; `lessonUrlFor` maps a fact ID to its lesson section URL ('' when none). */
export function infoCardView(card: InfoCard, lang: Lang, lessonUrlFor: (factId: string) => string): InfoCardView {
  return {
    id: card.id,
    title: t(card.title, lang),
    lines: [t(card.body, lang)],
    lessonUrl: card.factIds.length > 0 ? lessonUrlFor(card.factIds[0]) : '',
  };
}
