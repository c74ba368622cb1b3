import { describe, expect, it } from 'vitest';
import { createPersonResolver, documentPeople, GRAPH_SCOPE, KB_PRIOR, kbPeopleNames, type WeightedName } from './person-resolver.js';
import { loneSurname } from './person-names.js';

/** A KB person for the tables: its id, name and other names. */
interface Kb {
  id: string;
  name: string;
  names: string[];
}
const stalin: Kb = { id: 'Q855', name: 'Joseph Stalin', names: ['Joseph Stalin', 'Iosif Vissarionovich Stalin', 'J. V. Stalin'] };
const tamim: Kb = { id: 'Q1', name: 'Tamim bin Hamad Al Thani', names: ['Tamim bin Hamad Al Thani', 'Tamim bin Hamad'] };
const carter: Kb = { id: 'Q2', name: 'Jimmy Carter', names: ['Jimmy Carter', 'James Earl Carter'] };

/**
 * One case: the names a scope holds (a document's person mentions, or a graph's nodes with their mentions), a form to
 * ask about, and who it denotes: a label, 'ambiguous', or undefined when it stands for itself.
 */
interface Case {
  what: string;
  names: Array<string | [string, number] | Kb>;
  ask: string;
  /** For the graph: the mentions of the lone surname asked about. */
  weight?: number;
  document: string | 'ambiguous' | undefined;
  graph: string | 'ambiguous' | undefined;
}

