import { describe, expect, it } from 'vitest';
import { mentionsOf } from './test-helpers.js';

describe('#detect (knowledge base)', () => {
  it('finds states, organisations and treaties by any of their names', () => {
    expect(mentionsOf('The U.S. and NATO replied to the Non-Proliferation Treaty review.')).toEqual([
      'state:U.S.→USA',
      'organisation:NATO→Q7184',
      'treaty:Non-Proliferation Treaty→Q11645',
    ]);
  });

  it('prefers the longest name', () => {
    expect(mentionsOf('The UN Security Council met.')).toEqual(['organisation:UN Security Council→Q37470']);
  });

  it('does not take a region for a state', () => {
    expect(mentionsOf('Trade with Latin America grew, and Europe watched.')).toEqual([]);
  });

  it('does not match acronyms in lowercase', () => {
    expect(mentionsOf('Ask us who came.')).toEqual([]);
  });
});

describe('#detect (people)', () => {
  it('strips the title from a person named after one', () => {
    expect(mentionsOf('Russian Foreign Minister Sergey Lavrov spoke.')).toEqual(['state:Russian→RUS', 'person:Sergey Lavrov→person:sergey-lavrov']);
  });

  it('links a later surname to the full name', () => {
    const found = mentionsOf('President Vladimir Putin arrived. Later, Putin said nothing new.');
    expect(found).toContain('person:Putin→person:vladimir-putin');
  });

  it('finds a name next to a verb of saying', () => {
    expect(mentionsOf('"We disagree," said Jens Stoltenberg.')).toContain('person:Jens Stoltenberg→person:jens-stoltenberg');
    expect(mentionsOf('Annalena Baerbock said the talks failed.')).toContain('person:Annalena Baerbock→person:annalena-baerbock');
  });

  it('joins hyphenated titles and names', () => {
    expect(mentionsOf('Secretary-General António Guterres warned the Assembly.')).toContain('person:António Guterres→person:antonio-guterres');
  });

  it('takes no person from a headline line', () => {
    expect(mentionsOf('Security For All, or Security for None\n\nDescription\n\nNothing else.')).toEqual([]);
  });
});

describe('#detect (metonymy)', () => {
  it('reads a capital that acts as its government', () => {
    expect(mentionsOf('Moscow maintains its position.')).toEqual(['state:Moscow→RUS']);
    expect(mentionsOf('The concerns were ignored by Washington.')).toEqual(['state:Washington→USA']);
    expect(mentionsOf('NATO ignored Moscow.')).toEqual(['organisation:NATO→Q7184', 'state:Moscow→RUS']);
    expect(mentionsOf('Missiles struck Kyiv.')).toEqual([]);
  });

  it('reads a capital before "Government" or "regime" as its state', () => {
    expect(mentionsOf('The Moscow Government refused, and the Ottawa regime agreed.')).toEqual(['state:Moscow→RUS', 'state:Ottawa→CAN']);
  });

  it('leaves a capital used as a place', () => {
    expect(mentionsOf('They met at a summit in Moscow.')).toEqual([]);
    expect(mentionsOf('It was reaffirmed at the Astana summit in 2010.')).toEqual([]);
  });

  it('can be switched off', () => {
    expect(mentionsOf('Moscow maintains its position.', { capitals: false })).toEqual([]);
    expect(mentionsOf('Russian Foreign Minister Sergey Lavrov spoke.', { demonyms: false })).toEqual(['person:Sergey Lavrov→person:sergey-lavrov']);
  });

  it('reads a demonym before a role, not a bare adjective', () => {
    expect(mentionsOf('Russian officials objected.')).toEqual(['state:Russian→RUS']);
    expect(mentionsOf('Russian security initiatives were discussed.')).toEqual([]);
  });
});

describe('#detect (national bodies)', () => {
  it('makes one organisation of every wording', () => {
    const a = mentionsOf('The Russian foreign ministry sent letters.');
    const b = mentionsOf('The Ministry of Foreign Affairs of Russia sent letters.');
    expect(a).toContain('organisation:Russian foreign ministry→organisation:rus-foreign-ministry');
    expect(a).toContain('state:Russian→RUS');
    expect(b.some((m) => m.endsWith('→organisation:rus-foreign-ministry'))).toBe(true);
  });
});

