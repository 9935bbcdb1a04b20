/** Stage 开发小程序: AppSecret, IP whitelist, server domains, upload key, members and permissions. */
import { AS_ENTERPRISE, all, DAY, forbid, goal, logged, mission, not, sel, t, upload, wait } from './dsl';
import type { Mission } from './model';

const IP = '203.0.113.10';
const call = (secret: string, ip = IP) => ({ type: 'dev.callApi' as const, secret, ip });
const scan = { type: 'phone.confirmScan' as const, scanId: '$scan' };

export const DEVELOP_MISSIONS: readonly Mission[] = [
  mission({
    id: 'secret-reset',
    title: t('重置 AppSecret 的后果', 'What a secret reset does'),
    briefing: t(
      `生成 AppSecret 并让服务器（IP ${IP}）调用成功；然后重置它，看旧密钥立即失效，再把新密钥配置到服务器。`,
      `Generate the AppSecret and make a server call from ${IP} succeed; then reset it, watch the old secret fail at once, and put the new one on the server.`,
    ),
    stage: 'develop',
    order: 1,
    factIds: ['D-04', 'D-06'],
    start: { scenario: 'ready-to-release' },
    goals: [
      goal(
        'old-fails',
        '重置后旧密钥失败',
        'The old secret fails after the reset',
        logged('API_SECRET_INVALID', 'SECRET_RESET'),
      ),
      goal(
        'new-works',
        '新密钥调用成功',
        'A call with the new secret succeeds',
        logged('API_CALL_SUCCEEDED', 'SECRET_RESET'),
      ),
    ],
    forbidden: [],
    hints: [
      t('调用前先把服务器 IP 加入白名单。', "Put the server's IP on the whitelist before calling."),
      t('密钥只显示一次：平台不保存明文。', 'The secret is shown once: the platform keeps no plain text.'),
    ],
    solution: [
      { type: 'dev.generateSecret' },
      { type: 'dev.setIpWhitelist', ips: [IP] },
      call('$secret'),
      { type: 'dev.resetSecret' },
      call('$oldSecret'),
      call('$secret'),
    ],
  }),
  mission({
    id: 'secret-lost',
    title: t('AppSecret 丢了', 'The AppSecret is lost'),
    briefing: t(
      `密钥早就生成过，但没人保存，服务器调用一直失败。重置密钥，并让 ${IP} 上的服务器用新密钥调用成功。`,
      `The secret was generated long ago and nobody saved it, so server calls fail. Reset it and make the server at ${IP} call successfully with the new one.`,
    ),
    stage: 'develop',
    order: 2,
    factIds: ['D-04'],
    start: { scenario: 'secret-lost' },
    goals: [
      goal('reset', '密钥已重置', 'The secret is reset', logged('SECRET_RESET')),
      goal(
        'works',
        '服务器用新密钥调用成功',
        'The server calls with the new secret',
        logged('API_CALL_SUCCEEDED', 'SECRET_RESET'),
      ),
    ],
    forbidden: [],
    hints: [t('已生成过的密钥不能“再生成”，只能重置。', 'A generated secret cannot be generated again, only reset.')],
    solution: [{ type: 'dev.resetSecret' }, call('$secret')],
  }),
  mission({
    id: 'ip-whitelist',
    title: t('IP 白名单', 'The IP whitelist'),
    briefing: t(
      `生成密钥，开启 IP 白名单，再从 ${IP} 调用接口：先看看不在白名单时会怎样，再用一个 IP 段放行它。`,
      `Generate the secret, switch the IP whitelist on and call from ${IP}: see what happens while it is not listed, then allow it with a range.`,
    ),
    stage: 'develop',
    order: 3,
    factIds: ['D-06'],
    start: { scenario: 'ready-to-release' },
    goals: [
      goal('on', '白名单已开启', 'The whitelist is on', sel('devSettingsView', 'ipWhitelistOn', 'eq', true)),
      goal('refused', '不在白名单被拒', 'Refused: not on the whitelist', logged('API_IP_NOT_WHITELISTED')),
      goal('works', '调用成功', 'The call succeeds', logged('API_CALL_SUCCEEDED', 'API_IP_NOT_WHITELISTED')),
    ],
    forbidden: [],
    hints: [
      t(
        '开发管理 → 开发设置 → IP 白名单：新小程序默认未开启。',
        'Development → settings → IP whitelist: off for a new mini program.',
      ),
      t('IP 段可以写成 203.0.113.* 或 203.0.113.0/24。', 'A range is written 203.0.113.* or 203.0.113.0/24.'),
    ],
    solution: [
      { type: 'dev.generateSecret' },
      { type: 'dev.setIpWhitelistOn', on: true },
      call('$secret'),
      { type: 'dev.setIpWhitelist', ips: ['203.0.113.*'] },
      call('$secret'),
    ],
  }),
  mission({
    id: 'freeze-secret',
    title: t('冻结 AppSecret', 'Freeze the AppSecret'),
    briefing: t(
      '怀疑密钥泄露：冻结它，等冻结生效后确认服务器调用被拒。',
      'The secret may have leaked: freeze it, and once the freeze takes effect confirm that server calls are refused.',
    ),
    stage: 'develop',
    order: 4,
    factIds: ['D-05'],
    start: { scenario: 'ready-to-release' },
    goals: [
      goal('frozen', '密钥已冻结', 'The secret is frozen', sel('devSettingsView', 'secretFrozen', 'eq', true)),
      goal('refused', '冻结后调用被拒', 'Calls are refused while frozen', logged('API_SECRET_FROZEN')),
    ],
    forbidden: [],
    hints: [t('冻结不会立刻生效：用时间机器等一等。', 'A freeze is not immediate: wait with time travel.')],
    solution: [
      { type: 'dev.generateSecret' },
      { type: 'dev.setIpWhitelist', ips: [IP] },
      { type: 'dev.freezeSecret' },
      wait(DAY),
      call('$secret'),
    ],
  }),
  mission({
    id: 'server-domains',
    title: t('服务器域名', 'Server domains'),
    briefing: t(
      '把 request 合法域名设为已备案的 reglab-demo.cn。先试试 http、IP 和未备案的域名。',
      'Set the request domain to the filed reglab-demo.cn. First try http, an IP and an unfiled domain.',
    ),
    stage: 'develop',
    order: 5,
    factIds: ['D-07'],
    start: { scenario: 'ready-to-release' },
    goals: [
      goal('https', '必须是 https', 'It must be https', logged('DOMAIN_PROTOCOL')),
      goal('ip', '不能用 IP', 'No IP addresses', logged('DOMAIN_IP')),
      goal('filed', '必须已备案', 'It must be filed', logged('DOMAIN_NOT_FILED')),
      goal(
        'set',
        'request 域名已配置',
        'The request domain is set',
        sel('devSettingsView', 'domains/request/#', 'gte', 1),
      ),
    ],
    forbidden: [],
    hints: [
      t('合法域名：https、已备案、不是 IP 或 localhost。', 'Valid domains: https, filed, not an IP or localhost.'),
    ],
    solution: [
      { type: 'dev.setDomains', kind: 'request', domains: ['http://reglab-demo.cn'] },
      { type: 'dev.setDomains', kind: 'request', domains: ['https://198.51.100.7'] },
      { type: 'dev.setDomains', kind: 'request', domains: ['https://not-filed.example'] },
      { type: 'dev.setDomains', kind: 'request', domains: ['https://api.reglab-demo.cn'] },
    ],
  }),
  mission({
    id: 'ci-upload',
    title: t('用 CI 上传代码', 'Upload from CI'),
    briefing: t(
      `生成代码上传密钥，只允许 ${IP} 上传，再用 miniprogram-ci 上传 1.0.1。`,
      `Generate the upload key, allow only ${IP} to upload, then upload 1.0.1 with miniprogram-ci.`,
    ),
    stage: 'develop',
    order: 6,
    factIds: ['D-08', 'D-09', 'P-02'],
    start: { scenario: 'ready-to-release' },
    goals: [
      goal('ip', '非白名单 IP 被拒', 'An IP off the whitelist is refused', logged('CI_IP_NOT_WHITELISTED')),
      goal(
        'uploaded',
        'CI 上传了 1.0.1',
        'CI uploaded 1.0.1',
        sel('versionsView', 'dev/version=1.0.1/uploader', 'eq', 'ci-robot-1'),
      ),
    ],
    forbidden: [],
    hints: [t('上传密钥和 AppSecret 一样只显示一次。', 'Like the AppSecret, the upload key is shown once.')],
    solution: [
      { type: 'dev.generateUploadKey' },
      { type: 'dev.setUploadIpWhitelist', ips: [IP] },
      { type: 'dev.ciUpload', uploadKey: '$uploadKey', ip: '198.51.100.7', version: '1.0.1', note: 'CI 构建' },
      { type: 'dev.ciUpload', uploadKey: '$uploadKey', ip: IP, version: '1.0.1', note: 'CI 构建' },
    ],
  }),
  mission({
    id: 'add-developer',
    title: t('添加开发者', 'Add a developer'),
    briefing: t(
      '把 dev_xiaoming 加为开发者，然后以他的身份上传 1.0.1。',
      'Add dev_xiaoming as a developer, then upload 1.0.1 as him.',
    ),
    stage: 'develop',
    order: 7,
    factIds: ['M-02', 'M-04', 'M-07', 'D-09'],
    start: { scenario: 'ready-to-release' },
    goals: [
      goal(
        'member',
        'dev_xiaoming 是开发者',
        'dev_xiaoming is a developer',
        sel('membersView', 'project/wechatId=dev_xiaoming/roles', 'has', 'developer'),
      ),
      goal(
        'uploaded',
        '他上传了 1.0.1',
        'He uploaded 1.0.1',
        sel('versionsView', 'dev/version=1.0.1/uploader', 'eq', 'dev_xiaoming'),
      ),
    ],
    forbidden: [],
    hints: [
      t(
        '项目成员必须至少有一个角色；添加要管理员扫码确认。',
        'Project members need at least one role; adding one needs the admin scan.',
      ),
    ],
    solution: [
      { type: 'members.add', wechatId: 'dev_xiaoming', kind: 'project', roles: [] },
      { type: 'members.add', wechatId: 'dev_xiaoming', kind: 'project', roles: ['developer'] },
      scan,
      { type: 'session.actAs', wechatId: 'dev_xiaoming' },
      upload('1.0.1', '小明的修改', 'dev_xiaoming'),
    ],
  }),
  mission({
    id: 'hidden-member',
    title: t('搜不到的成员', 'A member who cannot be found'),
    briefing: t(
      '把 hidden_xiaoli 加为体验成员。搜不到时弄清原因：他要改什么？然后先把 tester_amy 加上。',
      'Add hidden_xiaoli as a tester. When the search fails, find out why and what he must change; meanwhile add tester_amy.',
    ),
    stage: 'develop',
    order: 8,
    factIds: ['M-04'],
    start: { scenario: 'ready-to-release' },
    goals: [
      goal('why', '看懂为何搜不到', 'Learn why he is not found', logged('MEMBER_NOT_SEARCHABLE')),
      goal(
        'amy',
        'tester_amy 是体验成员',
        'tester_amy is a tester',
        sel('membersView', 'experience/wechatId=tester_amy/kind', 'eq', 'experience'),
      ),
    ],
    forbidden: [],
    hints: [
      t(
        '对方要在微信“隐私 → 添加我的方式”里打开“微信号”。',
        'He must turn on "WeChat ID" under Privacy → ways to add me in WeChat.',
      ),
    ],
    solution: [
      { type: 'members.search', wechatId: 'hidden_xiaoli' },
      { type: 'members.add', wechatId: 'tester_amy', kind: 'experience', roles: [] },
      scan,
    ],
  }),
  mission({
    id: 'member-limits',
    title: t('成员满了', 'Members are full'),
    briefing: t(
      '15 位项目成员已满。再加 dev_xiaoming：先腾出位置。也试试加 busy_dev_50。',
      'All 15 project places are taken. Add dev_xiaoming: free a place first. Also try busy_dev_50.',
    ),
    stage: 'develop',
    order: 9,
    factIds: ['M-05', 'M-06'],
    start: { scenario: 'members-full' },
    goals: [
      goal('full', '名额已满', 'No places left', logged('MEMBER_LIMIT')),
      goal('busy', '对方参与的小程序太多', 'He is in too many mini programs', logged('MEMBER_USER_LIMIT')),
      goal(
        'added',
        'dev_xiaoming 已加入',
        'dev_xiaoming joined',
        sel('membersView', 'project/wechatId=dev_xiaoming/kind', 'eq', 'project'),
      ),
    ],
    forbidden: [],
    hints: [
      t(
        '个人小程序最多 15 位项目成员；一个人最多参与 50 个。',
        'Individuals get 15 project members; a person joins at most 50.',
      ),
    ],
    solution: [
      { type: 'members.add', wechatId: 'dev_xiaoming', kind: 'project', roles: ['developer'] },
      { type: 'members.remove', wechatId: 'member_15', kind: 'project' },
      { type: 'members.add', wechatId: 'busy_dev_50', kind: 'project', roles: ['developer'] },
      { type: 'members.add', wechatId: 'dev_xiaoming', kind: 'project', roles: ['developer'] },
      scan,
    ],
  }),
  mission({
    id: 'testers-trial',
    title: t('体验版与体验成员', 'Trial version and testers'),
    briefing: t(
      '把 tester_amy 加为体验成员，并把开发版 1.0.0 设为体验版让她试用。',
      'Add tester_amy as a tester and make development version 1.0.0 the trial version for her.',
    ),
    stage: 'develop',
    order: 10,
    factIds: ['M-03', 'P-03'],
    start: { scenario: 'ready-to-release' },
    goals: [
      goal('roles', '体验成员没有角色', 'Testers have no roles', logged('MEMBER_ROLES_NOT_FOR_EXPERIENCE')),
      goal(
        'amy',
        'tester_amy 是体验成员',
        'tester_amy is a tester',
        sel('membersView', 'experience/wechatId=tester_amy/kind', 'eq', 'experience'),
      ),
      goal(
        'trial',
        '1.0.0 是体验版',
        '1.0.0 is the trial version',
        sel('versionsView', 'trial/version', 'eq', '1.0.0'),
      ),
    ],
    forbidden: [],
    hints: [t('体验成员只能扫码试用，不能分配角色。', 'Testers only try the app; they get no roles.')],
    solution: [
      { type: 'members.add', wechatId: 'tester_amy', kind: 'experience', roles: ['developer'] },
      { type: 'members.add', wechatId: 'tester_amy', kind: 'experience', roles: [] },
      scan,
      { type: 'versions.setTrial', uploader: 'reglab_learner' },
    ],
  }),
  mission({
    id: 'permissions',
    title: t('谁能做什么', 'Who may do what'),
    briefing: t(
      '以运营者 ops_xiaohong 的身份查看控制台：她能提交审核，却不能生成密钥。先把她加为运营者。',
      'See the console as the operator ops_xiaohong: she may submit a review but not generate the secret. Add her as operator first.',
    ),
    stage: 'develop',
    order: 11,
    factIds: ['M-02', 'M-07', 'P-04'],
    start: { scenario: 'ready-to-release' },
    goals: [
      goal(
        'denied',
        '运营者不能生成密钥',
        'An operator cannot generate the secret',
        logged('PERMISSION_DENIED', 'ACTING_AS'),
      ),
      goal('submitted', '她提交了审核', 'She submitted the review', logged('REVIEW_SUBMITTED', 'ACTING_AS')),
    ],
    forbidden: [
      forbid(
        'admin-submitted',
        all(logged('REVIEW_SUBMITTED'), not(logged('ACTING_AS'))),
        '这次要由运营者提交审核。',
        'This time the operator must submit the review.',
      ),
    ],
    hints: [t('成员管理 → 以成员身份查看。', 'Members → view as a member.')],
    solution: [
      { type: 'members.add', wechatId: 'ops_xiaohong', kind: 'project', roles: ['operator'] },
      scan,
      { type: 'session.actAs', wechatId: 'ops_xiaohong' },
      { type: 'dev.generateSecret' },
      { type: 'versions.submitReview', uploader: 'reglab_learner' },
    ],
  }),
  mission({
    id: 'phone-number',
    title: t('手机号快速验证组件', 'The phone-number component'),
    briefing: t(
      '这家企业想让用户一键填手机号：开通“手机号快速验证组件”。先想想它对谁开放、怎么收费。',
      'This enterprise wants users to fill in their phone number in one tap: enable the phone-number quick verification component. First think about who may and what it costs.',
    ),
    stage: 'develop',
    order: 12,
    factIds: ['D-10', 'V-06'],
    start: { scenario: 'ready-to-release', patch: AS_ENTERPRISE },
    goals: [
      goal(
        'on',
        '手机号快速验证组件已开通',
        'The phone-number component is on',
        sel('devSettingsView', 'capabilities', 'has', 'phoneNumber'),
      ),
    ],
    forbidden: [],
    hints: [
      t(
        '它只对完成微信认证的非个人主体开放：先去“微信认证”。',
        'Only verified organisations may: apply for WeChat verification first.',
      ),
      t('认证审核约 3 天：用时间机器快进。', 'Verification takes about 3 days: use time travel.'),
    ],
    solution: [
      { type: 'verify.apply', withFiling: false, participants: [] },
      wait(3 * DAY),
      { type: 'dev.enableCapability', capability: 'phoneNumber' },
    ],
  }),
];
