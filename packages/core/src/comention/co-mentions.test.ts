/** Co-mentions stay exact on normal windows and bounded on crowded ones (one unpunctuated line of 300k words). */
import { describe, expect, it } from 'vitest';
import { analyse } from '../language/analyse.js';
import type { ResolvedMention } from '../resolve/resolve.js';
import { MAX_MARKS_PER_ENTITY, MAX_WINDOW_ENTITIES, computeCoMentions } from './co-mentions.js';
import { MAX_EVIDENCE_SPAN } from './evidence.js';

const CAPS = { maxChars: 2_000_000, maxTokenChars: 64 };

/** Every token that is a capitalised word becomes a mention of the entity named by its lower-cased text. */
function mentionsOf(text: string): { a: ReturnType<typeof analyse>; mentions: ResolvedMention[] } {
  const a = analyse(text, CAPS);
  const mentions: ResolvedMention[] = [];
  a.value.forEach((v, token) => {
    if (/^[A-Z]/.test(v)) mentions.push({ start: a.start[token]!, end: a.end[token]!, text: v, type: 'person', entity: `person:${v.toLowerCase()}`, token });
  });
  return { a, mentions };
}

describe('#computeCoMentions', () => {
  it('counts each pair once per sentence window, exactly, whatever the order of the mentions', () => {
    const { a, mentions } = mentionsOf('Alpha met Beta and Beta met Gamma. Alpha met Beta again. Delta was alone.');
    const forward = computeCoMentions(a, 'd', mentions, 'sentence', 5);
    const backward = computeCoMentions(a, 'd', [...mentions].reverse(), 'sentence', 5);
    const counts = (r: typeof forward) => Object.fromEntries(r.comentions.map((c) => [`${c.a}|${c.b}`, c.windows]));
    expect(counts(forward)).toEqual({ 'person:alpha|person:beta': 2, 'person:alpha|person:gamma': 1, 'person:beta|person:gamma': 1 });
    expect(counts(backward)).toEqual(counts(forward));
    expect(forward.cappedWindows).toBe(0);
    // Evidence marks every mention of both entities in the sentence, as before the caps.
    const ab = forward.comentions.find((c) => c.b === 'person:beta' && c.a === 'person:alpha')!;
    expect(ab.evidence[0]!.marks).toEqual([[0, 5], [10, 14], [19, 23]]);
  });

  it('pairs at most MAX_WINDOW_ENTITIES entities of one crowded window, and says it did', () => {
    // 3,000 distinct names in one sentence: 4.5 M pairs uncapped.
    const words = Array.from({ length: 3000 }, (_, i) => `N${i.toString(36)}x`);
    const { a, mentions } = mentionsOf(`${words.join(' and ')} met.`);
    expect(a.sentences).toHaveLength(1);
    const r = computeCoMentions(a, 'd', mentions, 'sentence', 5);
    expect(r.cappedWindows).toBe(1);
    expect(r.comentions).toHaveLength((MAX_WINDOW_ENTITIES * (MAX_WINDOW_ENTITIES - 1)) / 2);
    // The first entities mentioned are the ones kept, whatever their ids.
    const paired = new Set(r.comentions.flatMap((c) => [c.a, c.b]));
    expect(paired.has(`person:${words[0]!.toLowerCase()}`)).toBe(true);
    expect(paired.has(`person:${words[MAX_WINDOW_ENTITIES]!.toLowerCase()}`)).toBe(false);
    // Every entity still has its entity evidence.
    expect(Object.keys(r.entityEvidence)).toHaveLength(new Set(mentions.map((m) => m.entity)).size);
    expect(Object.keys(r.entityEvidence).length).toBeGreaterThan(MAX_WINDOW_ENTITIES * 10);
  });

  it('bounds evidence in a huge sentence: marks per entity and the length of the slice', () => {
    // Two names repeated 20,000 times in one sentence of about 300 k characters.
    const { a, mentions } = mentionsOf(`${'Alpha said that Beta said that '.repeat(20_000)}it ended.`);
    const r = computeCoMentions(a, 'd', mentions, 'sentence', 5);
    const [pair] = r.comentions;
    expect(pair!.windows).toBe(1);
    expect(pair!.evidence[0]!.text.length).toBeLessThanOrEqual(MAX_EVIDENCE_SPAN);
    expect(pair!.evidence[0]!.marks.length).toBeLessThanOrEqual(2 * MAX_MARKS_PER_ENTITY);
    for (const list of Object.values(r.entityEvidence)) {
      expect(list[0]!.text.length).toBeLessThanOrEqual(MAX_EVIDENCE_SPAN);
      expect(list[0]!.marks.length).toBeLessThanOrEqual(MAX_MARKS_PER_ENTITY);
    }
  });
});
