import {
  checkedRoles,
  foundNickname,
  isMemberRole,
  isRoleFilter,
  membersPageView,
  roleChoices,
  sampleWechatId,
  validateWechatId,
} from '../engine/index';
import type { AddState, MemberKind, MembersPageView, RoleFilter, RolesEdit, World } from '../engine/index';
import { consolePage } from '../behaviors/console-page';
import { localize, t } from '../../core/i18n';
import { getWorld } from '../services/session';
import { confirm, toast } from '../../services/dialog';
import { dataString, inputValue } from '../home/page-utils';
import { MEMBERS_STRINGS } from './strings';
import type { MembersStringKey } from './strings';

interface MembersData {
  s: Record<MembersStringKey, string>;
  view: MembersPageView | null;
  tab: MemberKind;
  filter: RoleFilter;
  add: AddState | null;
  rolesEdit: RolesEdit | null;
  actingText: string;
}

type MembersMethods = {
  onLoad(query: Record<string, string | undefined>): void;
  renderWorld(world: World): void;
  onTab(e: WechatMiniprogram.TouchEvent): void;
  onFilter(e: WechatMiniprogram.TouchEvent): void;
  onAdd(): void;
  onAddInput(e: WechatMiniprogram.CustomEvent): void;
  setWechatId(value: string): void;
  onSearch(): boolean;
  onToggleRole(e: WechatMiniprogram.TouchEvent): void;
  onAddSample(): void;
  onConfirmAdd(): void;
  onAddClose(): void;
  onRemove(e: WechatMiniprogram.TouchEvent): Promise<void>;
  onEditRoles(e: WechatMiniprogram.TouchEvent): void;
  onToggleEditRole(e: WechatMiniprogram.TouchEvent): void;
  onSaveRoles(): void;
  onRolesClose(): void;
  onActAs(e: WechatMiniprogram.TouchEvent): void;
  onBackToAdmin(): void;
  onAdminCard(): void;
};

