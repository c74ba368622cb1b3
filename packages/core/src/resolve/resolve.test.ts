import { describe, expect, it } from 'vitest';
import { analyse } from '../language/analyse.js';
import { TINY_KB_DATA, tinyKb } from '../knowledge/__fixtures__/tiny-kb.js';
import { createKnowledgeBase } from '../knowledge/kb.js';
import { extractDocument } from '../pipeline/extract.js';
import { buildGraph } from '../graph/build-graph.js';
import type { KbEntry } from '../knowledge/kb-types.js';
import type { Candidate, CandidateSource } from '../detect/candidate.js';
import { createTokenView, type TokenView } from '../detect/tokens.js';
import type { EntityType } from '../types.js';
import { resolveCandidates } from './resolve.js';

const kb = tinyKb();

/** The view of `text`, and a candidate maker for the tokens of the nth occurrence of a phrase. */
function doc(text: string): { view: TokenView; at: (phrase: string, type: EntityType, more?: Partial<Candidate> & { nth?: number }) => Candidate } {
  const view = createTokenView(analyse(text, { maxChars: 10_000, maxTokenChars: 64 }));
  const at = (phrase: string, type: EntityType, { nth = 0, ...more }: Partial<Candidate> & { nth?: number } = {}): Candidate => {
    let start = -1;
    for (let k = 0; k <= nth; k++) start = text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`"${phrase}" is not in the text`);
    const first = view.a.start.findIndex((s) => s >= start);
    const last = view.a.end.findIndex((e) => e >= start + phrase.length) + 1;
    return { first, last, type, source: 'cue' as CandidateSource, ...more };
  };
  return { view, at };
}

const resolved = (view: TokenView, candidates: Candidate[], year?: number) => {
  const r = resolveCandidates(view, candidates, kb, year);
  return { mentions: r.mentions.map((m) => `${m.text}→${m.entity}`), entities: r.entities };
};

