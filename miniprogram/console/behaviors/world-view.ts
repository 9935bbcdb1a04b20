/**
 * What a console component that shows the world does (the toolbar, the phone button): the one setData habit
 * (behaviors/view), a `lang` property (the page passes `lang="{{lang}}"`) and a `render(world)` method called when it is
 * attached (if a world exists) and on every change of the shared world, until it is detached. Register one with
 * `worldViewComponent()`, which adds this behaviour and the console's shared styles (`styleIsolation: 'apply-shared'`):
 *
 *   worldViewComponent<Data, { render(world: World): void }>({
 *     data: { s: localize(T, 'zh') },
 *     methods: { render(world) { this.updateText(T, lang); this.update({ ... }); } },
 *   });
 */
import type { World } from '../engine/index';
import { registerWith } from '../../behaviors/register';
import type { OptionsWith } from '../../behaviors/register';
import { viewBehavior } from '../../behaviors/view';
import { loadWorld, subscribe } from '../services/session';

const off = new WeakMap<object, () => void>();

type Renders = { render(world: World): void };

type LangProperty = { lang: { type: StringConstructor; value: string } };

export const worldViewBehavior = Behavior<
  WechatMiniprogram.IAnyObject,
  LangProperty,
  WechatMiniprogram.Behavior.MethodOption,
  [typeof viewBehavior]
>({
  behaviors: [viewBehavior],
  properties: {
    lang: { type: String, value: 'zh' },
  },
  lifetimes: {
    attached() {
      const self = this as unknown as Renders;
      off.set(
        this,
        subscribe((world) => self.render(world)),
      );
      // Attached before the page's onLoad picks the world (`?mission=`, `?scenario=`): read one, never start one here.
      const world = loadWorld();
      if (world) self.render(world);
    },
    detached() {
      const stop = off.get(this);
      if (stop) stop();
      off.delete(this);
    },
  },
});

/** Registers a console component with worldViewBehavior (see the top of this file); `behaviors` is that one alone. */
export function worldViewComponent<
  TData extends WechatMiniprogram.Component.DataOption,
  TMethod extends WechatMiniprogram.Component.MethodOption,
>(options: OptionsWith<TData, TMethod, typeof worldViewBehavior, false>): void {
  registerWith(worldViewBehavior, options, { options: { styleIsolation: 'apply-shared' } });
}
