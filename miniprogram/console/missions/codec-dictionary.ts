/**
 * The preset deflate dictionary of share codes, version 1: fragments that missions repeat (the short-key JSON,
 * selector names, event types and error codes, words of the console in both languages). Frozen: changing it
 * breaks every code already shared, so a new dictionary needs a new CODE_VERSION.
 */
export const DICTIONARY_V1 = [
  '"},{"i":"","L":{"z":"","e":"","C":{"l":"',
  '"},"C":{"s":"","K":"","o":"eq","V":',
  '"o":"truthy"}},"o":"gte","V":"G":[{"i":"',
  '"X":[],"H":[{"z":"',
  '"S":"register","O":"S":"complete","O":"S":"develop","O":"S":"release","O":',
  '"A":{"N":"fresh"},"A":{"N":"ready-to-release"},"A":{"N":"existing-app"},',
  '"F":["R-0","I-0","A-0","B-0","L-0","D-0","M-0","P-0","V-0","C-0"],',
  '"Q":[{"o":"set","K":["platform","apps","0",',
  'sessionView registrationView versionsView/online/version/version filingStatus/stage devSettingsView ',
  'basicInfoView membersView/project memberSlots verificationStatus releaseChecklist quotas phoneView',
  'APP_REGISTERED ACCOUNT_ACTIVATED ACTIVATION_MAIL_SENT MAIL_MOVED LOGGED_IN REVIEW_PASSED REVIEW_REJECTED ',
  'VERSION_UPLOADED VERSION_PUBLISHED SECRET_RESET API_CALL_SUCCEEDED MEMBER_ADDED FILING_DONE ',
  'VERIFICATION_PASSED _NOT_FOUND _LIMIT _QUOTA_USED _WRONG _INVALID _REQUIRED PERMISSION_DENIED',
  'The mini program is Version  is online the review the console the administrator your WeChat ',
  ' and then publish it. Register an individual mini program with the first time. is refused',
  'activation mail the email address the filing the AppSecret a member the secret upload',
  '小程序注册成功版本已上线审核通过发布备案已完成管理员微信扫码登录激活邮件邮箱手机号身份证',
  '验证码密码主体类目名称简称头像介绍修改次数成员开发者体验服务器域名上传代码提交控制台',
  '，然后再看看为什么。：。',
].join('');
