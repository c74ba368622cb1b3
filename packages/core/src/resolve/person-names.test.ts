import { describe, expect, it } from 'vitest';
import { compatibleNames, loneSurname, nameParts, surnameResolver, variantMerges } from './person-names.js';

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
    expect(merges.get('b')).toBe('a');
    expect(merges.has('c') && merges.has('d') && merges.get('c') === merges.get('d')).toBe(false);
  });

  it('gives a lone surname to a dominant owner, and calls it ambiguous otherwise', () => {
    const owner = surnameResolver([
      { id: 'kurt', label: 'Kurt Waldheim', weight: 633 },
      { id: 'kua', label: 'Kua Waldheim', weight: 1 },
      { id: 'gwb', label: 'George W. Bush', weight: 42 },
      { id: 'ghwb', label: 'George H. W. Bush', weight: 30 },
      { id: 'gb', label: 'George Bush', weight: 78 },
    ]);
    expect(owner('Waldheim')).toBe('kurt');
    expect(owner('Bush')).toBe('ambiguous');
    expect(owner('Lavrov')).toBeUndefined();
  });

  it('lets a KB person own its surname under any of its names, and never moves it', () => {
    const names = [
      { id: 'Q1', label: 'Jimmy Carter', weight: 50, fixed: true },
      { id: 'Q1', label: 'James Earl Carter', weight: 50, fixed: true },
      { id: 'x', label: 'Jimmy E. Carter', weight: 60 },
    ];
    expect(surnameResolver(variantMergesApplied(names))('Carter')).toBe('Q1');
    expect(variantMerges(names).get('x')).toBe('Q1');
    expect(variantMerges(names).has('Q1')).toBe(false);
  });

  it('reads titles of address as no part of a name, regnal titles as part of it', () => {
    expect(compatibleNames(parts('N. S. Khrushchev'), parts('Nikita S. Khrushchev'))).toBe(true);
    expect(compatibleNames(parts('Foster Dulles'), parts('John Foster Dulles'))).toBe(true);
    expect(loneSurname('Chairman Khrushchev')).toBe('khrushchev');
    expect(loneSurname('King Hussein')).toBeUndefined();
    expect(nameParts('Pope Francis')).toBeUndefined();
  });
});

/** The names left after variant merges (what finalize passes to the surname resolver). */
function variantMergesApplied<T extends { id: string }>(names: T[]): T[] {
  const moved = variantMerges(names as never);
  return names.filter((n) => !moved.has(n.id));
}
