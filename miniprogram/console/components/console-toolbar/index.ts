/**
 * <console-toolbar>: the sandbox toolbar at the top of every console page. It always shows the badge
 * "模拟环境 · 请勿填写真实信息", the simulated date and the rule set; tapping it opens a panel with time travel
 * (+1 hour … +30 days, or straight to the next timed change), the rule-set switch (现行规则 / 旧版教程规则) and the
 * event log. It reads and changes the world through services/console-session, so the page re-renders by itself.
 *
 *   "usingComponents": { "console-toolbar": "/console/components/console-toolbar/index" }
 *   <console-toolbar lang="{{lang}}" />
 */
import {
  findTimeJump,
  formatDateTime,
  logLines,
  msUntilNextDue,
  RULE_SET_IDS,
  ruleSetTitle,
  TIME_JUMPS,
} from '../../engine/index';
import type { LogLine, RuleSetId, World } from '../../engine/index';
import { format, localize, t } from '../../../core/i18n';
import type { Lang } from '../../../core/i18n';
import { act, getWorld, loadWorld, setRuleSet } from '../../services/session';
import { worldViewComponent } from '../../behaviors/world-view';
import { lessonUrlForFact } from '../../behaviors/console';
import { navigateTo } from '../../../services/navigation';
import { TOOLBAR_STRINGS } from './strings';

interface Choice {
  id: string;
  label: string;
  selected: boolean;
}

interface ToolbarData {
  s: Record<keyof typeof TOOLBAR_STRINGS, string>;
  open: boolean;
  clock: string;
  ruleTitle: string;
  jumps: Choice[];
  rules: Choice[];
  /** The "jump to the next timed change" label, or '' when nothing is due. */
  nextDue: string;
  log: (LogLine & { lessonUrl: string })[];
}

type ToolbarMethods = {
  render(world: World): void;
  onToggle(): void;
  onClose(): void;
  onJump(e: WechatMiniprogram.TouchEvent): void;
  onNextDue(): void;
  onRuleSet(e: WechatMiniprogram.TouchEvent): void;
  onWhy(e: WechatMiniprogram.TouchEvent): void;
};

function isRuleSetId(value: string): value is RuleSetId {
  return (RULE_SET_IDS as readonly string[]).indexOf(value) >= 0;
}

worldViewComponent<ToolbarData, ToolbarMethods>({
  data: {
    s: localize(TOOLBAR_STRINGS, 'zh'),
    open: false,
    clock: '',
    ruleTitle: '',
    jumps: [],
    rules: [],
    nextDue: '',
    log: [],
  },
  observers: {
    lang() {
      const world = loadWorld();
      // Without a world yet (the codes page, the builder) the banner and labels still follow the language.
      if (world) this.render(world);
      else this.updateText(TOOLBAR_STRINGS, this.data.lang === 'en' ? 'en' : 'zh');
    },
  },
  methods: {
    render(world) {
      const lang: Lang = this.data.lang === 'en' ? 'en' : 'zh';
      const s = this.updateText(TOOLBAR_STRINGS, lang);
      const patch: Partial<ToolbarData> = {
        clock: formatDateTime(world.now),
        ruleTitle: t(ruleSetTitle(world.ruleSet), lang),
      };
      if (this.data.open) {
        const due = msUntilNextDue(world);
        patch.jumps = TIME_JUMPS.map((j) => ({ id: j.id, label: t(j.label, lang), selected: false }));
        patch.rules = RULE_SET_IDS.map((id) => ({
          id,
          label: t(ruleSetTitle(id), lang),
          selected: id === world.ruleSet,
        }));
        patch.nextDue = due === null || due === 0 ? '' : format(s.nextDue, { time: formatDateTime(world.now + due) });
        patch.log = logLines(world, lang, 30).map((line) => ({ ...line, lessonUrl: lessonUrlForFact(line.factId) }));
      }
      this.update(patch);
    },
    onToggle() {
      this.update({ open: !this.data.open });
      this.render(getWorld());
    },
    onClose() {
      this.update({ open: false });
    },
    onWhy(e) {
      const url = String(e.currentTarget.dataset.url ?? '');
      if (url) navigateTo(url);
    },
    onJump(e) {
      const jump = findTimeJump(String(e.currentTarget.dataset.id ?? ''));
      if (jump) act({ type: 'clock.advance', ms: jump.ms });
    },
    onNextDue() {
      const due = msUntilNextDue(getWorld());
      if (due !== null && due > 0) act({ type: 'clock.advance', ms: due });
    },
    onRuleSet(e) {
      const id = String(e.currentTarget.dataset.id ?? '');
      if (isRuleSetId(id)) setRuleSet(id);
    },
  },
});
