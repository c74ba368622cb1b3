import { describe, expect, it } from 'vitest';
import { tinyKb } from '../knowledge/__fixtures__/tiny-kb.js';
import { mapGold, mapGoldType, namesCountry, type GoldDocument } from './mappings.js';

const kb = tinyKb();
/** A gold document from a text and [surface, type] pairs, offsets found in order (invented sentences). */
function doc(text: string, spans: Array<[string, string]>): GoldDocument {
  let from = 0;
  const entities = spans.map(([surface, type]) => {
    const start = text.indexOf(surface, from);
    from = start + surface.length;
    return { start, end: start + surface.length, type, text: surface };
  });
  return { id: 't', text, entities };
}

describe('#namesCountry', () => {
  it('knows state names and aliases, after a leading "the"', () => {
    expect(namesCountry('Russia', kb)).toBe(true);
    expect(namesCountry('U.S.', kb)).toBe(true);
    expect(namesCountry('the United States', kb)).toBe(true);
    expect(namesCountry('Soviet Union', kb)).toBe(true);
  });

  it('does not take cities, demonyms or lowercase words for countries', () => {
    expect(namesCountry('Moscow', kb)).toBe(false);
    expect(namesCountry('Russian', kb)).toBe(false);
    expect(namesCountry('turkey', kb)).toBe(false);
    expect(namesCountry('U.S. forces', kb)).toBe(false);
  });
});

describe('#mapGold (conll)', () => {
  it('maps PER and ORG, keeps LOC as a state only when it names a country, and ignores MISC', () => {
    const d = doc('Anna Berg of Acme Corp flew from Moscow to Canada for the Winter Cup .', [
      ['Anna Berg', 'PER'],
      ['Acme Corp', 'ORG'],
      ['Moscow', 'LOC'],
      ['Canada', 'LOC'],
      ['Winter Cup', 'MISC'],
    ]);
    const m = mapGold(d, 'conll', kb);
    expect(m.scored.map((s) => `${s.type}:${d.text.slice(s.start, s.end)}`)).toEqual(['person:Anna Berg', 'organisation:Acme Corp', 'state:Canada']);
    expect(m.ignored.map((s) => d.text.slice(s.start, s.end))).toEqual(['Moscow', 'Winter Cup']);
  });
});

describe('#mapGoldType (crossner)', () => {
  it('maps politicians and people to person, countries to state, parties and organisations to organisation', () => {
    const d = doc('Senator Ida Holm of the Green League visited France and Lyon in the 1990 election .', [
      ['Ida Holm', 'politician'],
      ['Green League', 'politicalparty'],
      ['France', 'country'],
      ['Lyon', 'location'],
      ['1990 election', 'election'],
    ]);
    expect(d.entities.map((e) => mapGoldType(e, d.text, 'crossner', kb))).toEqual(['person', 'organisation', 'state', null, null]);
  });
});

describe('#mapGoldType (re3d)', () => {
  it('ignores pronouns and spans without a capital, and types country organisations and locations as states', () => {
    const d = doc('The United States and its coalition partners said they backed Kasim Oru in Ukraine.', [
      ['The United States', 'Organisation'],
      ['coalition partners', 'Organisation'],
      ['they', 'Organisation'],
      ['Kasim Oru', 'Person'],
      ['Ukraine', 'Location'],
    ]);
    expect(d.entities.map((e) => mapGoldType(e, d.text, 're3d', kb))).toEqual(['state', null, null, 'person', 'state']);
  });

  it('keeps other organisations and drops other locations', () => {
    const d = doc('The Northern Brigade moved to Harbour Town.', [
      ['The Northern Brigade', 'Organisation'],
      ['Harbour Town', 'Location'],
    ]);
    expect(d.entities.map((e) => mapGoldType(e, d.text, 're3d', kb))).toEqual(['organisation', null]);
  });
});

describe('#mapGold (re3d)', () => {
  it('merges overlapping gold spans of one type into one, and keeps spans of other types apart', () => {
    const d = doc('Foreign Minister Ida Holm met the Northern Brigade in Ukraine.', [
      ['Foreign Minister Ida Holm', 'Person'],
      ['Ida Holm', 'Person'],
      ['the Northern Brigade', 'Organisation'],
      ['Northern Brigade', 'Organisation'],
      ['Ukraine', 'Location'],
    ]);
    const m = mapGold(d, 're3d', kb);
    expect(m.scored.map((s) => `${s.type}:${d.text.slice(s.start, s.end)}`)).toEqual(['person:Foreign Minister Ida Holm', 'organisation:the Northern Brigade', 'state:Ukraine']);
  });

  it('leaves nested spans alone in the strictly scored sets', () => {
    const d = doc('Foreign Minister Ida Holm spoke.', [
      ['Foreign Minister Ida Holm', 'politician'],
      ['Ida Holm', 'politician'],
    ]);
    expect(mapGold(d, 'crossner', kb).scored).toHaveLength(2);
  });
});

describe('#mapGold (identity)', () => {
  it('scores our types, ignores treaties, and counts a duplicated span once', () => {
    const d = doc('Canada signed the Paris Charter.', [
      ['Canada', 'state'],
      ['Paris Charter', 'treaty'],
    ]);
    d.entities.push({ ...d.entities[0]! });
    const m = mapGold(d, 'identity', kb);
    expect(m.scored).toHaveLength(1);
    expect(m.ignored).toHaveLength(1);
  });
});