describe('#resolveCandidates', () => {
  it('gives a KB entity its KB id and name, and the text as an alias', () => {
    const { view, at } = doc('NATO met.');
    const nato = kb.entries.get('Q7184')!;
    const r = resolveCandidates(view, [at('NATO', 'organisation', { source: 'kb', entry: nato })], kb);
    expect(r.mentions).toEqual([{ start: 0, end: 4, text: 'NATO', type: 'organisation', entity: 'Q7184', token: 0 }]);
    expect(r.entities.get('Q7184')).toEqual({ id: 'Q7184', label: 'North Atlantic Treaty Organization', type: 'organisation', kbId: 'Q7184', wikidata: 'Q7184', aliases: ['NATO'], found: 'kb' });
  });

  it('makes type:slug of a name the KB does not know, without its article', () => {
    const { view, at } = doc('They founded the Zorg Council.');
    const { mentions, entities } = resolved(view, [at('the Zorg Council', 'organisation', { source: 'pattern' })]);
    expect(mentions).toEqual(['the Zorg Council→organisation:zorg-council']);
    expect(entities.get('organisation:zorg-council')).toMatchObject({ label: 'Zorg Council', found: 'rule' });
  });

  it('keeps a fixed id and label (a national body)', () => {
    const { view, at } = doc('The Russian foreign ministry wrote.');
    const { entities } = resolved(view, [at('Russian foreign ministry', 'organisation', { source: 'pattern', id: 'organisation:rus-foreign-ministry', label: 'Ministry of Foreign Affairs of Russia' })]);
    expect([...entities.values()].map((e) => [e.id, e.label])).toEqual([['organisation:rus-foreign-ministry', 'Ministry of Foreign Affairs of Russia']]);
  });

  it('finds a KB organisation by a name it was not matched by, and by "<name> of <state>"', () => {
    const { view, at } = doc('The North Atlantic Alliance and the OSCE of Russia spoke.');
    expect(resolved(view, [at('North Atlantic Alliance', 'organisation', { source: 'tagger' }), at('OSCE of Russia', 'organisation', { source: 'tagger' })]).mentions).toEqual([
      'North Atlantic Alliance→Q7184',
      'OSCE of Russia→Q81299',
    ]);
  });

  it('matches a treaty the KB knows by its words', () => {
    const { view, at } = doc('They cited the OSCE Paris Charter for New Europe.');
    expect(resolved(view, [at('OSCE Paris Charter for New Europe', 'treaty', { source: 'pattern' })]).mentions).toEqual(['OSCE Paris Charter for New Europe→Q1066917']);
  });

  it('joins a lone surname, before or after, to the one full name of the document that ends with it', () => {
    const { view, at } = doc('Lavrov arrived. Sergey Lavrov spoke. Lavrov left.');
    const person = (phrase: string, nth = 0) => at(phrase, 'person', { label: phrase, nth });
    const { mentions, entities } = resolved(view, [person('Lavrov'), person('Sergey Lavrov'), at('Lavrov', 'person', { label: 'Lavrov', nth: 2 })]);
    expect(mentions).toEqual(['Lavrov→person:sergey-lavrov', 'Sergey Lavrov→person:sergey-lavrov', 'Lavrov→person:sergey-lavrov']);
    expect(entities.get('person:sergey-lavrov')).toMatchObject({ label: 'Sergey Lavrov', aliases: ['Lavrov', 'Sergey Lavrov'] });
  });

  it('leaves a surname two full names of one length share on its own, and takes the longest full name otherwise', () => {
    const a = doc('Anna Smith and John Smith met. Smith spoke.');
    const p = (phrase: string, nth = 0) => a.at(phrase, 'person', { label: phrase, nth });
    expect(resolved(a.view, [p('Anna Smith'), p('John Smith'), a.at('Smith', 'person', { label: 'Smith', nth: 2 })]).mentions.at(-1)).toBe('Smith→person:smith');
    const b = doc('John Smith and John Paul Smith met. Smith spoke.');
    const q = (phrase: string, nth = 0) => b.at(phrase, 'person', { label: phrase, nth });
    expect(resolved(b.view, [q('John Smith'), q('John Paul Smith'), b.at('Smith', 'person', { label: 'Smith', nth: 2 })]).mentions.at(-1)).toBe('Smith→person:john-paul-smith');
  });

  it('gives a surname the KB person whose full name is in the document', () => {
    const lavrov: KbEntry = { id: 'Q1', type: 'person', name: 'Sergey Lavrov', names: ['Sergey Lavrov'], wikidata: 'Q1' };
    const { view, at } = doc('Sergey Lavrov spoke. Lavrov left.');
    expect(resolved(view, [at('Sergey Lavrov', 'person', { source: 'kb', entry: lavrov }), at('Lavrov', 'person', { label: 'Lavrov', nth: 1 })]).mentions).toEqual(['Sergey Lavrov→Q1', 'Lavrov→Q1']);
  });

  it('marks a coreference mention and keeps its words out of the aliases', () => {
    const { view, at } = doc('Sergey Lavrov spoke. He left.');
    const lavrov = at('Sergey Lavrov', 'person', { label: 'Sergey Lavrov' });
    const r = resolveCandidates(view, [lavrov, { ...lavrov, ...at('He', 'person'), label: 'Sergey Lavrov', source: 'coreference' }], kb);
    expect(r.mentions.map((m) => [m.text, m.entity, m.via])).toEqual([['Sergey Lavrov', 'person:sergey-lavrov', undefined], ['He', 'person:sergey-lavrov', 'coreference']]);
    expect(r.entities.get('person:sergey-lavrov')!.aliases).toEqual(['Sergey Lavrov']);
  });

  it('keeps the strongest way an entity was found; a propagated mention adds none', () => {
    const { view, at } = doc('Zorg Union met. Zorg Union agreed. Zorg Union left.');
    const z = (nth: number, source: CandidateSource) => at('Zorg Union', 'organisation', { nth, source });
    expect(resolved(view, [z(0, 'tagger'), z(1, 'pattern')]).entities.get('organisation:zorg-union')!.found).toBe('rule');
    expect(resolved(view, [z(0, 'propagated')]).entities.get('organisation:zorg-union')!.found).toBeUndefined();
    expect(resolved(view, [z(0, 'pattern'), z(1, 'tagger'), z(2, 'propagated')]).entities.get('organisation:zorg-union')!.found).toBe('rule');
  });

  it('drops a candidate whose name makes no id', () => {
    const { view, at } = doc('They said "—" twice.');
    expect(resolved(view, [at('—', 'organisation', { label: '—' })]).mentions).toEqual([]);
  });
});

