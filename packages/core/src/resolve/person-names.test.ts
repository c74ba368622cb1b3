import { describe, expect, it } from 'vitest';
import { compatibleNames, loneSurname, nameParts } from './person-names.js';

const parts = (s: string) => nameParts(s)!;

describe('#compatibleNames', () => {
  it.each([
    ['Mikhail S. Gorbachev', 'Mikhail Sergeyevich Gorbachev', true],
    ['Comrade Mikhail Gorbachev', 'Mikhail Gorbachev', true],
    ['N. S. Khrushchev', 'Nikita S. Khrushchev', true],
    ['Foster Dulles', 'John Foster Dulles', true],
    ['Field-Marshal Jan Christian Smuts', 'Jan Smuts', true],
    ['Yahya Jammeh', 'Al Hadji Yahya A. J. J. Jammeh', true],
    ['Yahya A.J.J. Jammeh', 'Yahya A. J. J. Jammeh', true],
    ['Hosni Mubarak', 'Muhammad Hosni Sayyid Mubarak', true],
    ['George H. W. Bush', 'George W. Bush', false],
    ['Ferdinand Marcos', 'Ferdinand Marcos Jr.', false],
    ['Juan Peron', 'Maria Estela Martinez de Peron', false],
    ['Philip Davis', 'Nathaniel P. Davis', false],
    ['Bill Clinton', 'Hillary Rodham Clinton', false],
    ['Sergey Lavrov', 'Sergey Ivanov', false],
  ])('%s ~ %s: %s', (a, b, same) => expect(compatibleNames(parts(a), parts(b))).toBe(same));
});

describe('#nameParts', () => {
  it('drops titles of address, hyphenated or not, and keeps regnal titles', () => {
    expect(nameParts('Mr. Sergey Lavrov')).toEqual({ first: 'sergey', middles: [], last: 'lavrov' });
    expect(nameParts('Vice-President Kamala Harris')).toEqual({ first: 'kamala', middles: [], last: 'harris' });
    expect(nameParts('Pope Francis')).toBeUndefined();
    expect(nameParts('Pope Francis', true)).toEqual({ first: 'pope', middles: [], last: 'francis' });
    expect(nameParts('Lavrov')).toBeUndefined();
  });
});

describe('#loneSurname', () => {
  it('reads a title and one name as that name, and a regnal name as none', () => {
    expect(loneSurname('Chairman Khrushchev')).toBe('khrushchev');
    expect(loneSurname('Mr. Waldheim')).toBe('waldheim');
    expect(loneSurname('King Hussein')).toBeUndefined();
    expect(loneSurname('Sergey Lavrov')).toBeUndefined();
    expect(loneSurname('A/C.3')).toBeUndefined();
    expect(loneSurname('Hussein of Jordan')).toBeUndefined();
    expect(nameParts('Hassan II of Morocco')).toEqual({ first: 'hassan', middles: [], last: 'ii' });
  });
});
