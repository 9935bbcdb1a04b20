/**
 * The console home's texts: the menu, the release checklist and the page (`HOME_TEXTS`), and the explanation cards of
 * the parts of the real console the simulation does not cover (`INFO_CARDS`), each saying what that part is for.
 */
import type { I18nText } from '../../../core/i18n';

export const HOME_TEXTS = {
  basicSettings: { zh: '基本设置', en: 'Basic settings' },
  icpFiling: { zh: '小程序备案', en: 'ICP filing' },
  privacyGuide: { zh: '用户隐私保护指引', en: 'User privacy guide' },
  declareTheUserInformation: {
    zh: '声明代码收集的用户信息、用途、存储期限和联系方式；代码用到隐私接口时，提交审核前必须完成。',
    en: 'Declare the user information the code collects, what for, how long it is kept and a contact; needed before review when the code calls privacy APIs.',
  },
  wechatVerification: { zh: '微信认证', en: 'WeChat verification' },
  home: { zh: '首页', en: 'Home' },
  management: { zh: '管理', en: 'Management' },
  versionManagement: { zh: '版本管理', en: 'Version management' },
  memberManagement: { zh: '成员管理', en: 'Member management' },
  userFeedback: { zh: '用户反馈', en: 'User feedback' },
  statistics: { zh: '统计', en: 'Statistics' },
  features: { zh: '功能', en: 'Features' },
  wechatScan: { zh: '微信扫一扫', en: 'WeChat Scan' },
  customerService: { zh: '客服', en: 'Customer service' },
  subscriptionMessages: { zh: '订阅消息', en: 'Subscription messages' },
  pageContentAccess: { zh: '页面内容接入', en: 'Page content access' },
  development: { zh: '开发', en: 'Development' },
  developmentManagement: { zh: '开发管理', en: 'Development management' },
  developerTools: { zh: '开发工具', en: 'Developer tools' },
  cloudDevelopment: { zh: '云开发', en: 'Cloud development' },
  growth: { zh: '成长', en: 'Growth' },
  settings: { zh: '设置', en: 'Settings' },
  thirdPartySettings: { zh: '第三方设置', en: 'Third-party settings' },
  relatedAccounts: { zh: '关联设置', en: 'Related accounts' },
  followAnOfficialAccount: { zh: '关注公众号', en: 'Follow an official account' },
  versions: { zh: '开发版本管理', en: 'Versions' },
  developmentSettings: { zh: '开发设置', en: 'Development settings' },
  userRoles: { zh: '用户身份', en: 'User roles' },
  dataAnalysis: { zh: '数据分析', en: 'Data analysis' },
  templateMessages: { zh: '模板消息', en: 'Template messages' },
  serviceAndFeedback: { zh: '客服反馈', en: 'Service and feedback' },
  nearbyMiniPrograms: { zh: '附近的小程序', en: 'Nearby mini programs' },
  operationsCentre: { zh: '运维中心', en: 'Operations centre' },
  adPublisher: { zh: '流量主', en: 'Ad publisher' },
  advertiser: { zh: '广告主', en: 'Advertiser' },
  violationRecords: { zh: '违规记录', en: 'Violation records' },
  miniProgramInfo: { zh: '小程序信息', en: 'Mini program info' },
  addTheBasicInfo: {
    zh: '补充小程序的基本信息，如名称、图标、描述等',
    en: 'Add the basic info: name, icon, description',
  },
  serviceCategory: { zh: '小程序类目', en: 'Service category' },
  addServiceCategoriesAnd: {
    zh: '补充小程序的服务类目，设置主营类目',
    en: 'Add service categories and set the main one',
  },
  subjectVerification: { zh: '主体验证', en: 'Registered entity verification' },
  finishTheSmallPayment: {
    zh: '完成对公打款或微信认证后才能提交审核',
    en: 'Finish the small payment or WeChat verification before review',
  },
  aNewMiniProgram: {
    zh: '须完成备案后才能发布上线（提交审核不受影响）',
    en: 'Filing must be done before publishing (review is not affected)',
  },
  notVerifiedNote: {
    zh: '未认证：不能被搜索、不能被分享。可以正常提交审核和发布；需要时到“微信认证”申请。',
    en: 'Not verified: cannot be found by search or shared. Review and publishing work as usual; apply under WeChat verification when needed.',
  },
  verificationExpiredNote: {
    zh: '认证已过期：不能发布新版本、不能被搜索；逾期更久还会影响分享、新用户访问和支付。请完成年审。',
    en: 'Verification expired: no new releases and no search; later also no sharing, new users or payment. Complete the annual review.',
  },
  publishNudge: {
    zh: '版本 {version} 已审核通过 {days} 天，但还没有发布：用户看不到它。到“版本管理”点“发布”。',
    en: 'Version {version} passed review but is not published, so users cannot see it (days since the review: {days}). Open Version management (版本管理) and tap Publish (发布).',
  },
  downloadTheDeveloperTools: {
    zh: '下载开发者工具进行代码的开发和上传',
    en: 'Download the developer tools to write and upload code',
  },
  addDevelopers: { zh: '添加开发者', en: 'Add developers' },
  addDevelopersSoThey: { zh: '添加开发者，进行代码上传', en: 'Add developers so they can upload code' },
  configureTheServer: { zh: '配置服务器', en: 'Configure the server' },
  seeTheAppIDAnd: {
    zh: '在开发设置页面查看AppID和AppSecret，配置服务器域名',
    en: 'See the AppID and AppSecret and configure server domains in development settings',
  },
  helpDocuments: { zh: '帮助文档', en: 'Help documents' },
  gettingStartedDocsDesign: {
    zh: '可以阅读入门介绍、开发文档、设计规范和运营规范',
    en: 'Getting started, docs, design and operating rules',
  },
  release: { zh: '版本发布', en: 'Release' },
  uploadCodeSubmitIt: {
    zh: '先提交代码，然后提交审核，审核通过后可发布',
    en: 'Upload code, submit it for review, and publish once it passes',
  },
  done: { zh: '已完成', en: 'Done' },
  toDo: { zh: '去完成', en: 'To do' },
  optional: { zh: '可选', en: 'Optional' },
  unnamedMiniProgram: { zh: '未命名小程序', en: 'Unnamed mini program' },
  step1InfoAnd: { zh: 'step 1 · 完善信息与开发', en: 'Step 1 · Info and development' },
  step2Release: { zh: 'step 2 · 版本发布', en: 'Step 2 · Release' },
} satisfies Record<string, I18nText>;

