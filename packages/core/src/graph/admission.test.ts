import { describe, expect, it } from 'vitest';
import { endsOnAdjective, hasOrganisationWord, isPartyCongress, isCollectiveName, isCongressOn, isHeadRunOn, isNumberedMeeting, isForumMeeting, endsOnLetter, isInstrumentRunOn, isMeetingOfParties, withheldReason } from './admission.js';
import type { EntityType, FoundBy } from '../types.js';
import { createKnowledgeBase } from '../knowledge/kb.js';
import { TINY_KB_DATA } from '../knowledge/__fixtures__/tiny-kb.js';

const kb = createKnowledgeBase(TINY_KB_DATA);

const node = (type: EntityType, label: string, foundBy: Partial<Record<FoundBy, number>>, kbId?: string) => ({ type, label, foundBy, ...(kbId ? { kbId } : {}) });

describe('#withheldReason', () => {
  it.each([
    ['Schumann', 'lone-name'],
    ['Mr. Wiley', 'lone-name'],
    ['De Michelis', 'lone-name'],
    ['Messrs. Welensky', 'lone-name'],
    ['Woodrow Wilson School', 'not-a-name'],
    ['Truman Doctrine', 'not-a-name'],
    ['J. All', 'not-a-name'],
    ['Fort Randolph', 'not-a-name'],
    ['Kompong Som', 'not-a-name'],
    ['Bukit Timah', 'not-a-name'],
    ['Reagan Administration', 'not-a-name'],
    ['Salazar Government', 'not-a-name'],
    ['Kersten Amendment', 'not-a-name'],
    ['Chapter VL', 'not-a-name'],
    ['Article XIX', 'not-a-name'],
    ['Maurice Schumann', undefined],
    ['King Hussein', undefined],
    ['Ismail Omar Guelleh', undefined],
  ])('person %s → %s', (label, reason) => {
    expect(withheldReason(node('person', label, { model: 3 }))).toBe(reason);
  });

  it('admits whatever the KB found, alone or not', () => {
    expect(withheldReason(node('person', 'Nero', { kb: 1 }))).toBeUndefined();
    expect(withheldReason(node('person', 'Suharto', { model: 4 }, 'Q1'))).toBeUndefined();
  });

  it('withholds an organisation only the model found when its name has no organisation word', () => {
    expect(withheldReason(node('organisation', 'Tax Matters', { model: 1 }))).toBe('no-organisation-word');
    expect(withheldReason(node('organisation', 'Tax Matters', { model: 1, rule: 1 }))).toBeUndefined();
    expect(withheldReason(node('organisation', 'Westinghouse Corporation', { model: 1 }))).toBeUndefined();
  });

  it('withholds a diplomatic post its name does not place', () => {
    for (const label of ['Czechoslovak Embassy', 'Observer Mission', 'Mission to the United Kingdom', 'Diplomatic Corps']) {
      expect(withheldReason(node('organisation', label, { rule: 2 }))).toBe('generic');
    }
    for (const label of ['Permanent Mission of India', 'Embassy in Beirut', 'OAU Observer Mission', 'Peace Corps']) {
      expect(withheldReason(node('organisation', label, { rule: 2 }))).toBeUndefined();
    }
  });

  it('withholds two bodies joined as one', () => {
    expect(withheldReason(node('organisation', 'Council and Assembly', { model: 2 }))).toBe('not-a-name');
    expect(withheldReason(node('organisation', 'IMF/World Bank', { model: 2 }))).toBe('not-a-name');
    expect(withheldReason(node('organisation', 'Chairman-in-Office of the OSCE', { rule: 2 }))).toBe('not-a-name');
    expect(withheldReason(node('organisation', 'House of Representatives and Senate', { rule: 1 }))).toBe('not-a-name');
    expect(withheldReason(node('organisation', 'United Nations Conference on Trade and Development', { rule: 1 }))).toBeUndefined();
    expect(withheldReason(node('organisation', 'Council of Europe', { rule: 2 }))).toBeUndefined();
    expect(withheldReason(node('organisation', 'Press', { model: 90 }))).toBe('not-a-name');
    expect(withheldReason(node('organisation', 'UNION', { model: 2 }))).toBeUndefined();
  });

  it('leaves states to detection', () => {
    expect(withheldReason(node('state', 'Ruritania', { model: 1 }))).toBeUndefined();
  });

  it('withholds a deployment named by its sender and kind alone', () => {
    expect(withheldReason(node('organisation', 'United Nations Force', { rule: 84 }))).toBe('generic');
    expect(withheldReason(node('organisation', 'UN Mission', { rule: 3 }))).toBe('generic');
    expect(withheldReason(node('organisation', 'United Nations Emergency Force', { rule: 40 }))).toBeUndefined();
  });

  it('withholds an instrument named by its kind alone, or by a name the KB gives several instruments', () => {
    const kb = createKnowledgeBase({
      ...TINY_KB_DATA,
      treaties: {
        ...TINY_KB_DATA.treaties,
        entries: [
          { id: 'vclt', name: 'Vienna Convention on the Law of Treaties', aliases: [], acronyms: [] },
          { id: 'vcdr', name: 'Vienna Convention on Diplomatic Relations', aliases: [], acronyms: [] },
        ],
      },
    });
    expect(withheldReason(node('treaty', 'United Nations Declaration', { rule: 29 }), kb)).toBe('generic');
    expect(withheldReason(node('treaty', 'Vienna Convention', { rule: 29 }), kb)).toBe('ambiguous');
    // Without a KB nothing says it is shared.
    expect(withheldReason(node('treaty', 'Vienna Convention', { rule: 29 }))).toBeUndefined();
    expect(withheldReason(node('treaty', 'Treaty of Westphalia', { rule: 5 }), kb)).toBeUndefined();
    // Cut before the noun a state's adjective qualifies.
    expect(withheldReason(node('organisation', 'Ad Hoc Committee on the Russian', { rule: 1 }), kb)).toBe('not-a-name');
    expect(withheldReason(node('treaty', 'Declaration of Principles on Russian', { rule: 5 }), kb)).toBe('not-a-name');
    expect(withheldReason(node('organisation', 'Union of Russians', { rule: 1 }), kb)).toBeUndefined();
    expect(withheldReason(node('treaty', 'Vienna Convention on the Law of Treaties', { kb: 5 }, 'vclt'), kb)).toBeUndefined();
  });
});

