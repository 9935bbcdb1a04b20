import type { Lesson } from '../../core/content-model';

/** Registration step ③ 信息登记: subject types, the individual form, the limits and the confirmation. */
export const REGISTER_INFO_LESSONS: readonly Lesson[] = [
  {
    id: 'register-subject',
    stage: 'register',
    order: 5,
    title: {
      zh: '注册第 3 步：信息登记与主体类型',
      en: 'Registration step 3: information registration and registered entity types',
    },
    summary: {
      zh: '选好注册地区和主体类型。个人、企业、政府、媒体、其他组织（以及个体工商户）验证方式不同，主体信息一经确认就不能改。',
      en: 'Choose the region and the registered entity type. Individuals, enterprises, government, media, other organisations (and individual businesses) verify differently, and registered entity info cannot be changed once confirmed.',
    },
    sources: ['seed-000', 'seed-002', 'off-intro', 'off-verify-icp', 'sec-verify', 'off-fastverify'],
    console: {
      target: '/console/register/index',
      label: { zh: '去做信息登记', en: 'Do the information registration' },
    },
    sections: [
      {
        id: 'register-subject.region',
        title: { zh: '注册国家/地区', en: 'Registration country/region' },
        factIds: ['I-01'],
        paragraphs: [
          {
            zh: '激活邮箱后进入"用户信息登记"。第一项是注册国家/地区，在中国大陆注册就选"中国大陆"。',
            en: 'After activation you reach User information registration (用户信息登记). The first field is the registration country/region; in mainland China choose Mainland China (中国大陆).',
          },
        ],
        callouts: [],
      },
      {
        id: 'register-subject.types',
        title: { zh: '五类主体', en: 'Five registered entity types' },
        factIds: ['I-02'],
        paragraphs: [
          {
            zh: '"主体"就是这个小程序归谁所有。可选类型：个人、企业、政府、媒体、其他组织。个体工商户凭营业执照按"企业"类型注册，只在微信认证时单独算一类（费用也不同）。',
            en: 'The registered entity (主体) is who owns the mini program. The types are 个人 (individual), 企业 (enterprise), 政府 (government), 媒体 (media) and 其他组织 (other organisation). An individual business (个体工商户) registers under Enterprise (企业) with its business licence and is a separate class only in WeChat verification (with its own fee).',
          },
          {
            zh: '按真实情况选择，后面要填写的内容随类型而变。',
            en: 'Pick the type that is true for you; the fields that follow depend on it.',
          },
        ],
        callouts: [],
      },
      {
        id: 'register-subject.individual',
        title: { zh: '个人主体能做什么', en: 'What an individual account can do' },
        factIds: ['I-03'],
        paragraphs: [
          {
            zh: '个人类型指由自然人注册和运营的帐号。现在个人小程序也可以申请微信认证，但仍然不能开通微信支付、不能使用手机号快速验证组件，也不能配置业务域名。',
            en: 'The individual type covers accounts registered and run by a natural person. Individuals can now apply for WeChat verification, but still cannot use WeChat Pay, the phone-number component or business domains.',
          },
        ],
        callouts: [
          {
            kind: 'older',
            factIds: ['I-03'],
            text: {
              zh: '旧教程（包括 2020–2022 年的截图）写着"个人类型暂不支持微信认证、微信支付及高级接口"。其中"不能认证"已经过时：个人现在可以认证。',
              en: 'Older tutorials (including 2020–2022 screenshots) say "individuals cannot use WeChat verification, WeChat Pay or advanced APIs". The "no verification" part is outdated: individuals can now be verified.',
            },
          },
        ],
      },
      {
        id: 'register-subject.org-verify',
        title: { zh: '企业和组织怎样验证主体', en: 'How enterprises and organisations verify the registered entity' },
        factIds: ['I-10'],
        paragraphs: [
          {
            zh: '现在的表单给企业三种方式：对公账户打款（用公司账户向平台打一笔小额验证款，款项会退回）、法定代表人扫脸、电子营业执照。以页面上实际列出的为准。',
            en: "Today's form offers an enterprise three ways: a payment from the company account (a small verification payment, returned afterwards), a face scan by the legal representative (法人扫脸), or the electronic business licence (电子营业执照). Go by what the page actually lists.",
          },
          {
            zh: '政府、媒体和其他组织没有打款这条路，只能通过微信认证来验证主体。',
            en: 'Government, media and other organisations have no payment option: they must use WeChat verification.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['I-10'],
            text: {
              zh: '企业：对公打款、法人扫脸或电子营业执照；政府、媒体、其他组织：微信认证。',
              en: 'Enterprise: company-account payment, legal representative face scan or electronic business licence; government, media, other organisations: WeChat verification.',
            },
          },
          {
            kind: 'older',
            factIds: ['I-10'],
            text: {
              zh: '旧教程（经典流程）只有两种：10 天内对公小额打款，或者微信认证。模拟后台的"经典规则"就是这一版。',
              en: "Older tutorials (the classic flow) show only two ways: a small company payment within 10 days, or WeChat verification. The simulated console's classic rules follow that version.",
            },
          },
        ],
      },
      {
        id: 'register-subject.responsibility',
        title: { zh: '登记意味着什么', en: 'What registering means' },
        factIds: ['I-11', 'I-09'],
        paragraphs: [
          {
            zh: '信息登记审核通过后，你享有帐号带来的权利和收益，也要对帐号的全部行为承担责任；登记信息会在法律允许的范围内向用户展示，法院、检察院、公安机关等也可以依法调取。',
            en: "Once approved, you enjoy the account's rights and revenue and take responsibility for everything it does; the registration details may be shown to users as the law allows, and courts, prosecutors and police may lawfully request them.",
          },
          {
            zh: '主体信息一旦确认就不能直接修改；真要换主体，只能走"小程序迁移"，把小程序迁到另一个主体名下，手续很多。提交前请逐项核对。',
            en: 'Registered entity information cannot simply be edited once confirmed; the only way to another entity is mini program migration (小程序迁移), a lengthy procedure. Check every field before submitting.',
          },
        ],
        callouts: [
          {
            kind: 'pitfall',
            factIds: ['I-09'],
            text: {
              zh: '主体信息确认后不能直接改（只能走小程序迁移）：提交前看清主体类型和每一项内容。',
              en: 'Registered entity info cannot be edited once confirmed (only migration changes it): check the type and every field before you submit.',
            },
          },
        ],
      },
    ],
  },
  {
    id: 'register-individual',
    stage: 'register',
    order: 6,
    title: {
      zh: '个人主体登记：字段、上限与确认',
      en: 'Registering as an individual: fields, limits and confirmation',
    },
    summary: {
      zh: '个人要填身份证姓名和号码、管理员手机号和 6 位短信验证码，再用管理员微信扫码。记住三个"5"，点"继续"后别忘了点"确定"。',
      en: 'Individuals enter the ID-card name and number, the administrator phone and a 6-digit SMS code, then scan with the administrator WeChat. Remember the three 5s, and click Confirm (确定) after Continue (继续).',
    },
    sources: ['seed-000', 'seed-002', 'off-fast-register'],
    console: {
      target: '/console/register/index',
      label: { zh: '去填个人主体信息', en: 'Fill in the individual form' },
    },
    sections: [
      {
        id: 'register-individual.fields',
        title: { zh: '个人主体要填什么', en: 'What the individual form asks for' },
        factIds: ['I-04'],
        paragraphs: [
          {
            zh: '依次填写：身份证姓名、身份证号码、管理员手机号码、短信验证码，最后做管理员身份验证——用管理员本人的微信扫描页面上的二维码。',
            en: "In order: the ID-card name, the ID-card number, the administrator's phone number, the SMS code, and finally administrator identity verification: scan the QR code with the administrator's own WeChat.",
          },
          {
            zh: '身份证姓名审核通过后就不能修改；如果名字里有分隔号"·"，照原样保留，不要省略。短信验证码是 6 位数字。',
            en: 'The ID-card name cannot be changed after review; if it contains the separator "·", keep it as it is. The SMS code has 6 digits.',
          },
          {
            zh: '身份证号码的第 18 位是校验位，由前 17 位算出：把前 17 位依次乘以权重 7、9、10、5、8、4、2、1、6、3、7、9、10、5、8、4、2，乘积相加，再除以 11 取余数；余数 0、1、2、3、4、5、6、7、8、9、10 分别对应校验位 1、0、X、9、8、7、6、5、4、3、2（X 代表 10）。所以输错任何一位，校验位几乎都会对不上：控制台提示校验位不对时，应逐位核对前 17 位，而不是去改最后一位。',
            en: 'The 18th character of an ID-card number is a check digit computed from the first 17: multiply them in turn by the weights 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2, add the products and take the remainder mod 11; remainders 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 give the check digits 1, 0, X, 9, 8, 7, 6, 5, 4, 3, 2 (X stands for 10). A mistyped digit almost always breaks the check, so when the console says the check digit is wrong, check the first 17 digits one by one rather than editing the last one.',
          },
        ],
        callouts: [
          {
            kind: 'tip',
            factIds: ['I-04'],
            text: {
              zh: '在模拟控制台里只用明显的示例数据（如"测试用户"、13800000000），不要输入真实的身份证号或手机号。',
              en: 'In the simulated console use only obvious sample data (such as 测试用户 or 13800000000): never type a real ID number or phone number.',
            },
          },
        ],
      },
      {
        id: 'register-individual.limits',
        mission: 'id-quota',
        title: { zh: '三个"5"', en: 'The three 5s' },
        factIds: ['I-05', 'I-06', 'I-07'],
        paragraphs: [
          {
            zh: '一个身份证号码最多注册 5 个小程序；一个手机号码最多注册 5 个小程序；一个微信号最多做 5 个小程序的管理员，试用小程序也占这个名额。',
            en: 'One ID-card number can register at most 5 mini programs; one phone number at most 5; one WeChat account can be administrator of at most 5 mini programs, and trial mini programs count towards that quota.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['I-05', 'I-06', 'I-07'],
            text: {
              zh: '身份证号 ≤ 5 个，手机号 ≤ 5 个，管理员微信号 ≤ 5 个（含试用小程序）。',
              en: 'Per ID number ≤ 5, per phone number ≤ 5, per administrator WeChat ≤ 5 (trial mini programs included).',
            },
          },
        ],
      },
      {
        id: 'register-individual.confirm',
        mission: 'cancelled-dialog',
        title: { zh: '点了"继续"还要点"确定"', en: 'After Continue (继续), click Confirm (确定)' },
        factIds: ['I-08', 'I-09'],
        paragraphs: [
          {
            zh: '填完点"继续"，页面会弹出一个确认框，请你再次确认所填信息。必须在框里点"确定"，注册才会完成；主体信息确认后就不能再改。',
            en: 'When you click 继续 (continue), a dialog pops up asking you to confirm what you entered. You must click 确定 (OK) in it for registration to complete; registered entity info cannot be changed once confirmed.',
          },
        ],
        callouts: [
          {
            kind: 'pitfall',
            factIds: ['I-08'],
            text: {
              zh: '常见失误：点了"继续"就关掉页面，没点弹窗里的"确定"，结果注册并没有完成。',
              en: 'A common slip: closing the page after Continue (继续) without clicking Confirm (确定) in the dialog, so registration never completes.',
            },
          },
        ],
      },
      {
        id: 'register-individual.done',
        title: { zh: '注册成功之后', en: 'After registration succeeds' },
        factIds: ['I-12'],
        paragraphs: [
          {
            zh: '提交成功，小程序就注册好了。接下来进入小程序后台：完善基本信息、获取 AppID 和 AppSecret、设置开发人员。',
            en: 'Once submitted, the mini program is registered. Next, go into its console to complete the basic info, get the AppID and AppSecret, and set up developers.',
          },
        ],
        callouts: [],
      },
    ],
  },
];
