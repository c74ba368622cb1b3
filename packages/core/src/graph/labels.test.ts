import { describe, expect, it } from 'vitest';
import { chooseLabel, isWellFormed, repairLabel } from './labels.js';

describe('#chooseLabel', () => {
  it('prefers a well-formed form over a more frequent one in capitals', () => {
    expect(chooseLabel(new Map([['ANTONIO GUTERRES', 40], ['Antonio Guterres', 3]]), 'person')).toBe('Antonio Guterres');
  });

  it('takes the most frequent of the well-formed forms, ties in code-unit order', () => {
    expect(chooseLabel(new Map([['António Guterres', 5], ['Antonio Guterres', 9]]), 'person')).toBe('Antonio Guterres');
    expect(chooseLabel(new Map([['B Name', 2], ['A Name', 2]]), 'person')).toBe('A Name');
  });

  it('labels a person with the whole name when a form holds it', () => {
    expect(chooseLabel(new Map([['Duran Ballen', 5], ['Sixto Durán Ballén', 1]]), 'person')).toBe('Sixto Durán Ballén');
    expect(chooseLabel(new Map([['Dos Santos', 9], ['José Eduardo dos Santos', 2], ['Eduardo dos Santos', 4]]), 'person')).toBe('José Eduardo dos Santos');
    // Not another name: the longer form must end with the chosen one's words.
    expect(chooseLabel(new Map([['Kofi Annan', 5], ['Kofi A. Annan', 2]]), 'person')).toBe('Kofi Annan');
    expect(chooseLabel(new Map([['Duran Ballen', 5], ['Sixto Durán Ballén', 1]]), 'organisation')).toBe('Duran Ballen');
  });

  it('repairs the most frequent form when none is well formed', () => {
    expect(chooseLabel(new Map([['VYSHINSKY', 12]]), 'person')).toBe('Vyshinsky');
    expect(chooseLabel(new Map([['Abdelaziz BoUteflika', 3]]), 'person')).toBe('Abdelaziz Bouteflika');
    expect(chooseLabel(new Map([['Pact For The Future', 3]]), 'treaty')).toBe('Pact for the Future');
  });
});

describe('#isWellFormed / #repairLabel', () => {
  it('accepts naming conventions with inner capitals and regnal numerals', () => {
    for (const ok of ['Douglas MacArthur', "Conor O'Brien", 'Pope Paul VI', 'Ban Ki-moon', 'Boutros Boutros-Ghali', 'de Gaulle']) expect(isWellFormed(ok, 'person')).toBe(true);
  });

  it('keeps short acronyms of organisations and mends the rest', () => {
    expect(isWellFormed('SWAPO', 'organisation')).toBe(true);
    expect(repairLabel('BOUTROS BOUTROS-GHALI', 'person')).toBe('Boutros Boutros-Ghali');
    expect(repairLabel('JAVIER PEREZ DE CUELLAR', 'person')).toBe('Javier Perez de Cuellar');
  });
});
