import { consolePage } from '../behaviors/console-page';
import { formatDateTime, mailboxView } from '../engine/index';
import type { MailFolder, World } from '../engine/index';
import { CONSOLE_PAGES } from '../../core/console-routes';
import { localize, t } from '../../core/i18n';
import { toast } from '../../services/dialog';
import { navigateBack, redirectTo } from '../../services/navigation';
import { MAILBOX_STRINGS } from './strings';
import type { MailboxStringKey } from './strings';

interface MailRow {
  id: string;
  from: string;
  subject: string;
  time: string;
  unread: boolean;
}

interface OpenMail {
  id: string;
  from: string;
  to: string;
  subject: string;
  body: string;
  time: string;
  folder: MailFolder;
  fraudWarning: boolean;
  link: string;
}

interface MailboxData {
  s: Record<MailboxStringKey, string>;
  folder: MailFolder;
  address: string;
  inboxLabel: string;
  spamLabel: string;
  mails: MailRow[];
  openId: string;
  mail: OpenMail | null;
  activated: boolean;
}

type MailboxMethods = {
  renderWorld(world: World): void;
  onFolder(e: WechatMiniprogram.TouchEvent): void;
  onOpen(e: WechatMiniprogram.TouchEvent): void;
  onCloseMail(): void;
  onNotSpam(): void;
  onLink(): void;
  onToRegister(): void;
};

/** The activation link as the mail shows it: the real console's host, the token shortened. */
function linkText(token: string): string {
  return `https://mp.weixin.qq.com/cgi-bin/activate?token=${token.slice(0, 12)}…`;
}

consolePage<MailboxData, MailboxMethods>({
  data: {
    s: localize(MAILBOX_STRINGS, 'zh'),
    folder: 'inbox',
    address: '',
    inboxLabel: '',
    spamLabel: '',
    mails: [],
    openId: '',
    mail: null,
    activated: false,
  },
  methods: {
    renderWorld(world) {
      const lang = this.data.lang;
      const s = this.updateText(MAILBOX_STRINGS, lang);
      const view = mailboxView(world, this.data.folder);
      const open = world.mailbox.mails.find((m) => m.id === this.data.openId);
      const address =
        world.mailbox.addresses.length > 0 ? world.mailbox.addresses.join(', ') : world.registration.email || '';
      const count = (label: string, n: number) => (n > 0 ? `${label} (${n})` : label);
      this.update({
        address,
        inboxLabel: count(s.inbox, view.unread.inbox),
        spamLabel: count(s.spam, view.unread.spam),
        mails: view.mails.map((m) => ({
          id: m.id,
          from: m.from,
          subject: t(m.subject, lang),
          time: formatDateTime(m.receivedAt),
          unread: !m.read,
        })),
        mail: open
          ? {
              id: open.id,
              from: open.from,
              to: open.to,
              subject: t(open.subject, lang),
              body: t(open.body, lang),
              time: formatDateTime(open.receivedAt),
              folder: open.folder,
              fraudWarning: open.fraudWarning,
              link: open.kind === 'activation' && open.token ? linkText(open.token) : '',
            }
          : null,
      });
    },
    onFolder(e) {
      const folder = String(e.currentTarget.dataset.folder ?? '');
      if (folder !== 'inbox' && folder !== 'spam') return;
      this.update({ folder, openId: '' });
      this.clearErrors();
      this.refresh();
    },
    onOpen(e) {
      const mailId = String(e.currentTarget.dataset.id ?? '');
      this.update({ openId: mailId });
      const result = this.send({ type: 'mail.open', mailId });
      if (!result.ok) this.update({ openId: '' });
    },
    onCloseMail() {
      this.update({ openId: '' });
      this.clearErrors();
      this.refresh();
    },
    onNotSpam() {
      const mailId = this.data.openId;
      const result = this.send({ type: 'mail.moveToInbox', mailId });
      if (result.ok) {
        this.update({ folder: 'inbox' });
        this.refresh();
      }
    },
    onLink() {
      const result = this.send({ type: 'mail.openLink', mailId: this.data.openId });
      if (result.ok) {
        this.update({ activated: true });
        toast(this.data.s.activated);
      }
    },
    onToRegister() {
      // Back to the registration page when it is the one below; otherwise open it in place of the mailbox.
      const pages = typeof getCurrentPages === 'function' ? getCurrentPages() : [];
      const below = pages.length > 1 ? pages[pages.length - 2] : undefined;
      if (below && below.route === CONSOLE_PAGES.register.slice(1)) navigateBack();
      else redirectTo(CONSOLE_PAGES.register);
    },
  },
});
