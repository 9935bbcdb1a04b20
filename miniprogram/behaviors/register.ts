/**
 * `Component()` with one fixed behaviour, for the page and component constructors built on a behaviour
 * (`renderedPage`, console `consolePage`, `worldViewComponent`): the options a page or component writes, typed with
 * that behaviour's data and methods on `this`.
 */
export type OptionsWith<
  TData extends WechatMiniprogram.Component.DataOption,
  TMethod extends WechatMiniprogram.Component.MethodOption,
  TBehavior extends WechatMiniprogram.Behavior.Identifier,
  TIsPage extends boolean,
  TInstance extends WechatMiniprogram.IAnyObject = Record<never, never>,
> = WechatMiniprogram.Component.Options<
  TData,
  WechatMiniprogram.Component.PropertyOption,
  TMethod,
  [TBehavior],
  TInstance,
  TIsPage
>;

/** Registers `options` with `behaviors: [behavior]` (and the `fixed` options, e.g. style isolation) over what they say. */
export function registerWith<
  TData extends WechatMiniprogram.Component.DataOption,
  TMethod extends WechatMiniprogram.Component.MethodOption,
  TBehavior extends WechatMiniprogram.Behavior.Identifier,
  TIsPage extends boolean,
  TInstance extends WechatMiniprogram.IAnyObject = Record<never, never>,
>(
  behavior: TBehavior,
  options: OptionsWith<TData, TMethod, TBehavior, TIsPage, TInstance>,
  fixed: Partial<WechatMiniprogram.Component.OtherOption> = {},
): void {
  Component<TData, WechatMiniprogram.Component.PropertyOption, TMethod, [TBehavior], TInstance, TIsPage>({
    ...options,
    ...fixed,
    behaviors: [behavior],
  });
}
