/**
 * Trains the tagger shipped in packages/core/data/tagger-model.json (run by `pnpm train`).
 *
 *   pnpm train                                  CoNLL-2003 + CrossNER politics train splits from ../shared/eval
 *   pnpm train -- a.jsonl b.jsonl:5             other gold files ({"text","entities":[{"start","end","type"}]});
 *                                               ":5" counts a file's documents five times
 *   pnpm train -- --epochs 8 --seed 1 --out model.json --scheme loc|state
 *   pnpm train -- --groups clusters,document  these feature groups ("default": the shipped model's; "all"; "none")
 *   pnpm train -- --ablation                    one model per row of the ablation table into tmp/ablation/ (read by
 *                                               pnpm eval -- --ablation): the base features, the shipped groups
 *                                               added one at a time, then each other group added to the shipped ones
 *
 * Labels: corpus types are mapped onto the model's labels. With the default scheme "loc" the model learns person,
 * organisation, location and misc; at extraction a location span is a state only when the KB names it as one, and misc
 * spans are dropped (they are there so that "German" in "German bonds" is not learnt as an organisation). With the
 * scheme "state" CoNLL LOC spans that name a country are states and everything else is O.
 *
 * Defaults, chosen on the dev splits (pnpm eval): 8 epochs, seed 1, features seen at least twice, and the CrossNER
 * politics train split (200 sentences, against 946 CoNLL documents) counted five times, so that Wikipedia-style
 * political text weighs against 1996 Reuters news. Given names and surnames from compromise's lexicon (MIT) are stored
 * in the model as word hashes: a name-list feature for people the training data never named.
 *
 * Feature groups (packages/core/src/detect/tagger/groups.ts): word clusters (packages/core/data/word-clusters.json,
 * made by `pnpm clusters` from the UNGDC corpus, never from CoNLL text), document-level case evidence, the person KB
 * (its people's tokens, and their given names and surnames in the name lists), headline lines.
 *
 * Deterministic: the same files, options and seed give the same model. The model holds hashed features and quantized
 * weights only — no text of the training corpora (CoNLL-2003 is research-use only and never enters the repository).
 */
import { createReadStream, mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import readline from 'node:readline';
import { createGunzip } from 'node:zlib';
import path from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { defaultKnowledgeBase } from '@entente/core';
import { namesCountry, validateGoldDocument } from '@entente/core/eval';
import {
  ALL_GROUPS,
  createWordLists,
  DEFAULT_GROUPS,
  decodeWordClusters,
  GROUP_NAMES,
  groupNames,
  groupsFromNames,
  prepareTrainingDocument,
  serializeTaggerModel,
  trainTagger,
  type LabelledSpan,
  type TrainingDocument,
  type WordClusters,
} from '@entente/core/tagger';

const root = path.resolve(import.meta.dirname, '..');
const shared = path.resolve(root, '../shared/eval');
const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  allowPositionals: true,
  strict: true,
  options: {
    out: { type: 'string', default: path.join(root, 'packages/core/data/tagger-model.json') },
    epochs: { type: 'string', default: '8' },
    seed: { type: 'string', default: '1' },
    'min-count': { type: 'string', default: '2' },
    ensemble: { type: 'string', default: '1' },
    'common-from': { type: 'string', default: path.resolve(root, '../shared/corpora/ungdc/ungdc-1946-2024.jsonl.gz') },
    scheme: { type: 'string', default: 'loc' },
    date: { type: 'string' },
    groups: { type: 'string', default: 'default' },
    clusters: { type: 'string', default: path.join(root, 'packages/core/data/word-clusters.json') },
    ablation: { type: 'boolean', default: false },
  },
});
const scheme = values.scheme;
if (scheme !== 'loc' && scheme !== 'state') throw new Error(`train: --scheme must be loc or state, received "${scheme}"`);
const specs = positionals.length ? positionals : [path.join(shared, 'conll2003/train.jsonl'), `${path.join(shared, 'crossner-politics/train.jsonl')}:5`];
const files = specs.map((spec) => {
  const m = /^(.*):(\d+)$/.exec(spec);
  return m ? { file: m[1]!, times: Number(m[2]) } : { file: spec, times: 1 };
});
for (const { file: f } of files) {
  if (!existsSync(f) || !statSync(f).isFile()) {
    console.log(`train: ${f} not found (the gold sets live in ../shared/eval); nothing trained.`);
    process.exit(0);
  }
}

const kb = defaultKnowledgeBase();
const LABELS = scheme === 'loc' ? ['person', 'organisation', 'location', 'misc'] : ['person', 'organisation', 'state'];

