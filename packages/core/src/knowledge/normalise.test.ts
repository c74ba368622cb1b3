import { describe, expect, it } from 'vitest';
import { isAcronymLike, normaliseName, slugify } from './normalise.js';

describe('#normaliseName', () => {
  it('forgives case, accents, apostrophes and spacing', () => {
    expect(normaliseName('Côte d’Ivoire')).toBe("cote d'ivoire");
    expect(normaliseName('  COTE   D\'IVOIRE ')).toBe("cote d'ivoire");
    expect(normaliseName('Co–operation')).toBe('co-operation');
  });
});

describe('#slugify', () => {
  it('makes stable kebab-case ids', () => {
    expect(slugify('Sergey Lavrov')).toBe('sergey-lavrov');
    expect(slugify('António Guterres')).toBe('antonio-guterres');
    expect(slugify('U.S. Department of State')).toBe('us-department-of-state');
  });
});

describe('#isAcronymLike', () => {
  it('knows acronyms from names', () => {
    expect(isAcronymLike('WHO')).toBe(true);
    expect(isAcronymLike('U.S.')).toBe(true);
    expect(isAcronymLike('Russia')).toBe(false);
    expect(isAcronymLike('United Nations')).toBe(false);
  });
});
