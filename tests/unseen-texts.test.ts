/**
 * The same mechanisms as the seed article, on texts written for this test (invented sentences about real actors), so
 * that the seed results cannot come from anything specific to the seed.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph, extractDocument } from '@entente/core';

function mentions(text: string): string[] {
  return extractDocument({ id: 't', text }).mentions.map((m) => `${m.type}:${m.text}`);
}

describe('unseen texts', () => {
  it('titles before names, surnames afterwards, demonyms before titles', () => {
    const m = mentions('German Chancellor Olaf Scholz met French President Emmanuel Macron on Friday. Scholz later said the talks went well.');
    expect(m).toEqual(expect.arrayContaining(['state:German', 'person:Olaf Scholz', 'state:French', 'person:Emmanuel Macron', 'person:Scholz']));
    expect(m).not.toContain('person:Friday');
  });

  it('capitals as governments, and as places', () => {
    expect(mentions('Beijing rejected the proposal, and Tokyo responded with caution.')).toEqual(['state:Beijing', 'state:Tokyo']);
    expect(mentions('Delegates gathered at a conference in Nairobi.')).toEqual([]);
  });

  it('national bodies in any wording resolve to one organisation', () => {
    const g = buildGraph([
      { id: 'a', text: 'The Japanese foreign ministry issued a statement.' },
      { id: 'b', text: 'The Ministry of Foreign Affairs of Japan issued a statement.' },
    ]);
    const ministries = g.filterNodes((_, a) => a.type === 'organisation' && /foreign/i.test(a.label));
    expect(ministries).toHaveLength(1);
  });

  it('treaties by known names, by short names, and by shape', () => {
    const m = mentions('Both states are parties to the Non-Proliferation Treaty and the Rome Statute, and signed the Treaty of Friendship of Atlantis.');
    expect(m).toEqual(expect.arrayContaining(['treaty:Non-Proliferation Treaty', 'treaty:Rome Statute', 'treaty:Treaty of Friendship of Atlantis']));
  });

  it('acronyms and long names are one entity', () => {
    const g = buildGraph([
      { id: 'a', text: 'The International Atomic Energy Agency sent inspectors to Iran.' },
      { id: 'b', text: 'The IAEA said Iran had cooperated.' },
    ]);
    const iaea = g.filterNodes((_, a) => a.aliases.includes('IAEA'));
    expect(iaea).toHaveLength(1);
    expect(g.getNodeAttribute(iaea[0]!, 'aliases')).toContain('International Atomic Energy Agency');
  });

  it('regions, continents and weekdays are not entities', () => {
    expect(mentions('On Monday, leaders from Africa, Latin America and the Middle East met in Europe.')).toEqual([]);
  });

  it('capitalised common words and programmes of goals are not names', () => {
    const m = mentions('The Powers agreed, and All welcomed the Women, Peace and Security Agenda and the Sustainable Development Goals.');
    expect(m.filter((x) => x.startsWith('person:'))).toEqual([]);
    expect(m.some((x) => x.includes('Sustainable Development Goals'))).toBe(false);
  });
});