/** A corpus type → model label (undefined: O). */
function label(type: string, surface: string): string | undefined {
  const place = (country: boolean) => (scheme === 'loc' ? 'location' : country ? 'state' : undefined);
  const misc = scheme === 'loc' ? 'misc' : undefined;
  switch (type) {
    case 'PER': case 'person': case 'politician': case 'Person':
      return 'person';
    case 'ORG': case 'organisation': case 'politicalparty': case 'Organisation':
      return 'organisation';
    case 'LOC': case 'location': case 'Location':
      return place(namesCountry(surface, kb));
    case 'country': case 'state':
      return place(true);
    default:
      return misc;
  }
}

// Given names and surnames from compromise's lexicon (MIT), kept in the model as word hashes.
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
const firstNames: string[] = [];
const lastNames: string[] = [];
// Words of organisation, sports-team, city and region names (feature group "places"); generic words that such
// names share ("city", "united", "new") would say nothing, so words in the common-word list are left out below.
const orgWords = new Set<string>();
const placeWords = new Set<string>();
for (const [word, tags] of Object.entries(lexicon)) {
  const list = Array.isArray(tags) ? tags : [tags];
  if (list.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) firstNames.push(word);
  if (list.includes('LastName')) lastNames.push(word);
  const into = list.some((t) => t === 'Organization' || t === 'SportsTeam') ? orgWords : list.some((t) => t === 'City' || t === 'Region') ? placeWords : undefined;
  if (into) for (const w of word.split(/\s+/)) if (w.length > 2 && /^\p{L}+$/u.test(w)) into.add(w);
}
const common = await commonWords(values['common-from']);
const kbNames = personNames();
const clusters: WordClusters | undefined = existsSync(values.clusters) ? decodeWordClusters(JSON.parse(readFileSync(values.clusters, 'utf8'))) : undefined;
const requested =
  values.groups === 'default' ? DEFAULT_GROUPS : values.groups === 'all' ? ALL_GROUPS : values.groups === 'none' ? 0 : groupsFromNames(values.groups.split(','), 'train --groups');

const epochs = Number(values.epochs);
const seed = Number(values.seed);
const CLUSTERS = groupsFromNames(['clusters'], 'train');
const PERSONS = groupsFromNames(['persons'], 'train');
const PLACES = groupsFromNames(['places'], 'train');
const commonSet = new Set(common.words);
const organisationWords = [...orgWords].filter((w) => !commonSet.has(w)).sort();
const cityWords = [...placeWords].filter((w) => !commonSet.has(w)).sort();

/** The runs to make: the one requested, or the rows of the ablation table (groups added in GROUP_NAMES order). */
const runs: Array<{ groups: number; out: string }> = [];
if (values.ablation) {
  const dir = path.join(root, 'tmp/ablation');
  mkdirSync(dir, { recursive: true });
  let acc = 0;
  runs.push({ groups: 0, out: path.join(dir, '0-base.json') });
  GROUP_NAMES.forEach(([name, g], i) => {
    if (g & DEFAULT_GROUPS) runs.push({ groups: (acc |= g), out: path.join(dir, `${i + 1}-${name}.json`) });
    else runs.push({ groups: DEFAULT_GROUPS | g, out: path.join(dir, `${i + 1}-${name}-option.json`) });
  });
} else runs.push({ groups: requested, out: values.out });

