/**
 * Throughput benchmark (not a test): tokens per second of a raw wink-nlp `readDoc` pass (sentences + POS, walking the
 * tokens) and of Entente's full extraction, on the same texts in the same process, and their ratio; compromise's
 * people/places/organisations on a slice of the same texts as a peer.
 *
 *   pnpm bench            sample data (data/), plus 500 UNGDC speeches from ../shared when it is there
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { createReadStream } from 'node:fs';
import readline from 'node:readline';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import nlpCompromise from 'compromise';
import { defaultKnowledgeBase, extractDocument } from '@entente/core';

const root = path.resolve(import.meta.dirname, '../..');
const shared = path.resolve(root, '../shared/corpora/ungdc/ungdc-1946-2024.jsonl.gz');

async function sampleTexts(): Promise<{ name: string; texts: string[] }[]> {
  const sets: { name: string; texts: string[] }[] = [];
  const data = [readFileSync(path.join(root, 'data/news/security-for-all-or-none.txt'), 'utf8')];
  for (const line of readFileSync(path.join(root, 'data/ungdc/ungdc-session-79-2024.jsonl'), 'utf8').split('\n')) if (line) data.push(JSON.parse(line).text);
  sets.push({ name: 'sample data (data/)', texts: data });
  if (existsSync(shared)) {
    const texts: string[] = [];
    const rl = readline.createInterface({ input: createReadStream(shared).pipe(createGunzip()) });
    let i = 0;
    for await (const line of rl) {
      // Every 20th speech: 500+ speeches spread over 1946–2024.
      if (i++ % 20 === 0) texts.push(JSON.parse(line).text);
      if (texts.length >= 500) break;
    }
    rl.close();
    sets.push({ name: 'UNGDC, 500 speeches 1946–2024 (../shared)', texts });
  } else {
    console.log('(../shared not found: UNGDC sample skipped)');
  }
  return sets;
}

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

function rawWink(texts: string[]): number {
  let tokens = 0;
  for (const t of texts) {
    const doc = nlp.readDoc(t);
    const pos = doc.tokens().out(its.pos);
    tokens += pos.length;
  }
  return tokens;
}

function entente(texts: string[]): number {
  let tokens = 0;
  texts.forEach((text, i) => {
    tokens += extractDocument({ id: String(i), text }).tokens;
  });
  return tokens;
}

function compromise(texts: string[]): number {
  let terms = 0;
  for (const t of texts) {
    const doc = nlpCompromise(t);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
    terms += doc.terms().length;
  }
  return terms;
}

function time(fn: () => number): { tokens: number; ms: number } {
  const t0 = performance.now();
  const tokens = fn();
  return { tokens, ms: performance.now() - t0 };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');

defaultKnowledgeBase(); // load the KB outside the timed runs, as a long build would
for (const set of await sampleTexts()) {
  const words = set.texts.reduce((n, t) => n + t.split(/\s+/).length, 0);
  console.log(`\n${set.name}: ${set.texts.length} documents, ${fmt(words)} words`);
  entente(set.texts.slice(0, 5)); // warm up both paths
  rawWink(set.texts.slice(0, 5));
  const rounds = 3;
  let wink = { tokens: 0, ms: 0 };
  let full = { tokens: 0, ms: 0 };
  for (let r = 0; r < rounds; r++) {
    // Interleaved rounds so that machine noise falls on both alike; the best round of each counts.
    const w = time(() => rawWink(set.texts));
    const e = time(() => entente(set.texts));
    if (wink.ms === 0 || w.ms < wink.ms) wink = w;
    if (full.ms === 0 || e.ms < full.ms) full = e;
  }
  const slice = set.texts.slice(0, Math.min(60, set.texts.length));
  const peer = time(() => compromise(slice));
  const winkRate = (wink.tokens / wink.ms) * 1000;
  const fullRate = (full.tokens / full.ms) * 1000;
  const peerRate = (peer.tokens / peer.ms) * 1000;
  console.log(`  raw wink readDoc (sbd+pos):    ${fmt(winkRate).padStart(9)} tokens/s`);
  console.log(`  Entente full extraction:       ${fmt(fullRate).padStart(9)} tokens/s   ratio to raw wink: ${(fullRate / winkRate).toFixed(2)}`);
  console.log(`  compromise people/places/orgs: ${fmt(peerRate).padStart(9)} terms/s    (${slice.length} docs)   ratio to raw wink: ${(peerRate / winkRate).toFixed(2)}`);
}