describe('#detect (organisations and treaties by shape)', () => {
  it('finds unknown organisations by their head word', () => {
    expect(mentionsOf('The Council for Mutual Economic Assistance was dissolved.')).toEqual([
      'organisation:Council for Mutual Economic Assistance→organisation:council-for-mutual-economic-assistance',
    ]);
  });

  it('finds unknown treaties and matches known ones by their words', () => {
    expect(mentionsOf('Both signed the Treaty of Zanzibar in 1890.')).toEqual(['treaty:Treaty of Zanzibar→treaty:treaty-of-zanzibar']);
    expect(mentionsOf('They cited the 1990 OSCE Paris Charter for New Europe.')).toEqual(['treaty:OSCE Paris Charter for New Europe→Q1066917']);
  });

  it('does not join two names across "and the"', () => {
    const found = mentionsOf('NATO and the UN Security Council disagreed.');
    expect(found).toEqual(['organisation:NATO→Q7184', 'organisation:UN Security Council→Q37470']);
  });

  it('keeps "between A and B" in a name, and matches the instrument its own words name', () => {
    expect(mentionsOf('They honour the Treaty of Peace between the Arab Republic of Egypt and the State of Israel.')).toEqual([
      'treaty:Treaty of Peace between the Arab Republic of Egypt and the State of Israel→treaty:treaty-of-peace-between-the-arab-republic-of-egypt-and-the-state-of-israel',
    ]);
  });

  it('takes no instrument from a plural head over two places, and keeps a lowercase hyphened modifier', () => {
    expect(mentionsOf('The Agreements of Lusaka and Pretoria held.').filter((m) => m.startsWith('treaty:'))).toEqual([]);
    expect(mentionsOf('They left the Anti-ballistic Zorg Treaty.')).toEqual(['treaty:Anti-ballistic Zorg Treaty→treaty:anti-ballistic-zorg-treaty']);
  });

  it("keeps a place's particles, nouns before the head and a hyphened lowercase word in an instrument's name", () => {
    const treaties = (text: string) => mentionsOf(text).filter((m) => m.startsWith('treaty:')).map((m) => m.split('→')[0]);
    expect(treaties('They signed the Dar es Zorg Declaration and the Rio de Zorg Protocol.')).toEqual(['treaty:Dar es Zorg Declaration', 'treaty:Rio de Zorg Protocol']);
    expect(treaties('The Fish Stocks Agreement holds.')).toEqual(['treaty:Fish Stocks Agreement']);
    expect(treaties('The thirteen-Power Declaration was adopted.')).toEqual(['treaty:thirteen-Power Declaration']);
    expect(treaties('The Sharm el-Zorg Agreement was signed.')).toEqual(['treaty:Sharm el-Zorg Agreement']);
    expect(treaties('The El Zorg Peace Agreements were signed.')).toEqual(['treaty:El Zorg Peace Agreements']);
    expect(treaties('According to the Zorg Treaty, all agreed.')).toEqual(['treaty:Zorg Treaty']);
  });

  it('keeps a list of concepts inside a name, not a list of names', () => {
    expect(mentionsOf('The Treaty of Friendship, Good-Neighbourliness and Co-operation holds.')).toEqual([
      'treaty:Treaty of Friendship, Good-Neighbourliness and Co-operation→treaty:treaty-of-friendship-good-neighbourliness-and-co-operation',
    ]);
    expect(mentionsOf('The Council of Europe, NATO and the EU met.')).toEqual(['organisation:Council of Europe→organisation:council-of-europe', 'organisation:NATO→Q7184', 'organisation:EU→organisation:eu']);
  });

  it('lets a treaty title go on over "and the" between two things it is about, not into another name', () => {
    expect(mentionsOf('They adopted the Declaration of Principles Governing the Sea-Bed and the Ocean Floor.')).toEqual([
      'treaty:Declaration of Principles Governing the Sea-Bed and the Ocean Floor→treaty:declaration-of-principles-governing-the-sea-bed-and-the-ocean-floor',
    ]);
    expect(mentionsOf('The Declaration of Principles Governing Trade and the Peace Accords held.').filter((m) => m.startsWith('treaty:'))).not.toContain(
      'treaty:Declaration of Principles Governing Trade and the Peace Accords→treaty:declaration-of-principles-governing-trade-and-the-peace-accords',
    );
    expect(mentionsOf('The Treaty of Zorg and the Protocol of Zorg differ.').filter((m) => m.startsWith('treaty:'))).toEqual([
      'treaty:Treaty of Zorg→treaty:treaty-of-zorg',
      'treaty:Protocol of Zorg→treaty:protocol-of-zorg',
    ]);
  });

  it('ends a name before "in" a capital city, not before a state or region', () => {
    expect(mentionsOf('The Zorg Committee on Coordination in Ottawa met.')).toEqual(['organisation:Zorg Committee on Coordination→organisation:zorg-committee-on-coordination']);
    expect(mentionsOf('The Zorg Commission for Peace in Canada met.')).toEqual(['organisation:Zorg Commission for Peace in Canada→organisation:zorg-commission-for-peace-in-canada']);
  });

  it('takes no name from two names one "of" the other', () => {
    expect(mentionsOf('We welcome the admission to our Organization of the Russian Federation.')).toEqual(['state:Russian Federation→RUS']);
  });

  it('learns acronyms introduced in brackets', () => {
    const found = mentionsOf('The Collective Security Treaty Organization (CSTO) met. The CSTO agreed.');
    expect(found.filter((m) => m.includes('CSTO→organisation:collective-security-treaty-organization'))).toHaveLength(2);
  });
});

describe('#detect (back-references by head word)', () => {
  it('reads "the Protocol" and "the Council" as the entity named before', () => {
    const found = mentionsOf('Few states ratified the Kyoto Protocol. The Protocol expired. The UN Security Council met; the Council agreed.');
    expect(found.filter((m) => m.startsWith('treaty:'))).toEqual(['treaty:Kyoto Protocol→treaty:kyoto-protocol', 'treaty:Protocol→treaty:kyoto-protocol']);
    expect(found).toContain('organisation:Council→Q37470');
  });

  it('leaves a bare head with nothing named before it', () => {
    expect(mentionsOf('The Treaty was signed. The Council met.')).toEqual([]);
  });
});
