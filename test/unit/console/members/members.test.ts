import {
  canUseTrial,
  createWorld,
  dispatch,
  memberSlots,
  membersPageView,
  membersView,
  phoneView,
} from '../../../../miniprogram/console/engine/index';
import { ADMIN, addMember, appOf, fails, ok, pendingScanId, readyWorld } from '../helpers';

describe('finding people (M-04)', () => {
  const w = readyWorld();

  test('M-04: search finds a person by WeChat ID', () => {
    const result = dispatch(w, { type: 'members.search', wechatId: 'dev_xiaoming' });
    expect(result.ok && result.events[0].data).toMatchObject({ wechatId: 'dev_xiaoming', nickname: '小明（示例）' });
  });

  test('M-04: an unknown ID and a person not findable by WeChat ID are different errors', () => {
    const unknown = fails(w, { type: 'members.search', wechatId: 'nobody_here' }, 'MEMBER_NOT_FOUND');
    expect(unknown.message.zh).toContain('不是昵称');
    const hidden = fails(w, { type: 'members.search', wechatId: 'hidden_xiaoli' }, 'MEMBER_NOT_SEARCHABLE');
    expect(hidden.message.zh).toContain('通过微信号找到我');
    fails(w, { type: 'members.search', wechatId: '小明' }, 'WECHAT_ID_FORMAT');
    fails(w, { type: 'members.search', wechatId: '' }, 'WECHAT_ID_REQUIRED');
  });
});

describe('adding members (M-02, M-03, M-04)', () => {
  const w = readyWorld();

  test('M-04: adding waits for the administrator’s scan on the phone, then the member is in', () => {
    const requested = ok(w, {
      type: 'members.add',
      wechatId: 'dev_xiaoming',
      kind: 'project',
      roles: ['developer', 'dataAnalyst'],
    });
    expect(membersView(requested)?.project).toHaveLength(0);
    expect(phoneView(requested).pendingScans[0].title.zh).toContain('小明');
    const added = ok(requested, { type: 'phone.confirmScan', scanId: pendingScanId(requested) });
    expect(membersView(added)?.project[0]).toMatchObject({
      wechatId: 'dev_xiaoming',
      roles: ['developer', 'dataAnalyst'],
    });
    expect(memberSlots(added)?.project).toEqual({ limit: 15, used: 1, remaining: 14 });
    const rejected = ok(requested, { type: 'phone.rejectScan', scanId: pendingScanId(requested) });
    expect(membersView(rejected)?.project).toHaveLength(0);
  });

  test('M-02: project members need at least one role; roles can be several and changed', () => {
    fails(w, { type: 'members.add', wechatId: 'dev_xiaoming', kind: 'project', roles: [] }, 'MEMBER_ROLES_REQUIRED');
    const added = addMember(w, 'ops_xiaohong', 'project', ['operator']);
    const changed = ok(added, {
      type: 'members.setRoles',
      wechatId: 'ops_xiaohong',
      roles: ['operator', 'developer', 'operator'],
    });
    expect(membersView(changed)?.project[0].roles).toEqual(['operator', 'developer']);
    fails(added, { type: 'members.setRoles', wechatId: 'ops_xiaohong', roles: [] }, 'MEMBER_ROLES_REQUIRED');
    fails(added, { type: 'members.setRoles', wechatId: 'dev_xiaoming', roles: ['developer'] }, 'MEMBER_NOT_MEMBER');
  });

  test('M-03: experience members have no roles', () => {
    const error = fails(
      w,
      { type: 'members.add', wechatId: 'tester_amy', kind: 'experience', roles: ['developer'] },
      'MEMBER_ROLES_NOT_FOR_EXPERIENCE',
    );
    expect(error.message.zh).toContain('体验版');
    const added = addMember(w, 'tester_amy', 'experience');
    expect(memberSlots(added)?.experience.remaining).toBe(14);
  });

  test('M-02, M-03: duplicates and the administrator are refused; removal frees the place', () => {
    const added = addMember(w, 'tester_amy', 'experience');
    fails(
      added,
      { type: 'members.add', wechatId: 'tester_amy', kind: 'experience', roles: [] },
      'MEMBER_ALREADY_ADDED',
    );
    fails(w, { type: 'members.add', wechatId: ADMIN, kind: 'project', roles: ['developer'] }, 'MEMBER_IS_ADMIN');
    const removed = ok(added, { type: 'members.remove', wechatId: 'tester_amy', kind: 'experience' });
    expect(memberSlots(removed)?.experience.used).toBe(0);
    fails(removed, { type: 'members.remove', wechatId: 'tester_amy', kind: 'experience' }, 'MEMBER_NOT_MEMBER');
  });

  test('M-02, M-03: only the administrator manages project members; project members may add experience members', () => {
    const asOperator = ok(addMember(w, 'ops_xiaohong', 'project', ['operator']), {
      type: 'session.actAs',
      wechatId: 'ops_xiaohong',
    });
    const error = fails(
      asOperator,
      { type: 'members.add', wechatId: 'dev_xiaoming', kind: 'project', roles: ['developer'] },
      'PERMISSION_DENIED',
    );
    expect(error.message.zh).toContain('管理员');
    const tester = addMember(asOperator, 'tester_amy', 'experience');
    expect(membersView(tester)?.experience).toHaveLength(1);
  });

  test('M-07: developers, data analysts and experience members can use the trial version; operators cannot', () => {
    let x = addMember(w, 'dev_xiaoming', 'project', ['developer']);
    x = addMember(x, 'ops_xiaohong', 'project', ['operator']);
    x = addMember(x, 'data_laowang', 'project', ['dataAnalyst']);
    x = addMember(x, 'tester_amy', 'experience');
    expect(canUseTrial(x, 'dev_xiaoming')).toBe(true);
    expect(canUseTrial(x, 'data_laowang')).toBe(true);
    expect(canUseTrial(x, 'tester_amy')).toBe(true);
    expect(canUseTrial(x, 'ops_xiaohong')).toBe(false);
    expect(canUseTrial(x, ADMIN)).toBe(true);
  });
});