const CASES: Case[] = [
  // The lone surname of one person.
  { what: 'a surname after the full name', names: ['Sergey Lavrov'], ask: 'Lavrov', document: 'Sergey Lavrov', graph: 'Sergey Lavrov' },
  { what: 'a surname before the full name (order does not matter)', names: ['Lavrov', 'Sergey Lavrov'], ask: 'Lavrov', document: 'Sergey Lavrov', graph: 'Sergey Lavrov' },
  { what: 'a surname no full name carries', names: ['Sergey Lavrov'], ask: 'Guterres', document: undefined, graph: undefined },
  // Two people of one surname.
  { what: 'two people of one surname, names of equal length', names: ['George Bush', 'Laura Bush'], ask: 'Bush', document: 'ambiguous', graph: 'ambiguous' },
  { what: 'two people of one surname, one named longer (not the longer)', names: ['Bill Clinton', 'Hillary Rodham Clinton'], ask: 'Clinton', document: 'ambiguous', graph: 'ambiguous' },
  { what: 'a stray full name: every name counts in a document, not across a graph', names: [['Kurt Waldheim', 633], ['Kua Waldheim', 1]], ask: 'Waldheim', document: 'ambiguous', graph: 'Kurt Waldheim' },
  { what: 'a dominant person of a shared surname, across a graph', names: [['Indira Gandhi', 95], ['Rajiv Gandhi', 5]], ask: 'Gandhi', document: 'ambiguous', graph: 'Indira Gandhi' },
  { what: 'no dominant person', names: [['Indira Gandhi', 60], ['Rajiv Gandhi', 40]], ask: 'Gandhi', document: 'ambiguous', graph: 'ambiguous' },
  // Initials and middle names.
  { what: 'initials that agree are one person', names: [['Mikhail Gorbachev', 80], ['Mikhail S. Gorbachev', 10]], ask: 'Mikhail S. Gorbachev', document: undefined, graph: 'Mikhail Gorbachev' },
  { what: 'a variant goes to its family: the fullest name in a document, the most mentioned across a graph', names: [['Mikhail Gorbachev', 80], ['Mikhail S. Gorbachev', 10]], ask: 'Mikhail Gorbachev', document: 'Mikhail S. Gorbachev', graph: undefined },
  { what: 'a surname of variants is one person', names: [['Mikhail Gorbachev', 80], ['Mikhail S. Gorbachev', 10]], ask: 'Gorbachev', document: 'Mikhail S. Gorbachev', graph: 'Mikhail Gorbachev' },
  { what: 'initials that disagree are two people', names: ['George H. W. Bush', 'George W. Bush'], ask: 'Bush', document: 'ambiguous', graph: 'ambiguous' },
  { what: 'a name agreeing with two people joins neither', names: [['George H. W. Bush', 30], ['George W. Bush', 42], ['George Bush', 78]], ask: 'George Bush', document: undefined, graph: undefined },
  { what: 'a middle and last name are the end of the full name', names: [['John Foster Dulles', 20], ['Foster Dulles', 5]], ask: 'Foster Dulles', document: 'John Foster Dulles', graph: 'John Foster Dulles' },
  { what: 'given names within a longer name, after honorifics', names: [['Al Hadji Yahya A. J. J. Jammeh', 5], ['Yahya A.J.J. Jammeh', 15], ['Yahya Jammeh', 3]], ask: 'Jammeh', document: 'Al Hadji Yahya A. J. J. Jammeh', graph: 'Yahya A.J.J. Jammeh' },
  { what: 'an initial stands for its first name', names: [['Nikita S. Khrushchev', 40], ['N. S. Khrushchev', 5]], ask: 'N. S. Khrushchev', document: 'Nikita S. Khrushchev', graph: 'Nikita S. Khrushchev' },
  // Titles of address are no part of a name.
  { what: 'a title before a lone surname', names: ['Sergey Lavrov'], ask: 'Mr. Lavrov', document: 'Sergey Lavrov', graph: 'Sergey Lavrov' },
  { what: 'a role before a lone surname', names: ['Nikita Khrushchev'], ask: 'Chairman Khrushchev', document: 'Nikita Khrushchev', graph: 'Nikita Khrushchev' },
  { what: 'a form of address before a full name', names: [['Mikhail Gorbachev', 80], ['Comrade Mikhail Gorbachev', 3]], ask: 'Comrade Mikhail Gorbachev', document: 'Mikhail Gorbachev', graph: 'Mikhail Gorbachev' },
  { what: 'a hyphenated title', names: [['Jan Smuts', 17], ['Field-Marshal Jan Christian Smuts', 2]], ask: 'Field-Marshal Jan Christian Smuts', document: undefined, graph: 'Jan Smuts' },
  // Regnal and religious titles are part of the name.
  { what: 'a regnal name owns its name word in a document, not across a graph', names: ['King Hussein'], ask: 'Hussein', document: 'King Hussein', graph: undefined },
  { what: 'a regnal name beside a full name of that word', names: ['King Hussein', 'Saddam Hussein'], ask: 'Hussein', document: 'ambiguous', graph: 'Saddam Hussein' },
  { what: 'two regnal names of one word', names: ['King Hussein', 'Imam Hussein'], ask: 'Hussein', document: 'ambiguous', graph: undefined },
  { what: 'a regnal name is no variant of another', names: ['King Hussein', 'Imam Hussein'], ask: 'Imam Hussein', document: undefined, graph: undefined },
  // Suffixes and styles.
  { what: 'a generational suffix tells a father from his son', names: ['Ferdinand Marcos', 'Ferdinand Marcos Jr.'], ask: 'Ferdinand Marcos', document: undefined, graph: undefined },
  { what: 'a regnal number is nobody’s surname', names: ['Hassan II', { id: 'Q76', name: 'Barack Obama', names: ['Barack Obama', 'Barack Hussein Obama II'] }], ask: 'II', document: undefined, graph: undefined },
  { what: 'the state of a ruler’s style is no surname', names: ['Hussein of Jordan', 'Mohammed VI of Morocco'], ask: 'Morocco', document: undefined, graph: undefined },
  // Patronymics: a father's name is no surname.
  { what: 'a KB name ending in a father’s name gives no surname', names: [tamim], ask: 'Hamad', document: undefined, graph: undefined },
  { what: 'the KB name’s own last word is its surname', names: [tamim], ask: 'Thani', document: 'Tamim bin Hamad Al Thani', graph: 'Tamim bin Hamad Al Thani' },
  // KB people.
  { what: 'a KB person owns its surname under any of its names', names: [stalin, 'I. V. Stalin'], ask: 'Stalin', document: 'Joseph Stalin', graph: 'Joseph Stalin' },
  // Across a graph, variants are sought among the names the graph holds, not yet among all the KB's names.
  { what: 'a form of a KB person’s other name is that person', names: [stalin, 'Iosif V. Stalin'], ask: 'Iosif V. Stalin', document: 'Joseph Stalin', graph: undefined },
  { what: 'a KB person is never a variant of another name', names: [carter, ['Jimmy E. Carter', 60]], ask: 'Jimmy E. Carter', document: 'Jimmy Carter', graph: 'Jimmy Carter' },
  { what: 'a KB person is named in full in a document; a stray name does not take its surname', names: [carter, ['Rosalynn Carter', 1]], ask: 'Carter', document: 'ambiguous', graph: 'Jimmy Carter' },
  // Across a graph, a lone word far more frequent than its owner is something else.
  { what: 'an English word beside one full name', names: [['Samantha Power', 1]], ask: 'Power', weight: 135, document: 'Samantha Power', graph: undefined },
  { what: 'a surname seen more often than its full name, within bounds', names: [['Kurt Waldheim', 633]], ask: 'Waldheim', weight: 2000, document: 'Kurt Waldheim', graph: 'Kurt Waldheim' },
  { what: 'a KB person the graph never names in full', names: [{ id: 'Q3', name: 'Paul Kagame', names: ['Paul Kagame'] }], ask: 'Kagame', weight: 40, document: 'Paul Kagame', graph: 'Paul Kagame' },
];

