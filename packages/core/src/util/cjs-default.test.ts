import { describe, expect, it } from 'vitest';
import { cjsDefault } from './cjs-default.js';

describe('#cjsDefault', () => {
  it('unwraps module.exports.default, and passes module.exports through', () => {
    const fn = (): number => 1;
    expect(cjsDefault({ default: fn })).toBe(fn);
    expect(cjsDefault(fn)).toBe(fn);
    const withDefaultProperty = Object.assign(() => 2, { default: fn });
    expect(cjsDefault(withDefaultProperty)).toBe(withDefaultProperty);
  });
});
