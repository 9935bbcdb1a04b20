/**
 * What a console component that shows the world does (the toolbar, the phone button): the one setData habit
 * (behaviors/view) and a `render(world)` method called when it is attached (if a world exists) and on every change of the
 * shared world,
 * until it is detached.
 *
 *   Component<Data, Props, { render(world: World): void }, [typeof worldViewBehavior]>({
 *     behaviors: [worldViewBehavior],
 *     methods: { render(world) { this.updateText(T, lang); this.update({ ... }); } },
 *   });
 */
import type { World } from '../engine/index';
import { viewBehavior } from '../../behaviors/view';
import { loadWorld, subscribe } from '../services/session';

const off = new WeakMap<object, () => void>();

type Renders = { render(world: World): void };

export const worldViewBehavior = Behavior<
  WechatMiniprogram.IAnyObject,
  WechatMiniprogram.Behavior.PropertyOption,
  WechatMiniprogram.Behavior.MethodOption,
  [typeof viewBehavior]
>({
  behaviors: [viewBehavior],
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
