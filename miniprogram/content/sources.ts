import type { Source } from '../core/content-model';

/**
 * Where the lessons come from. Seeds are the team's three walkthroughs (../shared/seeds/); official documents are
 * named by their public address, which the app shows as text and never fetches. `asOf` is the newest date a source supports.
 */
export const SOURCES: readonly Source[] = [
  {
    id: 'seed-000',
    kind: 'seed',
    title: {
      zh: '小程序注册图文教程（2020–2022 年截图）',
      en: 'Mini program registration walkthrough (2020–2022 screenshots)',
    },
    where: 'seeds/000_2fe52de7a470239b.txt',
    asOf: '2022',
  },
  {
    id: 'seed-002',
    kind: 'seed',
    title: { zh: '2023 最新微信小程序注册流程', en: 'The 2023 WeChat mini program registration flow' },
    where: 'seeds/002_c0df2c5acec6a171.txt',
    asOf: '2023-05-13',
  },
  {
    id: 'seed-003',
    kind: 'seed',
    title: {
      zh: '微信小程序简介与帐号注册（中英双语）',
      en: 'WeChat mini programs: introduction and account registration (bilingual)',
    },
    where: 'seeds/003_2fb26177db2a9fcd.txt',
    asOf: '2026-01-21',
  },
  {
    id: 'off-intro',
    kind: 'official',
    title: { zh: '微信官方文档：小程序接入指南', en: 'Official docs: getting started with mini programs' },
    where: 'https://developers.weixin.qq.com/miniprogram/introduction/',
    asOf: '2025',
  },
  {
    id: 'off-sandbox',
    kind: 'official',
    title: { zh: '微信官方文档：申请测试号', en: 'Official docs: applying for a test account' },
    where: 'https://developers.weixin.qq.com/miniprogram/dev/devtools/sandbox.html',
    asOf: '2025',
  },
  {
    id: 'off-fast-register',
    kind: 'official',
    title: {
      zh: '微信官方文档：注册试用小程序（管理员绑定上限说明）',
      en: 'Official docs: registering a trial mini program (administrator binding limit)',
    },
    where:
      'https://developers.weixin.qq.com/doc/oplatform/openApi/register-management/fast-regist-beta/api_registerbetaminiprogram.html',
    asOf: '2025',
  },
  {
    id: 'off-setnickname',
    kind: 'official',
    title: { zh: '微信官方文档：设置小程序名称', en: 'Official docs: setting the mini program name' },
    where:
      'https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/basic-info-management/api_setnickname.html',
    asOf: '2025',
  },
  {
    id: 'off-setheadimage',
    kind: 'official',
    title: { zh: '微信官方文档：修改小程序头像', en: 'Official docs: changing the mini program avatar' },
    where:
      'https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/miniprogram-management/basic-info-management/setHeadImage.html',
    asOf: '2025',
  },
  {
    id: 'off-setsignature',
    kind: 'official',
    title: { zh: '微信官方文档：修改小程序介绍', en: 'Official docs: changing the mini program introduction' },
    where:
      'https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/miniprogram-management/basic-info-management/setSignature.html',
    asOf: '2025',
  },
  {
    id: 'off-category',
    kind: 'official',
    title: {
      zh: '微信官方文档与平台公告：服务类目与主营类目（2022-06-01 起）',
      en: 'Official docs and notice: service categories and the main category (from 2022-06-01)',
    },
    where: 'https://developers.weixin.qq.com/miniprogram/introduction/',
    asOf: '2025',
  },
  {
    id: 'off-filing-notice',
    kind: 'official',
    title: {
      zh: '微信公众平台公告：关于开展微信小程序备案的通知（2023-08-09）',
      en: 'WeChat platform notice on mini program filing (2023-08-09)',
    },
    where: 'https://mp.weixin.qq.com (平台公告 / platform notice, 2023-08-09)',
    asOf: '2024',
  },
  {
    id: 'off-icp-filing',
    kind: 'official',
    title: { zh: '微信官方文档：申请小程序备案', en: 'Official docs: applying for mini program filing' },
    where:
      'https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_applyicpfiling.html',
    asOf: '2024',
  },
  {
    id: 'off-verify-icp',
    kind: 'official',
    title: {
      zh: '微信官方文档：认证及备案二合一介绍',
      en: 'Official docs: verification and filing in one application',
    },
    where: 'https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/product/wxverifyicp.html',
    asOf: '2024',
  },
  {
    id: 'sec-verify',
    kind: 'secondary',
    title: {
      zh: '二手资料：微信认证费用与年审（开发者文章、客服答复转述）',
      en: 'Secondary: verification fees and annual review (developer posts, customer-service replies)',
    },
    where: 'https://github.com/Misaka-1314/MisakaStudy-MIniProgram/discussions/8',
    asOf: '2025',
  },
  {
    id: 'off-server-api',
    kind: 'official',
    title: {
      zh: '微信官方文档：服务端 API 调用说明（AppSecret 管理、API IP 白名单）',
      en: 'Official docs: calling server APIs (AppSecret management, API IP whitelist)',
    },
    where: 'https://developers.weixin.qq.com/doc/oplatform/developers/dev/api.html',
    asOf: '2025',
  },
  {
    id: 'off-domain',
    kind: 'official',
    title: { zh: '微信官方文档：配置小程序服务器域名', en: 'Official docs: configuring server domains' },
    where:
      'https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/domain-management/api_modifyserverdomain.html',
    asOf: '2025',
  },
  {
    id: 'off-ci',
    kind: 'official',
    title: {
      zh: '微信官方文档：miniprogram-ci（代码上传密钥）',
      en: 'Official docs: miniprogram-ci (code upload key)',
    },
    where: 'https://developers.weixin.qq.com/miniprogram/dev/devtools/ci.html',
    asOf: '2025',
  },
  {
    id: 'off-members',
    kind: 'official',
    title: {
      zh: '微信官方文档：成员管理与绑定体验者',
      en: 'Official docs: member management and binding experience members',
    },
    where:
      'https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/member-management/api_bindtester.html',
    asOf: '2025',
  },
  {
    id: 'off-release',
    kind: 'official',
    title: { zh: '微信官方文档：协同工作和发布', en: 'Official docs: collaboration and release' },
    where: 'https://developers.weixin.qq.com/miniprogram/dev/framework/quickstart/release.html',
    asOf: '2025',
  },
  {
    id: 'off-undo-audit',
    kind: 'official',
    title: { zh: '微信官方文档：撤回代码审核', en: 'Official docs: withdrawing a code review' },
    where:
      'https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_undoaudit.html',
    asOf: '2025',
  },
  {
    id: 'off-rollback',
    kind: 'official',
    title: { zh: '微信官方文档：小程序版本回退', en: 'Official docs: rolling back a release' },
    where:
      'https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/code-management/api_revertcoderelease.html',
    asOf: '2025',
  },
];