for (const run of runs) {
  const t0 = performance.now();
  const model = trainWith(run.groups);
  const json = JSON.stringify(serializeTaggerModel(model));
  writeFileSync(run.out, `${json}\n`);
  console.log(`wrote ${path.relative(root, run.out)} [${groupNames(run.groups).join(', ') || 'base'}]: ${model.table.size} features, ${(json.length / 1e6).toFixed(2)} MB, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

function trainWith(groups: number) {
  if (groups & CLUSTERS && !clusters) throw new Error(`train: the clusters group needs ${values.clusters} (run pnpm clusters)`);
  const persons = (groups & PERSONS) !== 0;
  const places = (groups & PLACES) !== 0;
  const wordLists = createWordLists(persons ? [...firstNames, ...kbNames.first] : firstNames, persons ? [...lastNames, ...kbNames.last] : lastNames, common.words, places ? { organisations: organisationWords, places: cityWords } : {});
  const resources = { wordLists, groups, ...(clusters ? { clusters } : {}) };
  const docs: TrainingDocument[] = [];
  const t0 = performance.now();
  for (const { file, times } of files) {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  lines.forEach((line, i) => {
    const gold = validateGoldDocument(JSON.parse(line), `${path.basename(file)}:${i + 1}`);
    const spans: LabelledSpan[] = [];
    for (const e of gold.entities) {
      const l = label(e.type, gold.text.slice(e.start, e.end));
      if (l) spans.push({ start: e.start, end: e.end, label: l });
    }
    const doc = prepareTrainingDocument({ text: gold.text, spans }, kb, LABELS, resources);
    for (let k = 0; k < times; k++) docs.push(doc);
  });
  console.log(`read ${lines.length} documents from ${path.relative(root, file)}${times > 1 ? ` (counted ${times} times)` : ''}`);
  }
  console.log(`analysed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return trainTagger(docs, {
  labels: LABELS,
  epochs,
  seed,
  minFeatureCount: Number(values['min-count']),
  ensemble: Number(values.ensemble),
  resources,
  provenance: {
    trainedOn: files.map(({ file, times }) => `${corpusName(file)}${times > 1 ? ` ×${times}` : ''}`),
    date: values.date ?? new Date().toISOString().slice(0, 10),
    labelScheme: scheme,
    notes:
      `Averaged perceptron, greedy BIO decoding; hashed features, int8 weights; name lists: compromise ${compromiseVersion()} lexicon (MIT), ` +
      `${firstNames.length} given names, ${lastNames.length} surnames` +
      (persons ? ` + the person KB's ${kbNames.first.length} given names and ${kbNames.last.length} surnames` : '') +
      (places ? `; ${organisationWords.length} words of organisation and sports-team names and ${cityWords.length} of city and region names (compromise lexicon)` : '') +
      `; common words: ${common.source}; word lists stored as hashes` +
      (groups & CLUSTERS && clusters ? `; word clusters ${clusters.id} (${clusters.size} words, packages/core/data/word-clusters.json: UNGDC, CC0)` : '') +
      '. Produced by scripts/train.ts.',
  },
  onEpoch: (e, acc) => console.log(`epoch ${e}/${epochs}: token accuracy on scored tokens ${(acc * 100).toFixed(2)}%`),
  });
}

/** Given names and surnames of the KB's people (first and last word of each full name). */
function personNames(): { first: string[]; last: string[] } {
  const first = new Set<string>();
  const last = new Set<string>();
  for (const e of kb.entries.values()) {
    if (e.type !== 'person') continue;
    const words = e.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && w.length > 1);
    if (words.length < 2) continue;
    first.add(words[0]!);
    last.add(words[words.length - 1]!);
  }
  return { first: [...first].sort(), last: [...last].sort() };
}

/**
 * Words mostly written in lowercase, counted over every 4th speech of the UN General Debate corpus (a .jsonl.gz of
 * {"text"}): seen lowercase at least 5 times and at least 4 times as often as capitalised inside a sentence. Such a
 * word capitalised is a sentence start ("Missiles struck…"), not a name; words like "council" or "security", often
 * capitalised inside names, stay off the list.
 */
async function commonWords(file: string | undefined): Promise<{ words: string[]; source: string }> {
  if (!file || !existsSync(file)) return { words: [], source: 'none (corpus not found)' };
  const lower = new Map<string, number>();
  const capitalised = new Map<string, number>();
  const lines = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()) });
  let k = 0;
  for await (const line of lines) {
    if (k++ % 4 !== 0 || !line.trim()) continue;
    const text = String((JSON.parse(line) as { text?: unknown }).text ?? '');
    for (const m of text.matchAll(/[A-Za-z]+/g)) {
      const w = m[0];
      if (w.charCodeAt(0) >= 97) {
        lower.set(w, (lower.get(w) ?? 0) + 1);
        continue;
      }
      if (w.length > 1 && w === w.toUpperCase()) continue;
      let p = m.index - 1;
      while (p >= 0 && (text[p] === ' ' || text[p] === '"' || text[p] === '“')) p--;
      if (p < 0 || '.!?\n:'.includes(text[p]!)) continue; // a sentence start says nothing
      const lw = w.toLowerCase();
      capitalised.set(lw, (capitalised.get(lw) ?? 0) + 1);
    }
  }
  const words = [...lower].filter(([w, n]) => n >= 5 && n >= 4 * (capitalised.get(w) ?? 0)).map(([w]) => w);
  return { words, source: `${words.length} from ${path.basename(file)} (every 4th speech)` };
}

function compromiseVersion(): string {
  return (nlp as unknown as { version: string }).version;
}

/** A corpus name for the provenance, without local paths. */
function corpusName(file: string): string {
  const rel = path.relative(shared, file);
  return rel.startsWith('..') ? path.basename(file) : rel.split(path.sep).join('/');
}
