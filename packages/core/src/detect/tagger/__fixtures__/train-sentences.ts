/**
 * A few invented sentences with labelled names, to train small models inside tests (never the shipped model, and no
 * text of any licensed corpus).
 */
import type { TrainingText } from '../train.js';

const SENTENCES: Array<[string, Array<[string, string]>]> = [
  ['Ida Holm met Olaf Lind in Oslo on Monday.', [['Ida Holm', 'person'], ['Olaf Lind', 'person'], ['Oslo', 'location']]],
  ['The Green League praised Kasim Oru after the vote.', [['Green League', 'organisation'], ['Kasim Oru', 'person']]],
  ['Canada and Russia signed a deal with Acme Corp last year.', [['Canada', 'location'], ['Russia', 'location'], ['Acme Corp', 'organisation']]],
  ['Minister Vera Stone told the Harbour Council that talks failed.', [['Vera Stone', 'person'], ['Harbour Council', 'organisation']]],
  ['Police in Lyon arrested two men, said Paul Grey.', [['Lyon', 'location'], ['Paul Grey', 'person']]],
  ['The Blue Party won seats in France and in Turkey.', [['Blue Party', 'organisation'], ['France', 'location'], ['Turkey', 'location']]],
  ['Anna Berg, a member of the Red Front, visited Ukraine.', [['Anna Berg', 'person'], ['Red Front', 'organisation'], ['Ukraine', 'location']]],
  ['Talks between Kasim Oru and Vera Stone resumed in Kyiv.', [['Kasim Oru', 'person'], ['Vera Stone', 'person'], ['Kyiv', 'location']]],
];

/** The sentences as training texts, character offsets found by searching each name in order. */
export function trainingTexts(): TrainingText[] {
  return SENTENCES.map(([text, names]) => {
    let from = 0;
    const spans = names.map(([name, label]) => {
      const start = text.indexOf(name, from);
      if (start < 0) throw new Error(`fixture: "${name}" not in "${text}"`);
      from = start + name.length;
      return { start, end: start + name.length, label };
    });
    return { text, spans };
  });
}

export const FIXTURE_LABELS = ['person', 'organisation', 'location'] as const;
