import { describe, expect, it } from 'vitest';
import { createKnowledgeBase, firstToken, selectHit } from './kb.js';
import { TINY_KB_DATA, tinyKb } from './__fixtures__/tiny-kb.js';

describe('#createKnowledgeBase', () => {
  const kb = tinyKb();

  it('indexes every name, acronym and alias', () => {
    expect(kb.names.get('nato')?.[0]?.entry?.id).toBe('Q7184');
    expect(kb.names.get('united states of america')?.[0]?.entry?.id).toBe('USA');
    expect(kb.names.get('u.s.')?.[0]?.entry?.id).toBe('USA');
  });

  it('keeps capitals and demonyms apart from names', () => {
    expect(kb.names.get('moscow')?.[0]?.kind).toBe('capital');
    expect(kb.names.get('russian')?.[0]?.kind).toBe('demonym');
    expect(kb.demonyms.get('russian')?.id).toBe('RUS');
  });

  it('does not give historical states their old capitals', () => {
    expect(kb.names.get('moscow')?.every((h) => h.entry?.id === 'RUS')).toBe(true);
  });

  it('blocks regions that contain a name', () => {
    expect(kb.names.get('latin america')?.[0]?.kind).toBe('block');
  });
});

describe('#selectHit', () => {
  const kb = tinyKb();
  it('matches acronyms only in their exact case', () => {
    expect(selectHit(kb.names.get('who')!, 'WHO')?.entry?.id).toBe('Q7188');
    expect(selectHit(kb.names.get('who')!, 'who')).toBeUndefined();
    expect(selectHit(kb.names.get('us')!, 'us')).toBeUndefined();
  });

  it('wants names capitalised', () => {
    expect(selectHit(kb.names.get('america')!, 'america')).toBeUndefined();
    expect(selectHit(kb.names.get('russia')!, 'RUSSIA')?.entry?.id).toBe('RUS');
  });
});

describe('#firstToken', () => {
  it('cuts names the way wink tokenizes', () => {
    expect(firstToken('u.s. department')).toBe('u.s.');
    expect(firstToken("people's republic of china")).toBe('people');
    expect(firstToken('co-operation council')).toBe('co');
  });
});

describe('#createKnowledgeBase (people and word orders)', () => {
  const kb = createKnowledgeBase({
    ...TINY_KB_DATA,
    persons: {
      version: 't',
      source: 't',
      licence: 'CC0',
      entries: [
        { id: 'Q1', name: 'Kurt Waldheim', aliases: [] },
        { id: 'Q2', name: 'George H. W. Bush', aliases: [] },
        { id: 'Q3', name: 'George W. Bush', aliases: [] },
        { id: 'Q4', name: 'Jimmy Carter', aliases: [] },
        { id: 'Q5', name: 'Kirill of Moscow', aliases: [] },
      ],
    },
  });

  it('names people by their full names, never by a bare surname', () => {
    expect(kb.names.get('kurt waldheim')?.[0]?.entry?.id).toBe('Q1');
    expect(kb.names.has('waldheim')).toBe(false);
    expect(kb.names.has('bush')).toBe(false);
    expect(kb.names.has('carter')).toBe(false);
    expect(kb.names.get('moscow')?.[0]?.kind).toBe('capital');
  });

  it('names a body of an organisation both ways round', () => {
    expect(kb.names.get('security council of the united nations')?.[0]?.entry?.id).toBe('Q37470');
  });
});
