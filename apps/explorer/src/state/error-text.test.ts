import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError, NotFoundError } from '@entente/core';
import { errorText } from './error-text.js';

describe('#errorText', () => {
  it('words core errors from their parts, without the function that complained', () => {
    expect(errorText(new InvalidInputError('entente/readGexf', 'GEXF', 'is not well-formed XML: unclosed tag'))).toBe('GEXF is not well-formed XML: unclosed tag');
    expect(errorText(new InvalidOptionError('entente/writeSvg', 'width', 'a number > 0', -1))).toBe('option "width" expects a number > 0, received -1');
    expect(errorText(new NotFoundError('entente/path', 'entity "X"'))).toBe('entity "X" not found');
  });
  it('says anything else by its message', () => {
    expect(errorText(new Error('network down'))).toBe('network down');
    expect(errorText('plain')).toBe('plain');
  });
});