describe('#hasOrganisationWord', () => {
  it.each([
    ['Government of Namibia', true],
    ['Commission on Human Rights', true],
    ['Centre for Electoral Consultation and Promotion', true],
    ["Children’s Life Fund", true],
    ['Frente Farabundo Martí', true],
    ['SWAPO', true],
    ['ZANU-PF', true],
    ['Obama Administration', true],
    ['Registrar of the Tribunal', false],
    ['Assembly New Zealand', false],
    ['Pan-Africanist', false],
    ['Human Spirit', false],
    ['Covid', false],
  ])('%s → %s', (label, expected) => {
    expect(hasOrganisationWord(label)).toBe(expected);
  });
});

describe('#isCongressOn', () => {
  it('takes a congress on a subject for a meeting, and a congress of or for someone for a body', () => {
    expect(isCongressOn('World Congress on the Sexual Exploitation of Children')).toBe(true);
    expect(isCongressOn('Eighth United Nations Congress on the Prevention of Crime')).toBe(true);
    expect(isCongressOn('Congress against Commercial Sexual Exploitation of Children')).toBe(true);
    expect(isCongressOn('African National Congress')).toBe(false);
    expect(isCongressOn('Congress for Democratic Change')).toBe(false);
    expect(isCongressOn('Congress of the United States')).toBe(false);
  });
});

describe('#isCollectiveName', () => {
  it('takes a plural instrument head for several instruments, and leaves singular heads and accords', () => {
    expect(isCollectiveName('International Covenants on Human Rights')).toBe(true);
    expect(isCollectiveName('Rio Conventions')).toBe(true);
    expect(isCollectiveName('Protocols to the Treaty of Rarotonga')).toBe(true);
    expect(isCollectiveName('Optional Protocol to the United Nations Human Rights Covenants')).toBe(false);
    expect(isCollectiveName('Convention on the Rights of Persons with Disabilities')).toBe(false);
    expect(isCollectiveName('Oslo Accords')).toBe(false);
    expect(isCollectiveName('Treaty of Rome')).toBe(false);
  });
});

describe('#endsOnAdjective', () => {
  it('takes a name ending on a demonym or an opening adjective after a small word for a cut one', () => {
    expect(endsOnAdjective('Community to the Russian', kb)).toBe(true);
    expect(endsOnAdjective('Organization of African', kb)).toBe(true);
    expect(endsOnAdjective('Commission on Human', kb)).toBe(true);
    expect(endsOnAdjective('Council of Regional Organizations in the Pacific', kb)).toBe(false);
    expect(endsOnAdjective('Russian Orthodox Church', kb)).toBe(false);
  });
});

describe('#isNumberedMeeting', () => {
  it('takes a meeting counted in a series for an event, and keeps numbered committees and armies', () => {
    expect(isNumberedMeeting('Eleventh Congress of the Bulgarian Communist Party')).toBe(true);
    expect(isNumberedMeeting('Third World Water Forum')).toBe(true);
    expect(isNumberedMeeting('Second Vatican Council')).toBe(true);
    expect(isNumberedMeeting('First Committee of the United Nations')).toBe(false);
    expect(isNumberedMeeting('Fourteenth Russian Army')).toBe(false);
    expect(isNumberedMeeting('Council of Europe')).toBe(false);
  });
});

