import { describe, expect, it } from 'vitest';
import { compatibleNames, nameParts, surnameResolver, variantMerges } from './person-names.js';

const parts = (s: string) => nameParts(s)!;

describe('person names', () => {
  it('treats middle names and initials that agree from the left as one name', () => {
    expect(compatibleNames(parts('Mikhail S. Gorbachev'), parts('Mikhail Sergeyevich Gorbachev'))).toBe(true);
    expect(compatibleNames(parts('Comrade Mikhail Gorbachev'), parts('Mikhail Gorbachev'))).toBe(true);
    expect(compatibleNames(parts('George H. W. Bush'), parts('George W. Bush'))).toBe(false);
  });

  it('merges a family of variants into its most mentioned member, and keeps a disagreeing family apart', () => {
    const merges = variantMerges([
      { id: 'a', label: 'Mikhail Gorbachev', weight: 80 },
      { id: 'b', label: 'Mikhail S. Gorbachev', weight: 10 },
      { id: 'c', label: 'George H. W. Bush', weight: 5 },
      { id: 'd', label: 'George W. Bush', weight: 5 },
      { id: 'e', label: 'George Bush', weight: 5 },
    ]);
    expect([...merges]).toEqual([['b', 'a']]);
  });

  it('gives a lone surname to a dominant owner, and calls it ambiguous otherwise', () => {
    const owner = surnameResolver([
      { id: 'kurt', label: 'Kurt Waldheim', weight: 633 },
      { id: 'kua', label: 'Kua Waldheim', weight: 1 },
      { id: 'gwb', label: 'George W. Bush', weight: 42 },
      { id: 'gb', label: 'George Bush', weight: 78 },
    ]);
    expect(owner('Waldheim')).toBe('kurt');
    expect(owner('Bush')).toBe('ambiguous');
    expect(owner('Lavrov')).toBeUndefined();
  });
});
