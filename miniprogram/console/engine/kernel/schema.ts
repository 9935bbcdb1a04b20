/**
 * A small structural checker for plain JSON data. Each schema is typed against the interface it checks
 * (`obj<T>` needs a schema for every key of T), so the saved-world validator and the action validator
 * cannot drift from the types. Objects are closed: unknown keys are an error.
 */

export interface Schema<T> {
  /** Phantom member tying the schema to its type; never read. */
  readonly _type?: (value: T) => T;
  check(value: unknown, path: string, errors: string[]): void;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export function str(opts: { min?: number; max?: number; pattern?: RegExp } = {}): Schema<string> {
  return {
    check(value, path, errors) {
      if (typeof value !== 'string') {
        errors.push(`${path}: expected string, got ${describe(value)}`);
        return;
      }
      if (opts.min !== undefined && value.length < opts.min) errors.push(`${path}: shorter than ${opts.min}`);
      if (opts.max !== undefined && value.length > opts.max) errors.push(`${path}: longer than ${opts.max}`);
      if (opts.pattern && !opts.pattern.test(value)) errors.push(`${path}: does not match ${String(opts.pattern)}`);
    },
  };
}

export function num(opts: { min?: number; max?: number; int?: boolean } = {}): Schema<number> {
  return {
    check(value, path, errors) {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        errors.push(`${path}: expected finite number, got ${describe(value)}`);
        return;
      }
      if (opts.int && !Number.isInteger(value)) errors.push(`${path}: expected integer`);
      if (opts.min !== undefined && value < opts.min) errors.push(`${path}: below ${opts.min}`);
      if (opts.max !== undefined && value > opts.max) errors.push(`${path}: above ${opts.max}`);
    },
  };
}

export const bool: Schema<boolean> = {
  check(value, path, errors) {
    if (typeof value !== 'boolean') errors.push(`${path}: expected boolean, got ${describe(value)}`);
  },
};

export function lit<T extends string | number | boolean>(expected: T): Schema<T> {
  return {
    check(value, path, errors) {
      if (value !== expected) errors.push(`${path}: expected ${JSON.stringify(expected)}`);
    },
  };
}

export function oneOf<T extends string>(values: readonly T[]): Schema<T> {
  return {
    check(value, path, errors) {
      if (typeof value !== 'string' || values.indexOf(value as T) < 0) {
        errors.push(`${path}: expected one of ${values.join('|')}`);
      }
    },
  };
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return {
    check(value, path, errors) {
      if (value !== null) inner.check(value, path, errors);
    },
  };
}

export function arr<T>(inner: Schema<T>, opts: { max?: number } = {}): Schema<T[]> {
  return {
    check(value, path, errors) {
      if (!Array.isArray(value)) {
        errors.push(`${path}: expected array, got ${describe(value)}`);
        return;
      }
      if (opts.max !== undefined && value.length > opts.max) errors.push(`${path}: more than ${opts.max} items`);
      for (let i = 0; i < value.length && errors.length < 50; i++) inner.check(value[i], `${path}[${i}]`, errors);
    },
  };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function record<T>(inner: Schema<T>): Schema<Record<string, T>> {
  return {
    check(value, path, errors) {
      if (!isPlainObject(value)) {
        errors.push(`${path}: expected object, got ${describe(value)}`);
        return;
      }
      for (const key of Object.keys(value)) inner.check(value[key], `${path}.${key}`, errors);
    },
  };
}

/** Every key of T needs a schema; optional keys of T may be absent in the value. */
export type Shape<T> = { [K in keyof T]-?: Schema<T[K]> };

export function obj<T>(shape: Shape<T>, optionalKeys: readonly (keyof T & string)[] = []): Schema<T> {
  const keys = Object.keys(shape) as (keyof T & string)[];
  return {
    check(value, path, errors) {
      if (!isPlainObject(value)) {
        errors.push(`${path}: expected object, got ${describe(value)}`);
        return;
      }
      for (const key of Object.keys(value)) {
        if (!Object.prototype.hasOwnProperty.call(shape, key)) errors.push(`${path}.${key}: unknown key`);
      }
      for (const key of keys) {
        if (!Object.prototype.hasOwnProperty.call(value, key)) {
          if (optionalKeys.indexOf(key) < 0) errors.push(`${path}.${key}: missing`);
          continue;
        }
        const schema = shape[key] as Schema<unknown>;
        schema.check(value[key], `${path}.${key}`, errors);
      }
    },
  };
}

/** Runs a schema and returns the list of problems (empty when the value fits). */
export function validate(schema: Pick<Schema<unknown>, 'check'>, value: unknown, root = '$'): string[] {
  const errors: string[] = [];
  schema.check(value, root, errors);
  return errors;
}

export function conforms<T>(schema: Schema<T>, value: unknown): value is T {
  return validate(schema, value).length === 0;
}