describe('member limits (M-05, M-06)', () => {
  test('M-05: an individual mini program has 15 project members at most', () => {
    const w = createWorld({ scenario: 'members-full' });
    expect(memberSlots(w)?.project).toEqual({ limit: 15, used: 15, remaining: 0 });
    const error = fails(
      w,
      { type: 'members.add', wechatId: 'dev_xiaoming', kind: 'project', roles: ['developer'] },
      'MEMBER_LIMIT',
    );
    expect(error.message.zh).toContain('15');
    expect(addMember(w, 'dev_xiaoming', 'experience').apps[0].members).toHaveLength(16);
  });

  test('M-05: the limit is checked again when the scan confirms', () => {
    const full = createWorld({ scenario: 'members-full' });
    const w = ok(full, { type: 'members.remove', wechatId: 'member_01', kind: 'project' });
    const requested = ok(
      ok(w, { type: 'members.add', wechatId: 'dev_xiaoming', kind: 'project', roles: ['developer'] }),
      {
        type: 'members.add',
        wechatId: 'ops_xiaohong',
        kind: 'project',
        roles: ['operator'],
      },
    );
    const scans = phoneView(requested).pendingScans;
    const first = ok(requested, { type: 'phone.confirmScan', scanId: scans[0].id });
    fails(first, { type: 'phone.confirmScan', scanId: scans[1].id }, 'MEMBER_LIMIT');
  });

  test('M-05: an organisation’s limit depends on verification and publishing, and the page says so', () => {
    const org = createWorld({ scenario: 'verification-expiring' });
    const app = org.apps[0];
    app.subject.type = 'enterprise';
    expect(memberSlots(org)?.project.limit).toBe(15);
    expect(membersPageView(org, 'zh', 'all').limitNote).toContain('取决于是否认证和发布');
    expect(membersPageView(org, 'en', 'all').limitNote).toContain('depend on verification and publishing');
    app.versions.firstPublishedAt = org.now;
    expect(memberSlots(org)?.project.limit).toBe(90);
    expect(memberSlots(org)?.experience.limit).toBe(90);
    expect(membersPageView(org, 'zh', 'all').limitNote).toContain('项目成员 90 人');
    app.verification = { ...app.verification, verifiedAt: null, expiresAt: null, stage: 'none' };
    expect(memberSlots(org)?.project.limit).toBe(15);
    const individual = readyWorld();
    expect(membersPageView(individual, 'zh', 'all').limitNote).toContain('个人主体');
  });

  test('M-05: a scenario can configure the limit', () => {
    const org = readyWorld();
    org.apps[0].subject.type = 'enterprise';
    org.platform.memberLimits = { project: 1, experience: 1 };
    const one = addMember(org, 'dev_xiaoming', 'project', ['developer']);
    fails(one, { type: 'members.add', wechatId: 'ops_xiaohong', kind: 'project', roles: ['operator'] }, 'MEMBER_LIMIT');
  });

  test('M-06: one WeChat ID can be a project member of at most 50 mini programs and an experience member of 50', () => {
    const w = readyWorld();
    const error = fails(
      w,
      { type: 'members.add', wechatId: 'busy_dev_50', kind: 'project', roles: ['developer'] },
      'MEMBER_USER_LIMIT',
    );
    expect(error.message.zh).toContain('50');
    fails(w, { type: 'members.add', wechatId: 'busy_dev_50', kind: 'experience', roles: [] }, 'MEMBER_USER_LIMIT');
  });

  test('M-02: once the administrator removes a project member, the learner can no longer act as them', () => {
    const w = addMember(readyWorld(), 'ops_xiaohong', 'project', ['operator']);
    const removed = ok(w, { type: 'members.remove', wechatId: 'ops_xiaohong', kind: 'project' });
    expect(appOf(removed).members).toHaveLength(0);
    fails(removed, { type: 'session.actAs', wechatId: 'ops_xiaohong' }, 'ACT_AS_UNKNOWN');
  });
});
