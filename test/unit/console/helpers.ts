import {
  createWorld,
  dispatch,
  sampleIdentity,
  type Action,
  type ActionResult,
  type ConsoleError,
  type ErrorCode,
  type RegistrationForm,
  type SubjectMethod,
  type SubjectType,
  type World,
  type WorldOptions,
} from '../../../miniprogram/console/engine/index';

/** Applies an action that must succeed and returns the new world. */
export function ok(world: World, action: Action): World {
  const result = dispatch(world, action);
  if (!result.ok) throw new Error(`${action.type} failed: ${result.error.code} ${result.error.message.en}`);
  return result.world;
}

/** Applies several actions that must all succeed. */
export function okAll(world: World, actions: Action[]): World {
  return actions.reduce(ok, world);
}

/** Applies an action that must fail with `code`; returns the error (and checks the world did not change). */
export function fails(world: World, action: Action, code: ErrorCode): ConsoleError {
  const result = dispatch(world, action);
  if (result.ok) throw new Error(`${action.type} was expected to fail with ${code} but succeeded`);
  expect(result.error.code).toBe(code);
  expect(result.error.message.zh.length).toBeGreaterThan(0);
  expect(result.error.message.en.length).toBeGreaterThan(0);
  expect(withoutLog(result.world)).toEqual(withoutLog(world));
  return result.error;
}

export function withoutLog(world: World): Omit<World, 'log' | 'logDropped'> {
  const { log: _log, logDropped: _dropped, ...rest } = world;
  return rest;
}

export function result(world: World, action: Action): ActionResult {
  return dispatch(world, action);
}

export const PASSWORD = 'Passw0rd!';

/** Step ① with valid values (reads the captcha from the world, as a learner reads the picture). */
export function submitAccount(world: World, email = 'new-learner@example.com'): World {
  return ok(world, {
    type: 'register.submitAccount',
    email,
    password: PASSWORD,
    confirmPassword: PASSWORD,
    captcha: world.registration.captcha,
    agree: true,
  });
}

export function latestActivationMailId(world: World): string {
  const mails = world.mailbox.mails.filter((m) => m.kind === 'activation');
  return mails[mails.length - 1].id;
}

export function activate(world: World): World {
  return ok(world, { type: 'mail.openLink', mailId: latestActivationMailId(world) });
}

export function form(world: World, sample = 0, method: SubjectMethod = 'none'): RegistrationForm {
  const s = sampleIdentity(world, sample);
  const sms = world.registration.sms;
  return {
    idName: s.idName,
    idNumber: s.idNumber,
    phone: s.phone,
    smsCode: sms ? sms.code : '',
    orgName: method === 'none' ? '' : s.orgName,
    creditCode: method === 'none' ? '' : s.creditCode,
    method,
  };
}

export function pendingScanId(world: World): string {
  const scans = world.phone.scans.filter((s) => s.status === 'pending');
  return scans[scans.length - 1].id;
}

/** Step ③ up to the confirmation dialog for a subject type. */
export function fillInfo(
  world: World,
  subjectType: SubjectType = 'individual',
  sample = 0,
  method: SubjectMethod = 'none',
): World {
  let w = okAll(world, [
    { type: 'register.selectRegion', region: 'mainland' },
    { type: 'register.selectSubjectType', subjectType },
    { type: 'register.sendSms', phone: sampleIdentity(world, sample).phone },
  ]);
  w = ok(w, { type: 'register.requestAdminScan', form: form(w, sample, method) });
  w = ok(w, { type: 'phone.confirmScan', scanId: pendingScanId(w) });
  return ok(w, { type: 'register.continue', form: form(w, sample, method) });
}

/** The whole registration of an individual mini program; the learner ends logged in to it. */
export function registerIndividual(world: World, email = 'new-learner@example.com', sample = 0): World {
  const w = fillInfo(activate(submitAccount(world, email)), 'individual', sample);
  return ok(w, { type: 'register.confirm', accept: true });
}

export function appOf(world: World) {
  const session = world.session;
  const app = world.apps.find((a) => a.appId === (session ? session.appId : ''));
  if (!app) throw new Error('no current app');
  return app;
}

/** A world with a registered, logged-in individual mini program and nothing else done. */
export function registeredWorld(options: WorldOptions = {}): World {
  return registerIndividual(createWorld(options));
}

/** The ready-to-release scenario: basic info, category, filing and a development version are in place. */
export function readyWorld(options: WorldOptions = {}): World {
  return createWorld({ scenario: 'ready-to-release', ...options });
}

export const ADMIN = 'reglab_learner';

/** Adds a member through the administrator's scan. */
export function addMember(
  world: World,
  wechatId: string,
  kind: 'project' | 'experience',
  roles: ('operator' | 'developer' | 'dataAnalyst')[] = [],
): World {
  const w = ok(world, { type: 'members.add', wechatId, kind, roles });
  return ok(w, { type: 'phone.confirmScan', scanId: pendingScanId(w) });
}

/** A privacy guide declaring what the practice project's code uses (fact B-11). */
export const PRIVACY_GUIDE: Action = {
  type: 'privacy.save',
  declarations: [{ item: 'userInfo', purpose: '用于展示学员的头像和昵称' }],
  retention: 'untilDeleted',
  retentionDays: '',
  contact: 'privacy@example.com',
};

/** Everything needed so a review can be submitted under the current rules, from a fresh registration. */
export function completeBasics(world: World): World {
  return okAll(world, [
    { type: 'basic.setName', name: '我的练习应用' },
    { type: 'basic.setAvatar', format: 'png', sizeBytes: 100 * 1024 },
    { type: 'basic.setIntroduction', introduction: '一个用来练习注册流程的小程序。' },
    { type: 'category.add', categoryId: 'tools.notes' },
    { type: 'category.setMain', categoryId: 'tools.notes' },
    PRIVACY_GUIDE,
  ]);
}

/** Two counted name changes (the current rules' yearly allowance, fact B-02). */
export function renameTwice(w: World): World {
  return okAll(w, [
    { type: 'basic.setName', name: '第一个新名字' },
    { type: 'basic.setName', name: '第二个新名字' },
  ]);
}
