import { describe, expect, it } from 'vitest';
import { checkBoolean, checkInteger, checkNumber, checkOneOf, checkOptionsObject } from './check.js';

const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  return 'no error';
};

describe('#checkInteger', () => {
  it('returns integers within the rule and words the rule when refusing', () => {
    expect(checkInteger('f', 'n', 3, { min: 1 })).toBe(3);
    expect(checkInteger('f', 'n', Infinity, { min: 1, allowInfinity: true })).toBe(Infinity);
    expect(message(() => checkInteger('f', 'n', 0, { min: 1 }))).toBe('f: option "n" expects an integer ≥ 1, received 0');
    expect(message(() => checkInteger('f', 'n', 1.5))).toBe('f: option "n" expects an integer, received 1.5');
    expect(message(() => checkInteger('f', 'n', 2 ** 60, { safe: true }))).toMatch(/expects an integer/);
    expect(message(() => checkInteger('f', 'n', 0, { min: 1, expected: 'a positive integer' }))).toBe('f: option "n" expects a positive integer, received 0');
  });
});

describe('#checkNumber', () => {
  it('words ranges, lower bounds and strict bounds', () => {
    expect(checkNumber('f', 'x', 0.5, { min: 0, max: 1 })).toBe(0.5);
    expect(message(() => checkNumber('f', 'x', 2, { min: 0, max: 1 }))).toBe('f: option "x" expects a number from 0 to 1, received 2');
    expect(message(() => checkNumber('f', 'x', 0, { above: 0 }))).toBe('f: option "x" expects a number > 0, received 0');
    expect(message(() => checkNumber('f', 'x', -1, { min: 0 }))).toBe('f: option "x" expects a number ≥ 0, received -1');
    expect(message(() => checkNumber('f', 'x', NaN))).toBe('f: option "x" expects a number, received NaN');
  });
});

describe('other checks', () => {
  it('refuse what does not fit, naming it', () => {
    expect(message(() => checkBoolean('f', 'b', 'yes'))).toBe('f: option "b" expects a boolean, received "yes"');
    expect(checkOneOf('f', 'w', 'a', ['a', 'b'])).toBe('a');
    expect(message(() => checkOneOf('f', 'w', 'c', ['a', 'b']))).toBe('f: option "w" expects one of a, b, received "c"');
    expect(message(() => checkOptionsObject('f', []))).toBe('f: option "options" expects an object, received an array of 0');
    expect(() => checkOptionsObject('f', undefined)).not.toThrow();
  });
});