describe('#isHeadRunOn', () => {
  it('takes a bare head run on into the sentence, or the Organization of a state, for no name', () => {
    expect(isHeadRunOn('Council to the General Assembly', kb)).toBe(true);
    expect(isHeadRunOn('Council to Ukraine', kb)).toBe(true);
    expect(isHeadRunOn('Assembly with the Permanent Representative', kb)).toBe(true);
    expect(isHeadRunOn('Conference the Soviet Union', kb)).toBe(true);
    expect(isHeadRunOn('Organization for Ukraine', kb)).toBe(true);
    expect(isHeadRunOn('Organisation of the United States', kb)).toBe(true);
  });
  it('keeps names that go on with their own words', () => {
    expect(isHeadRunOn('Committee against Torture', kb)).toBe(false);
    expect(isHeadRunOn('Committee to Review the Implementation of the Convention', kb)).toBe(false);
    expect(isHeadRunOn('Organization of Ukraine River States', kb)).toBe(false);
    expect(isHeadRunOn('Organization of American States', kb)).toBe(false);
    expect(isHeadRunOn('Council of Europe', kb)).toBe(false);
    expect(isHeadRunOn('Organization for Security and Co-operation in Europe', kb)).toBe(false);
  });
});

describe('#isPartyCongress', () => {
  it("takes a party's congress or one in a capital for a meeting, a state's for its legislature", () => {
    for (const l of ['Congress of the MPLA', 'Congress of the Communist Party of the Soviet Union', 'Congress of the Popular Front', 'Congress of Kyiv']) expect(isPartyCongress(l, kb)).toBe(true);
    for (const l of ['Congress of the Philippines', 'Congress of Ukraine', 'African National Congress', 'Congress of Deputies']) expect(isPartyCongress(l, kb)).toBe(false);
  });
});

describe('#isForumMeeting', () => {
  it('takes a forum for a meeting unless its name makes it a standing one', () => {
    for (const l of ['Bali Democracy Forum', 'Forum on the Culture of Peace', 'Stockholm International Forum on the Holocaust', 'World Mountain Forum']) expect(isForumMeeting(l)).toBe(true);
    for (const l of ['Permanent Forum on Indigenous Issues', 'Pacific Islands Forum Fisheries Agency', 'Forum Secretariat', 'Forumula Council']) expect(isForumMeeting(l)).toBe(false);
  });
  it('withholds a forum the KB does not know as an event, and keeps one it knows', () => {
    expect(withheldReason({ type: 'organisation', label: 'Global Education Forum', foundBy: { model: 1 } }, kb)).toBe('event');
    expect(withheldReason({ type: 'organisation', label: 'Pacific Islands Forum', kbId: 'Q757276', foundBy: { kb: 1 } }, kb)).toBeUndefined();
  });
});

describe('#endsOnLetter', () => {
  it('takes a name ending on a lone letter after a small word for a cut one', () => {
    expect(endsOnLetter('Treaty on the N')).toBe(true);
    expect(endsOnLetter('Commission of the E.')).toBe(true);
    expect(endsOnLetter('Protocol B')).toBe(false);
    expect(endsOnLetter('Group of 77 and China')).toBe(false);
    expect(withheldReason({ type: 'treaty', label: 'Treaty on the N', foundBy: { rule: 1 } })).toBe('not-a-name');
  });
});

describe('#isInstrumentRunOn and #isMeetingOfParties', () => {
  it('takes an instrument run on to a legislature or a state for no name, and keeps one going on to an instrument or a purpose', () => {
    expect(isInstrumentRunOn('Treaty to the United States Senate', kb)).toBe(true);
    expect(isInstrumentRunOn('Vienna Convention to the Colombian Congress', kb)).toBe(true);
    expect(isInstrumentRunOn('Treaty for the Ukraine', kb)).toBe(true);
    expect(isInstrumentRunOn('Charter to the Security Council', kb)).toBe(true);
    expect(isInstrumentRunOn('Protocol to the Convention on the Rights of the Child', kb)).toBe(false);
    expect(isInstrumentRunOn('Treaty for the Prohibition of Nuclear Weapons in Latin America', kb)).toBe(false);
    expect(isInstrumentRunOn('Declaration for Ukraine', kb)).toBe(false);
  });
  it("takes a meeting of an instrument's parties for an event", () => {
    expect(isMeetingOfParties('Treaty on the Non-Proliferation of Nuclear Weapons Review Conference')).toBe(true);
    expect(isMeetingOfParties('Convention on Biological Diversity COP15')).toBe(true);
    expect(isMeetingOfParties('Convention on Biological Diversity')).toBe(false);
    expect(isMeetingOfParties('Declaration of the Jakarta Conference')).toBe(false);
    expect(withheldReason({ type: 'treaty', label: 'Treaty to the United States Senate', foundBy: { rule: 1 } }, kb)).toBe('not-a-name');
  });
});