const isKb = (n: Case['names'][number]): n is Kb => typeof n === 'object' && !Array.isArray(n);
const labelOf = (n: string | [string, number]) => (typeof n === 'string' ? n : n[0]);
const weightOf = (n: string | [string, number]) => (typeof n === 'string' ? 10 : n[1]);

/** The document scope: each name mentioned its weight's worth of times (so weights only break ties). */
function inDocument(c: Case): string | 'ambiguous' | undefined {
  const people = documentPeople(c.names.flatMap((n) => (isKb(n) ? [{ label: n.name, entry: n }] : Array.from({ length: Math.min(weightOf(n), 3) }, () => ({ label: labelOf(n) })))));
  const found = people(c.ask);
  return found === 'ambiguous' || found === undefined ? found : found.label;
}

/**
 * The graph scope as finalize.ts runs it: variants first; then, over the names left and the KB's, lone surnames. A KB
 * person is a node of the graph under its name when the case names it, with weight 50.
 */
function inGraph(c: Case): string | 'ambiguous' | undefined {
  const kbPeople = c.names.filter(isKb);
  const nodes: WeightedName[] = c.names.flatMap((n) => (isKb(n) ? [] : [{ id: labelOf(n), label: labelOf(n), weight: weightOf(n) }]));
  // A KB person the case gives with only one name is one the graph does not hold (Kagame).
  const held = kbPeople.filter((p) => p.names.length > 1).flatMap((p) => [{ id: p.id, label: p.name, weight: 50, fixed: true }]);
  const label = (id: string) => kbPeople.find((p) => p.id === id)?.name ?? id;
  const { variants } = createPersonResolver([...held, ...nodes], GRAPH_SCOPE);
  if (loneSurname(c.ask) === undefined) {
    const to = variants.get(c.ask);
    return to === undefined ? undefined : label(to);
  }
  const left = [...held, ...nodes.filter((n) => !variants.has(n.id))];
  const mentions = new Map(held.map((h) => [h.id, h.weight]));
  const owner = createPersonResolver([...left, ...kbPeopleNames(kbPeople, mentions)], GRAPH_SCOPE).surname(loneSurname(c.ask)!, c.weight ?? 1);
  return owner === undefined || owner === 'ambiguous' ? owner : label(owner);
}

describe('#person resolver', () => {
  describe.each(CASES)('$what', (c) => {
    it(`in a document: ${c.ask} → ${c.document ?? 'itself'}`, () => expect(inDocument(c)).toBe(c.document));
    it(`across a graph: ${c.ask} → ${c.graph ?? 'itself'}`, () => expect(inGraph(c)).toBe(c.graph));
  });

  it('sends a name two families could take to the one that holds that very name', () => {
    // "S." agrees with "Sirimavo", so both families could take her name with a title; hers holds it exactly.
    const names: WeightedName[] = [
      { id: 'swrd', label: 'S. W. R. D. Bandaranaike', weight: 8, fixed: true },
      { id: 'sb', label: 'Sirimavo Bandaranaike', weight: 24, fixed: true },
      { id: 'x', label: 'Madam Sirimavo Bandaranaike', weight: 1 },
      { id: 'y', label: 'S. Bandaranaike', weight: 1 },
    ];
    expect(Object.fromEntries(createPersonResolver(names, GRAPH_SCOPE).variants)).toEqual({ x: 'sb' });
  });
});

describe('#kbPeopleNames', () => {
  it('weighs a KB person the graph does not hold as a few mentions, and drops names with no surname', () => {
    const names = kbPeopleNames([tamim, { id: 'Q4', name: 'Moses Wetangula', names: ['Moses Wetangula'] }, { id: 'Q5', name: 'Grandma Moses', names: ['Grandma Moses'] }], new Map([['Q4', 12]]));
    expect(names).toEqual([
      { id: 'Q1', label: 'Tamim bin Hamad Al Thani', weight: KB_PRIOR, fixed: true },
      { id: 'Q4', label: 'Moses Wetangula', weight: 12, fixed: true },
    ]);
  });
});
