/**
 * Types for the parts of untyped packages the tools use (they ship JavaScript only). Kept to what is called, so a
 * change in how the tools use them shows up here.
 */

declare module 'miniprogram-compiler' {
  /** Runs WeChat's wcc on a mini program's templates; returns the generated JavaScript (throws wcc's error). */
  export function wxmlToJs(
    root: string,
    options: { wxmlList: string[]; wxsList?: string[]; maxBuffer?: number; [key: string]: unknown },
  ): string;
}

declare module 'miniprogram-compiler/src/wcsc' {
  /** Runs WeChat's wcsc on .wxss files (paths without the extension); returns its output or an Error. */
  function wcsc(root: string, files: string[], ...rest: unknown[]): unknown;
  export = wcsc;
}

declare module 'miniprogram-ci/dist/utils/request' {
  /** The function miniprogram-ci sends HTTP requests through (replaced to keep the check offline). */
  export let request: (...args: unknown[]) => Promise<unknown>;
}

declare module 'j-component/src/tool/utils' {
  export let transformRpx: (style: string) => string;
  /** The copy j-component makes of data (replaced: tools/headless/runtime/exparser-patch.js). */
  export let copy: (value: unknown) => unknown;
}

declare module 'j-component/src/render/render' {
  const render: import('../headless/runtime/bindings').JInternals['render'];
  export = render;
}

declare module 'j-component/src/template/transform' {
  const transform: import('../headless/runtime/bindings').JInternals['transform'];
  export = transform;
}

declare module 'miniprogram-exparser' {
  const exparser: import('../headless/runtime/types').Exparser & {
    registerElement: (definition: { is: string; options?: Record<string, unknown> }) => unknown;
  };
  export = exparser;
}
