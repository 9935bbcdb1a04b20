import type { Lesson } from '../../core/content-model';

/** Stage 3, continued: project members, experience members, roles and limits. */
export const MEMBER_LESSONS: readonly Lesson[] = [
  {
    id: 'members',
    stage: 'develop',
    order: 3,
    title: { zh: '成员管理', en: 'Members' },
    summary: {
      zh: '项目成员参与开发和运营，能登录后台；体验成员只能用体验版。按微信号搜索添加，管理员扫码确认。',
      en: 'Project members develop and operate and can log in to the console; testers only use the trial version. Add people by WeChat ID; the administrator confirms by scanning.',
    },
    sources: ['seed-000', 'seed-002', 'seed-003', 'off-members'],
    console: { target: '/console/members/index', label: { zh: '去管理成员', en: 'Manage members' } },
    sections: [
      {
        id: 'members.kinds',
        title: { zh: '两类成员', en: 'Two kinds of member' },
        factIds: ['M-01'],
        paragraphs: [
          {
            zh: '"管理 → 成员管理"里有两类成员：项目成员和体验成员。',
            en: 'Under Management → Member management (管理 → 成员管理) there are two kinds of member: project members (项目成员) and testers (体验成员).',
          },
        ],
        callouts: [],
      },
      {
        id: 'members.project',
        title: { zh: '项目成员与三种角色', en: 'Project members and their three roles' },
        factIds: ['M-02', 'M-07'],
        paragraphs: [
          {
            zh: '项目成员参与小程序的开发和运营，可以登录小程序后台。角色有三种：运营者、开发者、数据分析者。只有管理员能添加、删除项目成员并设置角色。',
            en: 'Project members take part in development and operation and can log in to the console. There are three roles: operator (运营者), developer (开发者) and data analyst (数据分析者). Only the administrator adds or removes project members and sets their roles.',
          },
          {
            zh: '各角色的权限：开发者——开发模块，可使用体验版；运营者——管理、推广、设置等模块；数据分析者——统计模块，可使用体验版。',
            en: 'What each role can do: developer — the development module, and can use the trial version; operator — management, promotion and settings modules; data analyst — the statistics module, and can use the trial version.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['M-07'],
            text: {
              zh: '开发者：开发 + 体验版；运营者：管理、推广、设置；数据分析者：统计 + 体验版。',
              en: 'Developer: development + trial; operator: management, promotion, settings; data analyst: statistics + trial.',
            },
          },
        ],
      },
      {
        id: 'members.experience',
        title: { zh: '体验成员', en: 'Testers' },
        factIds: ['M-03'],
        paragraphs: [
          {
            zh: '体验成员参与内测体验，可以使用体验版小程序，但他们不是项目成员，不能登录后台。',
            en: 'Testers take part in internal testing: they can use the trial version, but they are not project members and cannot log in to the console.',
          },
          {
            zh: '管理员和项目成员都可以添加、删除体验成员。',
            en: 'Testers can be added or removed by the administrator or by any project member.',
          },
        ],
        callouts: [],
      },
      {
        id: 'members.add',
        title: { zh: '怎样添加成员', en: 'How to add a member' },
        factIds: ['M-04'],
        paragraphs: [
          {
            zh: '在成员列表右侧点"编辑"，输入对方的微信号搜索，勾选角色后点"确认添加"，再由管理员扫码确认。',
            en: 'Click 编辑 (edit) beside the member list, search for the person by WeChat ID, tick the roles, click 确认添加 (confirm), and the administrator confirms by scanning.',
          },
          {
            zh: '搜不到人？先核对微信号，再请对方打开：微信 → 我 → 设置 → 朋友权限 → 添加我的方式 → 通过微信号找到我。',
            en: "Cannot find them? Check the WeChat ID, then ask them to turn on: WeChat → Me → Settings → Friends' permissions → Methods for adding me → Find me by WeChat ID.",
          },
        ],
        callouts: [
          {
            kind: 'pitfall',
            factIds: ['M-04'],
            text: {
              zh: '对方关掉了"通过微信号找到我"，就搜索不到，也加不进来。',
              en: 'If the person has "find me by WeChat ID" turned off, the search cannot find them.',
            },
          },
        ],
      },
      {
        id: 'members.limits',
        mission: 'member-limits',
        title: { zh: '人数上限', en: 'Member limits' },
        factIds: ['M-05', 'M-06'],
        paragraphs: [
          {
            zh: '能加多少人取决于主体类型：个人帐号最多 15 个项目成员、15 个体验成员，添加时页面会提示"剩余可添加人数"。组织帐号的上限更高，具体取决于是否已认证、是否已发布（最多约 90 人），以后台"剩余可添加人数"为准。',
            en: 'How many you can add depends on the registered entity: an individual account allows 15 project members and 15 testers, and the add dialog shows how many places remain (剩余可添加人数). The limit of an organisation is higher and depends on whether it is verified and published (up to about 90): go by the remaining places the console shows.',
          },
          {
            zh: '反过来，一个微信号最多同时做 50 个小程序的项目成员，以及 50 个小程序的体验成员。',
            en: 'In the other direction, one WeChat ID can be a project member of at most 50 mini programs, and a tester of at most 50.',
          },
        ],
        callouts: [
          {
            kind: 'rule',
            factIds: ['M-05', 'M-06'],
            text: {
              zh: '个人帐号：项目成员 15、体验成员 15；组织：看认证和发布情况；每个微信号：最多 50 个项目成员身份 + 50 个体验成员身份。',
              en: 'Individual account: 15 project members + 15 testers; organisations: depends on verification and publishing; per WeChat ID: at most 50 project-member and 50 tester places.',
            },
          },
        ],
      },
    ],
  },
];
