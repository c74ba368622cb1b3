/**
 * Treaties in real sentences: a small hand-checked set from UN General Debate speeches (tests/fixtures, CC0). The gold
 * sets used for evaluation do not annotate treaties, so this is where treaty detection and matching are held to account.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultKnowledgeBase, extractDocument } from '@entente/core';

interface Row {
  id: string;
  text: string;
  treaties: string[];
}

const rows: Row[] = readFileSync(path.resolve(import.meta.dirname, 'fixtures/ungdc-treaty-sentences.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Row);
const kb = defaultKnowledgeBase();

describe('treaties in UN General Debate sentences', () => {
  it.each(rows.map((r) => [r.id, r] as const))('%s', (_, row) => {
    // Each sentence is from a dated speech (its id ends with the year), and a name several instruments share is read
    // by the document's year, as a build reads it ("Arusha Agreement": Rwanda 1993, Burundi 2000).
    const year = /_(\d{4})$/.exec(row.id)?.[1];
    const treaties = extractDocument({ id: row.id, text: row.text, ...(year ? { date: `${year}-09-15` } : {}) }).mentions.filter((m) => m.type === 'treaty');
    const labels = [...new Set(treaties.map((m) => kb.entries.get(m.entity)?.name ?? m.text))];
    expect(labels).toEqual(row.treaties);
  });
});
