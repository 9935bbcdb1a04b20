import * as fs from 'fs';
import * as path from 'path';
import { copyForTemplate, patchExparser } from '../../../tools/headless/runtime/exparser-patch';

// The one change to miniprogram-exparser both hosts make as they load it (Lin UI's tabs, issue 16).
const SOURCE = fs.readFileSync(
  path.resolve(__dirname, '../../../node_modules/miniprogram-exparser/exparser.min.js'),
  'utf8',
);

it("replaces exactly the data proxy's copy, and refuses an exparser of another shape with a message naming the file", () => {
  const patched = patchExparser(SOURCE);
  expect(patched).not.toBe(SOURCE);
  expect(patched).toContain('__methodCaller');
  expect(() => patchExparser(SOURCE.replace('s=o.deepCopy,', 's=o.copy,'))).toThrow(
    /miniprogram-exparser.*exparser-patch\.js/,
  );
});

it('copies data as exparser does (arrays, own fields, symbols dropped), keeping a component instance as it is', () => {
  const element = Object.create({ __methodCaller: null, setData() {} }) as object;
  const inherited = Object.create({ hidden: 1 }) as Record<string, unknown>;
  inherited.own = 2;
  const value = { list: [1, { a: 'x' }], s: Symbol('s'), parent: element, inherited };
  const copy = copyForTemplate(value) as typeof value;
  expect(copy).toEqual({ list: [1, { a: 'x' }], s: undefined, parent: element, inherited: { own: 2 } });
  expect(copy.list).not.toBe(value.list);
  expect(copy.list[1]).not.toBe(value.list[1]);
  expect(copy.parent).toBe(element);
});
