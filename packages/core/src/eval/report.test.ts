import { describe, expect, it } from 'vitest';
import type { DocumentOutcome } from './score.js';
import { errorReport } from './report.js';
import { evaluateDocuments, validateGoldDocument } from './evaluate.js';
import { tinyKb } from '../knowledge/__fixtures__/tiny-kb.js';
import { InvalidInputError } from '../errors.js';

const span = (text: string, type: 'person' | 'state' | 'organisation') => ({ start: 0, end: text.length, type, text });

describe('#errorReport', () => {
  it('lists the most frequent false positives and misses first, ties by text', () => {
    const outcomes: DocumentOutcome[] = [
      { hits: [], falsePositives: [span('Monday', 'person'), span('Acme', 'organisation')], misses: [span('Ida Holm', 'person')], neutral: 0 },
      { hits: [], falsePositives: [span('Monday', 'person'), span('Zeta', 'organisation')], misses: [], neutral: 0 },
    ];
    const r = errorReport(outcomes, 2);
    expect(r.falsePositives).toEqual([
      { type: 'person', text: 'Monday', count: 2 },
      { type: 'organisation', text: 'Acme', count: 1 },
    ]);
    expect(r.misses).toEqual([{ type: 'person', text: 'Ida Holm', count: 1 }]);
  });
});

describe('#evaluateDocuments', () => {
  it('maps, predicts and scores every document', () => {
    const docs = [validateGoldDocument({ id: 'a', text: 'Canada and Russia met.', entities: [{ start: 0, end: 6, type: 'LOC' }, { start: 11, end: 17, type: 'LOC' }] }, 'a')];
    const r = evaluateDocuments(docs, () => [{ start: 0, end: 6, type: 'state' }], { mapping: 'conll', kb: tinyKb() });
    expect(r.score.micro).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });
});

describe('#validateGoldDocument', () => {
  it('names the line and what is wrong', () => {
    expect(() => validateGoldDocument({ text: 'abc', entities: [{ start: 2, end: 9, type: 'PER' }] }, 'dev.jsonl:3')).toThrow(InvalidInputError);
    expect(() => validateGoldDocument({ text: 'abc', entities: [{ start: 2, end: 9, type: 'PER' }] }, 'dev.jsonl:3')).toThrow(/dev\.jsonl:3: entity 0/);
    expect(() => validateGoldDocument([], 'x:1')).toThrow(/expected a JSON object/);
  });
});
