/**
 * The package's entries (`exports` of package.json): the main entry and one subpath per domain, each resolvable by
 * name as a face imports it, each holding its own domain and not the others', and none the dead exports removed.
 */
import { describe, expect, it } from 'vitest';
import * as main from '@entente/core';
import * as documents from '@entente/core/documents';
import * as exporters from '@entente/core/export';
import * as evaluation from '@entente/core/eval';
import * as query from '@entente/core/query';
import * as tagger from '@entente/core/tagger';

describe('package entries', () => {
  it('give each domain under its subpath', () => {
    expect(typeof main.buildGraph).toBe('function');
    expect(typeof documents.readDocumentFile).toBe('function');
    expect(typeof exporters.writeGraph).toBe('function');
    expect(typeof evaluation.evaluateDocuments).toBe('function');
    expect(typeof query.neighbours).toBe('function');
    expect(typeof tagger.trainTagger).toBe('function');
  });

  it('keep the main entry to the pipeline, the graph and the shared helpers', () => {
    const names = new Set(Object.keys(main));
    for (const name of ['readDocumentFile', 'writeGraph', 'evaluateDocuments', 'neighbours', 'trainTagger']) expect(names.has(name), name).toBe(false);
    expect(typeof main.seededRandom).toBe('function');
  });

  it('no longer export what nothing used', () => {
    const all = new Set([main, documents, exporters, evaluation, query, tagger].flatMap((m) => Object.keys(m)));
    for (const name of ['splitParagraphs', 'sameSentence']) expect(all.has(name), name).toBe(false);
  });
});