describe('#resolveCandidates (a name several bodies share)', () => {
  const shared = createKnowledgeBase({
    ...TINY_KB_DATA,
    nationalOrganisations: {
      version: 't', source: 't', licence: 'MIT',
      entries: [
        { id: 'nlf-ru', name: 'National Liberation Front (Russia)', acronyms: [], aliases: ['National Liberation Front'], country: 'RUS' },
        { id: 'nlf-ua', name: 'National Liberation Front (Ukraine)', acronyms: [], aliases: ['National Liberation Front'], country: 'UKR' },
      ],
    },
    treaties: {
      ...TINY_KB_DATA.treaties,
      entries: [
        { id: 'cpa-ru', name: 'Comprehensive Peace Agreement (Russia)', aliases: ['Comprehensive Peace Agreement'], acronyms: [], year: 2005, parties: ['RUS'] },
        { id: 'cpa-ua', name: 'Comprehensive Peace Agreement (Ukraine)', aliases: ['Comprehensive Peace Agreement'], acronyms: [], year: 2006, parties: ['UKR'] },
      ],
    },
  });
  const entityOf = (text: string) => extractDocument({ id: 't', text }, { kb: shared }).mentions.find((m) => m.type === 'organisation')?.entity;

  it('is the body of the state the document names most', () => {
    expect(entityOf('The National Liberation Front fought on in Ukraine, and Ukraine thanked Russia.')).toBe('nlf-ua');
    expect(entityOf('Russia said the National Liberation Front had won.')).toBe('nlf-ru');
  });

  it('follows the choice in an acronym introduced after it', () => {
    const mentions = extractDocument({ id: 't', text: 'In Russia the National Liberation Front (NLFR) fought. The NLFR won.' }, { kb: shared }).mentions;
    expect(mentions.filter((m) => m.type === 'organisation').map((m) => `${m.text}→${m.entity}`)).toEqual(['National Liberation Front→nlf-ru', 'NLFR→nlf-ru', 'NLFR→nlf-ru']);
  });

  it('is the instrument whose parties the document names, else the one of its year', () => {
    const treatyOf = (text: string, year?: number) => extractDocument({ id: 't', text, ...(year ? { date: `${year}-09-01` } : {}) }, { kb: shared }).mentions.find((m) => m.type === 'treaty')?.entity;
    expect(treatyOf('Ukraine honours the Comprehensive Peace Agreement.', 2010)).toBe('cpa-ua');
    expect(treatyOf('Russia honours the Comprehensive Peace Agreement.', 2010)).toBe('cpa-ru');
    expect(treatyOf('We honour the Comprehensive Peace Agreement.', 2005)).toBe('cpa-ru');
    expect(treatyOf('We honour the Comprehensive Peace Agreement.', 2009)).toBe('cpa-ua');
  });

  it('is the body of the state named after it, or none of them', () => {
    expect(entityOf('The National Liberation Front of Ukraine fought on.')).toBe('nlf-ua');
    expect(entityOf('The National Liberation Front of Canada fought on.')).toBe('organisation:national-liberation-front-of-canada');
  });

  it('stays a name of its own when no state decides, not one of the bodies at random', () => {
    expect(entityOf('The National Liberation Front fought on.')).toBe('organisation:national-liberation-front');
    expect(entityOf('Russia and Ukraine spoke of the National Liberation Front.')).toBe('organisation:national-liberation-front');
    // …which a graph withholds as ambiguous (graph/admission.ts).
    const g = buildGraph([{ id: 'a', text: 'The National Liberation Front fought on with NATO.' }], { kb: shared });
    expect(g.hasNode('organisation:national-liberation-front')).toBe(false);
    expect(g.getAttribute('manifest').withheld).toMatchObject({ ambiguous: { entities: 1 } });
  });
});
