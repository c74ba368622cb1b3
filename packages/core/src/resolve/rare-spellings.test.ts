import { describe, expect, it } from 'vitest';
import { rareSpellingMerges, type RatedNode } from './rare-spellings.js';

const n = (id: string, label: string, mentions: number, type: RatedNode['type'] = 'person'): RatedNode => ({ id, label, type, mentions });

describe('#rareSpellingMerges', () => {
  it('sends one-off misspellings to the name the graph spells right far more often', () => {
    const merges = rareSpellingMerges([
      n('w', 'Kurt Waldheim', 1267), n('w1', 'Kurt Waldlieim', 1), n('w2', 'Kurt Wamheim', 2),
      n('g', 'Indira Gandhi', 55), n('g1', 'Indira Ghandi', 2),
      n('c', 'World Commission on Environment and Development', 48, 'organisation'),
      n('c1', 'Wbrld Commission on Environment and Development', 1, 'organisation'),
      n('h', 'Pan American Health Organization', 39, 'organisation'), n('h1', 'Pan-American Health Organisation', 1, 'organisation'),
    ]);
    expect(Object.fromEntries(merges)).toEqual({ w1: 'w', w2: 'w', g1: 'g', c1: 'c', h1: 'h' });
  });

  it('keeps names apart that differ in a first letter, a numeral, an ordinary word or a short place name', () => {
    const merges = rareSpellingMerges([
      n('un', 'Kim Jong Un', 300), n('il', 'Kim Jong Il', 3),
      n('m2', 'Moshoeshoe II', 20), n('m1', 'Moshoeshoe I', 1),
      n('ng', 'Government of Niger', 19, 'organisation'), n('ni', 'Government of Nigeria', 1, 'organisation'),
      n('ir', 'Iranian Armed Forces', 30, 'organisation'), n('it', 'Italian Armed Forces', 1, 'organisation'),
      n('ml', 'Manila Declaration', 26, 'treaty'), n('mn', 'Manama Declaration', 1, 'treaty'),
    ]);
    expect(merges.size).toBe(0);
  });

  it("matches a target's aliases too, a shorter person's name, and one person's misread initial", () => {
    const merges = rareSpellingMerges([
      { ...n('pdc', 'Javier Pérez de Cuéllar', 1326), aliases: ['Perez de Cuellar', 'Javier Perez de Cuellar'] }, n('a', 'Perez de Cuehar', 2),
      n('sn', 'Sam Nujoma', 34), n('b', 'Sam Njoma', 1),
      n('rk', 'Rashid Karami', 20), n('c', 'Bashid Karami', 2),
      n('ik', 'Immanuel Kant', 20), n('d', 'Emmanuel Kant', 2),
    ]);
    expect(Object.fromEntries(merges)).toEqual({ a: 'pdc', b: 'sn', c: 'rk', d: 'ik' });
    // Another initial with another word differing, an ordinary word, or a short word is another name.
    expect(rareSpellingMerges([n('sb', 'Steve Biko', 51), n('x', 'Steven Siko', 1), n('jb', 'Jim Baker', 40), n('y', 'Tim Baker', 1), n('rh', 'Rose Hill', 40), n('z', 'Nose Hill', 1)]).size).toBe(0);
  });

  it('needs the frequency to speak: a rival of similar weight, a tie or a plural instrument stay apart', () => {
    expect(rareSpellingMerges([n('a', 'Diego Cordovez', 8), n('b', 'Diego Cordoves', 3)]).size).toBe(0);
    expect(rareSpellingMerges([n('a', 'Abdou Dioufa', 40), n('b', 'Abdou Dioufe', 40), n('c', 'Abdou Diouff', 1)]).size).toBe(0);
    expect(rareSpellingMerges([n('a', 'Washington Agreements', 40, 'treaty'), n('b', 'Washington Agreement', 1, 'treaty')]).size).toBe(0);
  });

  it('never moves a KB entity or a state', () => {
    expect(rareSpellingMerges([n('a', 'Kurt Waldheim', 1267), { ...n('b', 'Kurt Waldlieim', 1), kbId: 'Q1' }]).size).toBe(0);
    expect(rareSpellingMerges([n('a', 'Central African Republic', 900, 'state'), n('b', 'Central Afrcan Republic', 1, 'state')]).size).toBe(0);
  });
});

describe('#rareSpellingMerges (chains)', () => {
  it('sends each form to the end of its chain', () => {
    const merges = rareSpellingMerges([n('a', 'Joaquin Balaguer', 29), n('b', 'Joaauin Balaguer', 3), n('c', 'Joaauln Balaguer', 1)], { rareMentions: 3, ratio: 3, minTarget: 3 });
    expect(Object.fromEntries(merges)).toEqual({ b: 'a', c: 'a' });
  });
});

describe('#rareSpellingMerges (word order)', () => {
  it('takes a person with the same names in another order for the same person', () => {
    expect(Object.fromEntries(rareSpellingMerges([n('a', 'Pedro Rodrigues Verona Pires', 20), n('b', 'Pedro Verona Rodrigues Pires', 1)]))).toEqual({ b: 'a' });
    expect(rareSpellingMerges([n('a', 'Kim Jong Un', 20), n('b', 'Kim Un Jong', 1, 'organisation')]).size).toBe(0);
    // Two names swapped, only beside one named ten times as often.
    expect(Object.fromEntries(rareSpellingMerges([n('a', 'Razali Ismail', 40), n('b', 'Ismail Razali', 2)]))).toEqual({ b: 'a' });
    expect(rareSpellingMerges([n('a', 'Li Peng', 8), n('b', 'Peng Li', 2)]).size).toBe(0);
  });
});

describe('#rareSpellingMerges (forms of a word)', () => {
  it('takes another form of a word in a body\'s name for the same body, but never another state\'s name', () => {
    const states = new Set(['dominica', 'dominican']);
    const opts = { rareMentions: 3, ratio: 3, minTarget: 3, protectedWord: (w: string) => states.has(w) };
    expect(Object.fromEntries(rareSpellingMerges([n('ifc', 'International Finance Corporation', 40, 'organisation'), n('x', 'International Financial Corporation', 1, 'organisation')], opts))).toEqual({ x: 'ifc' });
    expect(rareSpellingMerges([n('d', 'Dominican Government Delegation', 40, 'organisation'), n('x', 'Dominica Government Delegation', 1, 'organisation')], opts).size).toBe(0);
  });
});