export interface InfoCard {
  readonly id: string;
  readonly title: I18nText;
  readonly body: I18nText;
  /** Facts the card rests on (for the "why?" link), possibly none. */
  readonly factIds: readonly string[];
}

export const INFO_CARDS: readonly InfoCard[] = [
  {
    id: 'feedback',
    title: { zh: '用户反馈', en: 'User feedback' },
    body: {
      zh: '查看用户在小程序“投诉与反馈”里提交的问题和建议，可以回复用户。',
      en: 'Read the problems and suggestions users send through the mini program’s “complaints and feedback”, and reply.',
    },
    factIds: [],
  },
  {
    id: 'stats',
    title: { zh: '统计', en: 'Statistics' },
    body: {
      zh: '访问量、用户画像、留存等数据分析。数据分析者和管理员可以查看（发布上线后才有数据）。',
      en: 'Analytics: visits, user profiles, retention. Data analysts and the administrator can see it (data starts after release).',
    },
    factIds: ['M-07'],
  },
  {
    id: 'scan',
    title: { zh: '微信扫一扫', en: 'WeChat Scan' },
    body: {
      zh: '配置“扫普通链接二维码打开小程序”，让已有的网址二维码也能打开小程序。',
      en: 'Lets existing web-address QR codes open the mini program (“scan an ordinary link QR code”).',
    },
    factIds: [],
  },
  {
    id: 'service',
    title: { zh: '客服', en: 'Customer service' },
    body: {
      zh: '绑定客服人员，用户在小程序里发起客服会话后由他们回复。',
      en: 'Bind customer-service staff who answer the conversations users start from the mini program.',
    },
    factIds: [],
  },
  {
    id: 'subscribe',
    title: { zh: '订阅消息', en: 'Subscription messages' },
    body: {
      zh: '选用消息模板；用户同意订阅后，小程序可以给用户发送通知（如订单状态）。',
      en: 'Pick message templates; after a user agrees, the mini program can send them notices (such as order status).',
    },
    factIds: [],
  },
  {
    id: 'content',
    title: { zh: '页面内容接入', en: 'Page content access' },
    body: {
      zh: '让微信搜索收录小程序页面内容（需要配置 sitemap），方便用户搜到。',
      en: 'Lets WeChat search index the mini program’s pages (configured with a sitemap) so users can find them.',
    },
    factIds: [],
  },
  {
    id: 'devtools',
    title: { zh: '开发工具', en: 'Developer tools' },
    body: {
      zh: '下载微信开发者工具：用 AppID 新建项目、编写和调试代码，然后点“上传”把代码传为开发版本。本模拟在“版本管理”里用“从开发者工具上传”代替这一步。',
      en: 'Download the WeChat developer tools: create a project with the AppID, write and debug code, then tap Upload to send it as a development version. Here, “Upload from DevTools” in Version management stands in for that step.',
    },
    factIds: ['D-09', 'P-02'],
  },
  {
    id: 'cloud',
    title: { zh: '云开发', en: 'Cloud development' },
    body: {
      zh: '微信提供的云函数、数据库和存储，不用自己搭服务器和配置域名。本模拟不包含云开发。',
      en: 'WeChat’s cloud functions, database and storage, without your own server or domains. Not part of this simulation.',
    },
    factIds: [],
  },
  {
    id: 'growth',
    title: { zh: '成长', en: 'Growth' },
    body: {
      zh: '小程序评测、违规记录、用户体验评估等，帮助运营者改进小程序。',
      en: 'Quality evaluation, violation records and experience scores that help operators improve the mini program.',
    },
    factIds: [],
  },
  {
    id: 'help',
    title: { zh: '帮助文档', en: 'Help documents' },
    body: {
      zh: '入门介绍、开发文档、设计规范和运营规范。提交审核前最好读一遍运营规范。',
      en: 'Getting started, developer documentation, design guidelines and operating rules. Read the operating rules before review.',
    },
    factIds: [],
  },
  {
    id: 'qrcode',
    title: { zh: '小程序码及线下物料下载', en: 'Mini program code and offline materials' },
    body: {
      zh: '下载小程序码及搜索框等线下推广物料。发布上线后，用户扫码即可打开。模拟环境不提供真实下载。',
      en: 'Download the mini program code and offline promotion materials such as the search box. After release, users scan it to open the mini program. No real download here.',
    },
    factIds: ['B-01'],
  },
  {
    id: 'migrate',
    title: { zh: '小程序迁移', en: 'Mini program migration' },
    body: {
      zh: '把小程序迁移到另一个主体（例如从个人迁到企业），需要双方主体确认并审核。主体信息本身不能直接修改。',
      en: 'Moves the mini program to another registered entity (for example from an individual to a company); both entities confirm and it is reviewed. The registered entity itself cannot simply be edited.',
    },
    factIds: ['B-08'],
  },
  {
    id: 'satisfaction',
    title: { zh: '用户满意度', en: 'User satisfaction' },
    body: {
      zh: '来源于微信随机邀请的用户，结果将显示在小程序资料页。评价的人够多之前显示“评价人数不足”。',
      en: 'Collected by WeChat from randomly invited users and shown on the profile page. Until enough people rate it, it says “评价人数不足” (not enough ratings).',
    },
    factIds: ['B-09'],
  },
  {
    id: 'admin',
    title: { zh: '修改管理员', en: 'Change the administrator' },
    body: {
      zh: '更换管理员需要原管理员和新管理员分别用微信扫码验证（个人主体还要验证身份）。模拟环境不包含这一步。',
      en: 'Changing the administrator needs scans by both the old and the new administrator (and an identity check for individuals). Not part of this simulation.',
    },
    factIds: ['M-02'],
  },
  {
    id: 'thirdparty',
    title: { zh: '第三方设置', en: 'Third-party settings' },
    body: {
      zh: '授权第三方平台代为开发和管理小程序。',
      en: 'Authorise a third-party platform to develop and manage the mini program for you.',
    },
    factIds: [],
  },
  {
    id: 'related',
    title: { zh: '关联设置', en: 'Related accounts' },
    body: {
      zh: '关联公众号等，让它们可以互相跳转、在公众号文章里插入小程序。',
      en: 'Link official accounts so they can open each other and articles can embed the mini program.',
    },
    factIds: [],
  },
  {
    id: 'follow',
    title: { zh: '关注公众号', en: 'Follow an official account' },
    body: {
      zh: '设置用户可以在小程序里关注的公众号。',
      en: 'Choose the official account users can follow from the mini program.',
    },
    factIds: [],
  },
  {
    id: 'analytics',
    title: { zh: '数据分析', en: 'Data analysis' },
    body: {
      zh: '2020 年版控制台的统计模块：访问、留存、用户画像（新版控制台叫“统计”）。',
      en: 'The statistics module of the 2020 console: visits, retention, user profiles (called 统计 in the newer console).',
    },
    factIds: ['L-04'],
  },
  {
    id: 'template',
    title: { zh: '模板消息', en: 'Template messages' },
    body: {
      zh: '2020 年版控制台的消息通知功能，后来被“订阅消息”取代。',
      en: 'The 2020 console’s notification feature, later replaced by subscription messages.',
    },
    factIds: ['L-04'],
  },
  {
    id: 'servicefeedback',
    title: { zh: '客服反馈', en: 'Service and feedback' },
    body: {
      zh: '2020 年版控制台里的客服和用户反馈（新版分成“客服”和“用户反馈”）。',
      en: 'Customer service and user feedback in the 2020 console (split into 客服 and 用户反馈 in the newer one).',
    },
    factIds: ['L-04'],
  },
  {
    id: 'nearby',
    title: { zh: '附近的小程序', en: 'Nearby mini programs' },
    body: {
      zh: '2020 年版控制台：把门店地址登记给小程序，让附近的用户发现它（该功能后来下线）。',
      en: 'The 2020 console: register shop addresses so nearby users could discover the mini program (later retired).',
    },
    factIds: ['L-04'],
  },
  {
    id: 'ops',
    title: { zh: '运维中心', en: 'Operations centre' },
    body: {
      zh: '查看线上小程序的错误日志、性能和告警，排查用户遇到的问题。',
      en: 'Error logs, performance and alerts of the live mini program, for tracking down users’ problems.',
    },
    factIds: ['L-04'],
  },
  {
    id: 'publisher',
    title: { zh: '流量主', en: 'Ad publisher' },
    body: {
      zh: '在小程序里展示广告并获得分成（需要达到一定的用户量）。',
      en: 'Show ads in the mini program and share the revenue (needs a certain number of users).',
    },
    factIds: ['L-04'],
  },
  {
    id: 'advertiser',
    title: { zh: '广告主', en: 'Advertiser' },
    body: {
      zh: '投放广告推广自己的小程序。',
      en: 'Buy ads to promote your own mini program.',
    },
    factIds: ['L-04'],
  },
  {
    id: 'violations',
    title: { zh: '违规记录', en: 'Violation records' },
    body: {
      zh: '平台对小程序的违规处理记录和申诉入口。',
      en: 'The platform’s records of rule violations by the mini program, and where to appeal.',
    },
    factIds: ['L-04'],
  },
];

/** The release checklist's steps as the console names them (fact L-03). */
export const CHECKLIST_TITLES = {
  basicInfo: { zh: '小程序信息', en: 'Mini program info' },
  category: { zh: '小程序类目', en: 'Service category' },
  subject: { zh: '主体验证', en: 'Registered entity verification' },
  filing: { zh: '小程序备案', en: 'ICP filing' },
  privacy: { zh: '用户隐私保护指引', en: 'User privacy guide' },
  developers: { zh: '添加开发者', en: 'Add developers' },
  secret: { zh: '生成 AppSecret', en: 'Generate the AppSecret' },
  server: { zh: '配置服务器域名', en: 'Configure server domains' },
  upload: { zh: '上传代码', en: 'Upload code' },
  review: { zh: '提交审核', en: 'Submit for review' },
  publish: { zh: '发布', en: 'Publish' },
} satisfies Record<string, I18nText>;
