/**
 * Extraction quality on the gold dev sets (run by `pnpm eval`): Entente and a peer (compromise 14.17) scored with the
 * same mapping and scorer (packages/core/src/eval), one table, plus Entente's throughput against a raw wink-nlp
 * `readDoc` pass over the same texts in the same run.
 *
 *   pnpm eval                        every dev set present in ../shared/eval
 *   pnpm eval -- --ablation          also rules only / tagger only rows, to see what each part brings, and, when
 *                                    tmp/ablation/ holds the models of `pnpm train -- --ablation`, the tagger alone
 *                                    and the whole extraction with each (feature groups added one at a time)
 *   pnpm eval -- --errors 15         the most frequent false positives and misses of Entente per set
 *   pnpm eval -- --model m.json      another tagger model file (as written by pnpm train)
 *   pnpm eval -- --clusters c.json   the word clusters that model was trained with (default: the shipped ones)
 *   pnpm eval -- --no-peer           skip compromise (slow)
 *
 * Exits 0 with a message when ../shared/eval is absent (the gold sets are not part of the repository).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import nlpCompromise from 'compromise';
import winkNLP from 'wink-nlp';
import winkModel from 'wink-eng-lite-web-model';
import { defaultKnowledgeBase, extractMentions, type ExtractOptions } from '@entente/core';
import {
  errorReport,
  evaluateDocuments,
  namesCountry,
  validateGoldDocument,
  type CorpusScore,
  type GoldDocument,
  type GoldMappingName,
  type PredictedSpan,
  type Evaluation,
} from '@entente/core/eval';
import {
  createTagger,
  defaultTagger,
  decodeWordClusters,
  defaultWordClusters,
  deserializeTaggerModel,
  tagText,
  type Tagger,
} from '@entente/core/tagger';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  strict: true,
  options: {
    shared: { type: 'string', default: path.resolve(root, '../shared/eval') },
    ablation: { type: 'boolean', default: false },
    errors: { type: 'string' },
    model: { type: 'string' },
    clusters: { type: 'string' },
    'no-peer': { type: 'boolean', default: false },
  },
});

interface GoldSet {
  name: string;
  file: string;
  mapping: GoldMappingName;
  lenient: boolean;
}
const SETS: GoldSet[] = [
  { name: 'CoNLL-2003 dev (strict)', file: 'conll2003/dev.jsonl', mapping: 'conll', lenient: false },
  { name: 'CrossNER politics dev (strict)', file: 'crossner-politics/dev.jsonl', mapping: 'crossner', lenient: false },
  { name: 're3d dev (lenient)', file: 're3d/dev.jsonl', mapping: 're3d', lenient: true },
];

const present = SETS.filter((s) => existsSync(path.join(values.shared, s.file)));
if (present.length === 0) {
  console.log(`eval: no gold sets found in ${values.shared} (they live beside the repository in ../shared/eval); nothing to do.`);
  process.exit(0);
}

const kb = defaultKnowledgeBase();
const clusters = values.clusters ? decodeWordClusters(JSON.parse(readFileSync(values.clusters, 'utf8'))) : defaultWordClusters();
const loadTagger = (file: string): Tagger => createTagger(deserializeTaggerModel(JSON.parse(readFileSync(file, 'utf8')), { clusters }), { kb });
const tagger = values.model ? loadTagger(values.model) : defaultTagger(kb);
// Extraction runs the tagger by default (option `tagger`, false to switch it off; a Tagger to use another model).
const RULES = { tagger: false } as Partial<ExtractOptions>;
const COMBINED = { tagger } as Partial<ExtractOptions>;

type Variant = { name: string; predict: (doc: GoldDocument) => readonly PredictedSpan[] };
const entente: Variant = { name: 'Entente', predict: (d) => extractMentions({ id: d.id, text: d.text }, COMBINED) };
const variants: Variant[] = values.ablation
  ? [
      { name: 'rules only', predict: (d) => extractMentions({ id: d.id, text: d.text }, RULES) },
      ...ablationModels().flatMap(({ name, tagger: t }): Variant[] => [
        { name: `tagger only ${name}`, predict: (d) => tagText(t, d.text) },
        { name: `Entente ${name}`, predict: (d) => extractMentions({ id: d.id, text: d.text }, { tagger: t } as Partial<ExtractOptions>) },
      ]),
      { name: 'tagger only', predict: (d) => tagText(tagger, d.text) },
      entente,
    ]
  : [entente];

/** The models of `pnpm train -- --ablation` (tmp/ablation/N-name.json), named by the feature groups they add. */
function ablationModels(): Array<{ name: string; tagger: Tagger }> {
  const dir = path.join(root, 'tmp/ablation');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d+-[\w-]+\.json$/.test(f))
    .sort()
    .map((f) => {
      // "2-persons.json": the shipped groups up to persons; "4-document-option.json": the shipped ones + document.
      const [, name, option] = /^\d+-(.+?)(-option)?\.json$/.exec(f)!;
      return { name: name === 'base' ? 'base' : option ? `shipped +${name}` : `+${name}`, tagger: loadTagger(path.join(dir, f)) };
    });
}