consolePage<MembersData, MembersMethods>({
  data: {
    s: localize(MEMBERS_STRINGS, 'zh'),
    view: null,
    tab: 'project',
    filter: 'all',
    add: null,
    rolesEdit: null,
    actingText: '',
  },
  methods: {
    onLoad(query) {
      if (query.tab === 'experience') this.update({ tab: 'experience' });
      this.consoleStart(query);
    },
    renderWorld(world) {
      const lang = this.data.lang;
      const view = membersPageView(world, lang, this.data.filter);
      const add = this.data.add;
      this.updateText(MEMBERS_STRINGS, lang);
      const patch: Record<string, unknown> = {
        view,
        actingText: view.loggedIn && !view.isAdmin ? t(MEMBERS_STRINGS.actingAs, lang, { who: view.actor }) : '',
      };
      // Once the administrator's scan has confirmed the addition, the 添加用户 sheet has done its job.
      if (add && add.waiting && view.pending.length === 0) patch.add = null;
      this.update(patch);
    },
    onTab(e) {
      const tab = dataString(e.currentTarget.dataset, 'tab');
      if (tab === 'project' || tab === 'experience') this.update({ tab, add: null });
    },
    onFilter(e) {
      const filter = dataString(e.currentTarget.dataset, 'filter');
      if (!isRoleFilter(filter)) return;
      this.update({ filter });
      this.update({ view: membersPageView(getWorld(), this.data.lang, filter) });
    },
    onAdd() {
      this.clearErrors();
      this.update({
        add: {
          kind: this.data.tab,
          wechatId: '',
          found: '',
          foundFor: '',
          roles: roleChoices(this.data.lang, []),
          waiting: false,
        },
      });
    },
    onAddInput(e) {
      this.setWechatId(inputValue(e.detail));
    },
    setWechatId(value) {
      if (!this.data.add) return;
      this.update({ 'add.wechatId': value });
      this.setFieldError('wechatId', value === '' ? null : validateWechatId(value));
    },
    onSearch() {
      const add = this.data.add;
      if (!add) return false;
      const result = this.send({ type: 'members.search', wechatId: add.wechatId }, 'wechatId');
      if (!result.ok) {
        this.update({ 'add.found': '', 'add.foundFor': '' });
        return false;
      }
      const event = result.events.find((ev) => ev.type === 'MEMBER_FOUND');
      this.update({ 'add.found': event ? foundNickname(event.data) : '', 'add.foundFor': add.wechatId.trim() });
      return true;
    },
    onToggleRole(e) {
      const add = this.data.add;
      const role = dataString(e.currentTarget.dataset, 'role');
      if (!add || !isMemberRole(role)) return;
      const i = add.roles.findIndex((r) => r.role === role);
      if (i >= 0) this.update({ [`add.roles[${i}].checked`]: !add.roles[i].checked });
    },
    onAddSample() {
      const add = this.data.add;
      if (!add) return;
      this.setWechatId(sampleWechatId(getWorld(), add.kind));
      if (add.kind === 'project') this.update({ 'add.roles': roleChoices(this.data.lang, ['developer']) });
    },
    onConfirmAdd() {
      const add = this.data.add;
      if (!add) return;
      if (add.foundFor !== add.wechatId.trim() && !this.onSearch()) return;
      const roles = add.kind === 'project' ? checkedRoles(add.roles) : [];
      const result = this.send({ type: 'members.add', wechatId: add.wechatId, kind: add.kind, roles }, 'wechatId');
      if (result.ok) this.update({ 'add.waiting': true });
    },
    onAddClose() {
      this.clearErrors();
      this.update({ add: null });
    },
    async onRemove(e) {
      const wechatId = dataString(e.currentTarget.dataset, 'id');
      const kind = dataString(e.currentTarget.dataset, 'kind');
      if (kind !== 'project' && kind !== 'experience') return;
      const ok = await confirm({
        title: this.data.s.removeTitle,
        content: `${this.data.s.removeBody}（${wechatId}）`,
        confirmText: this.data.s.remove,
        cancelText: this.data.s.cancel,
        danger: true,
      });
      if (ok) this.send({ type: 'members.remove', wechatId, kind }, 'wechatId');
    },
    onEditRoles(e) {
      const wechatId = dataString(e.currentTarget.dataset, 'id');
      const view = this.data.view;
      const member = view ? view.project.find((m) => m.wechatId === wechatId) : undefined;
      if (!member) return;
      this.clearErrors();
      this.update({
        rolesEdit: { wechatId, nickname: member.nickname, roles: roleChoices(this.data.lang, member.roles) },
      });
    },
    onToggleEditRole(e) {
      const edit = this.data.rolesEdit;
      const role = dataString(e.currentTarget.dataset, 'role');
      if (!edit || !isMemberRole(role)) return;
      const i = edit.roles.findIndex((r) => r.role === role);
      if (i >= 0) this.update({ [`rolesEdit.roles[${i}].checked`]: !edit.roles[i].checked });
    },
    onSaveRoles() {
      const edit = this.data.rolesEdit;
      if (!edit) return;
      const result = this.send(
        { type: 'members.setRoles', wechatId: edit.wechatId, roles: checkedRoles(edit.roles) },
        'roles',
      );
      if (result.ok) {
        this.update({ rolesEdit: null });
        toast(this.data.s.saved);
      }
    },
    onRolesClose() {
      this.clearErrors();
      this.update({ rolesEdit: null });
    },
    onActAs(e) {
      this.send({ type: 'session.actAs', wechatId: dataString(e.currentTarget.dataset, 'id') }, 'form');
    },
    onBackToAdmin() {
      const view = this.data.view;
      if (view) this.send({ type: 'session.actAs', wechatId: view.admin.wechatId }, 'form');
    },
    onAdminCard() {
      this.openInfoCard('admin');
    },
  },
});
