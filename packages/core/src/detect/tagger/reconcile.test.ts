import { describe, expect, it } from 'vitest';
import { analyse } from '../../language/analyse.js';
import type { Candidate } from '../candidate.js';
import { createTokenView } from '../tokens.js';
import { reconcileLearned } from './reconcile.js';

const view = (text: string) => createTokenView(analyse(text, { maxChars: 10_000, maxTokenChars: 64 }));
const c = (first: number, last: number, type: Candidate['type'], source: Candidate['source']): Candidate => ({ first, last, type, source });
const show = (cs: Candidate[]) => cs.map((x) => `${x.source}:${x.type}:${x.first}-${x.last}`).sort();

describe('#reconcileLearned', () => {
  // Tokens: Ida(0) Holm(1) of(2) the(3) Blue(4) Party(5) met(6) .(7)
  const v = view('Ida Holm of the Blue Party met.');

  it('drops a rule run that swallows a tagged person', () => {
    const out = reconcileLearned(v, [c(0, 6, 'organisation', 'cue')], { candidates: [c(0, 2, 'person', 'tagger'), c(4, 6, 'organisation', 'tagger')], blocks: [] });
    expect(show(out)).toEqual(['tagger:organisation:4-6', 'tagger:person:0-2']);
  });

  it('keeps a rule run that joins tagged pieces of one name', () => {
    // Tokens: Movement(0) for(1) the(2) Left(3) won(4) .(5)
    const w = view('Movement for the Left won.');
    const out = reconcileLearned(w, [c(0, 4, 'organisation', 'cue')], { candidates: [c(0, 1, 'organisation', 'tagger'), c(3, 4, 'organisation', 'tagger')], blocks: [] });
    expect(show(out)).toContain('cue:organisation:0-4');
  });

  it('drops a rule run over two names listed apart', () => {
    // Tokens: Blue(0) Party(1) and(2) Red(3) Front(4) met(5) .(6)
    const w = view('Blue Party and Red Front met.');
    const out = reconcileLearned(w, [c(0, 5, 'organisation', 'cue')], { candidates: [c(0, 2, 'organisation', 'tagger'), c(3, 5, 'organisation', 'tagger')], blocks: [] });
    expect(show(out)).not.toContain('cue:organisation:0-5');
  });

  it('drops a rule candidate that crosses a tagged span', () => {
    const out = reconcileLearned(v, [c(1, 3, 'person', 'cue')], { candidates: [c(0, 2, 'person', 'tagger')], blocks: [] });
    expect(show(out)).toEqual(['tagger:person:0-2']);
  });

  it('drops a state inside a longer place the tagger saw whole, and keeps KB names elsewhere', () => {
    // Tokens: Northern(0) Ireland(1) and(2) Canada(3) voted(4) .(5)
    const w = view('Northern Ireland and Canada voted.');
    const out = reconcileLearned(w, [c(1, 2, 'state', 'kb'), c(3, 4, 'state', 'kb')], { candidates: [], blocks: [{ first: 0, last: 2 }] });
    expect(show(out)).toEqual(['kb:state:3-4']);
  });

  it('lets the tagger read a state name as a person on the same span', () => {
    // Tokens: Jordan(0) said(1) no(2) .(3)
    const w = view('Jordan said no.');
    const out = reconcileLearned(w, [c(0, 1, 'state', 'kb')], { candidates: [c(0, 1, 'person', 'tagger')], blocks: [] });
    expect(show(out)).toEqual(['tagger:person:0-1']);
  });
});
