import { describe, expect, it } from 'vitest';
import { codePrefix, decodeWordClusters, encodeWordClusters, NO_CLUSTERS, tokenCluster } from './clusters.js';
import { deserializeTaggerModel, serializeTaggerModel } from './model.js';
import { trainTagger } from './train.js';
import { ALL_GROUPS } from './groups.js';

const meta = { source: 'test', licence: 'test', method: 'test', options: { depth: 4 }, producedBy: 'clusters.test.ts' };
const file = encodeWordClusters(['Oslo', 'Bergen', 'missiles', 'turkey', 'Turkey'], Int32Array.of(0b11000, 0b11001, 0b10110, 0b10111, 0b11011), meta);

describe('#decodeWordClusters', () => {
  it('restores every word with its code, and names the file by a stable id', () => {
    const c = decodeWordClusters(JSON.parse(JSON.stringify(file)));
    expect(c.size).toBe(5);
    expect(c.code('Bergen')).toBe(0b11001);
    expect(c.code('Stavanger')).toBe(0);
    expect(c.id).toBe(encodeWordClusters(['Oslo', 'Bergen', 'missiles', 'turkey', 'Turkey'], Int32Array.of(0b11000, 0b11001, 0b10110, 0b10111, 0b11011), meta).id);
    expect(c.id).not.toBe(encodeWordClusters(['Oslo'], Int32Array.of(0b11), meta).id);
  });

  it('rejects other files and truncated codes, saying what it received', () => {
    expect(() => decodeWordClusters({ format: 'entente-tagger' })).toThrow(/expected format "entente-word-clusters", received "entente-tagger"/);
    expect(() => decodeWordClusters({ ...file, codes: file.codes.slice(0, 8) })).toThrow(/expected 5 codes/);
    expect(() => encodeWordClusters(['a\nb'], Int32Array.of(1), meta)).toThrow(/without newlines/);
  });
});

describe('#tokenCluster', () => {
  const c = decodeWordClusters(file);
  it('looks a token up as written, then title-cased, then lowercased', () => {
    expect(tokenCluster(c, 'Turkey')).toBe(0b11011);
    expect(tokenCluster(c, 'turkey')).toBe(0b10111);
    expect(tokenCluster(c, 'OSLO')).toBe(0b11000);
    expect(tokenCluster(c, 'Missiles')).toBe(0b10110);
    expect(tokenCluster(c, 'Stavanger')).toBe(0);
    expect(tokenCluster(NO_CLUSTERS, 'Oslo')).toBe(0);
  });
});

describe('#codePrefix', () => {
  it('keeps the leading bit, so prefixes of different lengths differ, and returns short codes whole', () => {
    expect(codePrefix(0b1_0110_1101, 4)).toBe(0b1_0110);
    expect(codePrefix(0b1_01, 4)).toBe(0b1_01);
    expect(codePrefix(0b1_0000, 4)).not.toBe(codePrefix(0b1_000, 4));
  });
});

describe('#deserializeTaggerModel (clusters)', () => {
  it('records the clusters a model was trained with and refuses to load without them', () => {
    const clusters = decodeWordClusters(file);
    const model = trainTagger([], { labels: ['person'], epochs: 1, seed: 1, resources: { clusters, groups: ALL_GROUPS }, provenance: { trainedOn: [], date: '2026-01-01', labelScheme: 'test' } });
    const json = JSON.parse(JSON.stringify(serializeTaggerModel(model)));
    expect(json.clusters).toEqual({ id: clusters.id, words: 5 });
    expect(json.featureGroups).toEqual(['clusters', 'persons', 'second-pass', 'document', 'headline', 'places']);
    expect(deserializeTaggerModel(json, { clusters }).clusters).toBe(clusters);
    expect(() => deserializeTaggerModel(json)).toThrow(new RegExp(`expected word clusters "${clusters.id}" \\(as trained\\), received none`));
  });
});
