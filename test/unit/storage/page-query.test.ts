import fc from 'fast-check';
import { decodeParam, queryParam } from '../../../miniprogram/core/page-query';

describe('page-link parameters', () => {
  it('decodes well-formed values and treats absent ones as empty', () => {
    expect(queryParam({ id: 'register%2Daccount%20x' }, 'id')).toBe('register-account x');
    expect(queryParam({}, 'id')).toBe('');
    expect(queryParam(undefined, 'id')).toBe('');
  });

  it('treats a malformed percent-encoding as absent and keeps the raw text for a message', () => {
    for (const raw of ['%', '%E0%A4%A', '%zz', 'a%']) {
      expect(queryParam({ id: raw }, 'id')).toBe('');
      expect(decodeParam(raw)).toEqual({ ok: false, raw });
    }
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        const decoded = decodeParam(raw);
        if (decoded.ok) expect(encodeURIComponent(decoded.value)).toBeDefined();
        return typeof queryParam({ x: raw }, 'x') === 'string';
      }),
    );
  });
});