/** compromise's people, organisations, and places kept as states where they name a country. */
function compromise(doc: GoldDocument): PredictedSpan[] {
  const text = doc.text;
  const d = nlpCompromise(text);
  const out: PredictedSpan[] = [];
  type Match = { offset: { start: number; length: number } };
  const add = (list: Match[], type: string) => {
    for (const m of list) {
      // compromise spans include trailing punctuation ("Berlin,") and possessives; names do not.
      let s = m.offset.start;
      let e = s + m.offset.length;
      while (s < e && /[\s\p{P}]/u.test(text[s]!)) s++;
      while (e > s && /[\s\p{P}]/u.test(text[e - 1]!) && !(text[e - 1] === '.' && /\.\p{L}\.$/u.test(text.slice(Math.max(s, e - 4), e)))) e--;
      if (/['’]s$/.test(text.slice(s, e))) e -= 2;
      if (e <= s) continue;
      if (type === 'place') {
        if (namesCountry(text.slice(s, e), kb)) out.push({ start: s, end: e, type: 'state' });
      } else out.push({ start: s, end: e, type });
    }
  };
  add(d.people().json({ offset: true }) as Match[], 'person');
  add(d.organizations().json({ offset: true }) as Match[], 'organisation');
  add(d.places().json({ offset: true }) as Match[], 'place');
  return out;
}

const f = (x: number) => x.toFixed(3);
const rows: string[][] = [];
const allTexts: string[] = [];
const errorLimit = values.errors !== undefined ? Number(values.errors) : 0;
const reports: Array<{ set: string; evaluation: Evaluation }> = [];
for (const set of present) {
  const docs = readFileSync(path.join(values.shared, set.file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => validateGoldDocument(JSON.parse(l), `${set.file}:${i + 1}`));
  allTexts.push(...docs.map((d) => d.text));
  const options = { mapping: set.mapping, lenient: set.lenient, kb };
  const peer = values['no-peer'] ? undefined : evaluateDocuments(docs, compromise, options).score;
  for (const v of variants) {
    const evaluation = evaluateDocuments(docs, v.predict, options);
    if (v === entente && errorLimit > 0) reports.push({ set: set.name, evaluation });
    rows.push([set.name, v.name, ...cells(evaluation.score), v === entente && peer ? f(peer.micro.f1) : '']);
  }
}

function cells(s: CorpusScore): string[] {
  return [f(s.micro.precision), f(s.micro.recall), f(s.micro.f1), f(s.byType.person.f1), f(s.byType.state.f1), f(s.byType.organisation.f1)];
}

printTable(['set', 'system', 'P', 'R', 'F1', 'person F1', 'state F1', 'org F1', 'compromise F1'], rows);

for (const { set, evaluation } of reports) {
  const r = errorReport(evaluation.outcomes, errorLimit);
  console.log(`\n${set}: most frequent false positives`);
  console.log(r.falsePositives.map((e) => `  ${String(e.count).padStart(4)}  ${e.type.padEnd(12)} ${e.text}`).join('\n'));
  console.log(`${set}: most frequent misses`);
  console.log(r.misses.map((e) => `  ${String(e.count).padStart(4)}  ${e.type.padEnd(12)} ${e.text}`).join('\n'));
}

// Throughput: the dev texts through a raw wink readDoc (sentences + POS) and through Entente's full extraction,
// interleaved, best of three rounds each.
const wink = winkNLP(winkModel, ['sbd', 'pos']);
const rawWink = () => allTexts.reduce((n, t) => n + (wink.readDoc(t).tokens().out(wink.its.pos) as string[]).length, 0);
let winkBest = Infinity;
let fullBest = Infinity;
let tokens = 0;
for (let round = 0; round < 3; round++) {
  let t0 = performance.now();
  tokens = rawWink();
  winkBest = Math.min(winkBest, performance.now() - t0);
  t0 = performance.now();
  for (let i = 0; i < allTexts.length; i++) extractMentions({ id: String(i), text: allTexts[i]! }, COMBINED);
  fullBest = Math.min(fullBest, performance.now() - t0);
}
const winkRate = (tokens / winkBest) * 1000;
const fullRate = (tokens / fullBest) * 1000;
console.log(`\nThroughput over the ${allTexts.length} dev texts (${tokens.toLocaleString('en')} wink tokens, best of 3):`);
console.log(`  raw wink readDoc (sbd+pos):  ${Math.round(winkRate).toLocaleString('en').padStart(10)} tokens/s`);
console.log(`  Entente extraction:          ${Math.round(fullRate).toLocaleString('en').padStart(10)} tokens/s   ratio ${(fullRate / winkRate).toFixed(2)}`);

function printTable(header: string[], body: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of body) console.log(line(r));
}
