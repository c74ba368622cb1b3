/**
 * The graph as a user receives it (run by `pnpm run audit`; plain `pnpm audit` is pnpm's own security audit): the
 * precision of the entities a graph shows first, judged by hand.
 *
 * A judged list (`tests/audit/judgments.jsonl`, one `{type, label, verdict, note?}` per line) records what a reader
 * decided about each label after reading its aliases and evidence. Verdicts: ok, junk, wrong-type, truncated, case,
 * duplicate, ambiguous, generic; only `ok` counts as right. The audit takes, per type, the 100 entities with the most
 * mentions and 100 drawn with a fixed seed, looks their labels up in the judged list and prints precision over the
 * judged ones, with how many are not judged yet (so a figure never hides what nobody read).
 *
 *   pnpm run audit -- graph.json                    precision tables for one graph
 *   pnpm run audit -- graph.json --unjudged out.jsonl  also write the unjudged labels with aliases and evidence, to read
 *   pnpm run audit -- graph.json --top 150 --random 100 --seed 7
 *
 * Judge by reading, not by rule: a label is ok when it names one real person, state, organisation or treaty of that
 * type, whole, in a proper form, and no other node of the graph is the same entity.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom, type EntityType } from '@entente/core';
import { readJson } from '@entente/core/export';

const root = path.resolve(import.meta.dirname, '..');
const types: EntityType[] = ['person', 'state', 'organisation', 'treaty'];
const VERDICTS = ['ok', 'junk', 'wrong-type', 'truncated', 'case', 'duplicate', 'ambiguous', 'generic'] as const;
type Verdict = (typeof VERDICTS)[number];
interface Judgment {
  type: EntityType;
  label: string;
  verdict: Verdict;
  note?: string;
}

// `pnpm run audit … | head` closes the pipe early: that is no error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const { values, positionals } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  allowPositionals: true,
  strict: true,
  options: {
    judgments: { type: 'string', default: path.join(root, 'tests/audit/judgments.jsonl') },
    top: { type: 'string', default: '100' },
    random: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    unjudged: { type: 'string' },
  },
});

const file = positionals[0];
if (!file) {
  console.error('audit: give a graph file (entente build … -o graph.json first)');
  process.exit(2);
}
const graph = readJson(readFileSync(file, 'utf8'));
const key = (type: string, label: string) => `${type}\t${label}`;
const judgments = loadJudgments(values.judgments);

const unjudged = new Map<string, object>();
console.log(`${file}: ${graph.order} entities, ${graph.size} links; ${judgments.size} judged labels`);
console.log('| type | top N right | judged | not judged | random N right | judged | not judged |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const type of types) {
  const nodes = graph.filterNodes((_, a) => a.type === type);
  const byMentions = [...nodes].sort((a, b) => graph.getNodeAttribute(b, 'mentions') - graph.getNodeAttribute(a, 'mentions') || (a < b ? -1 : 1));
  const top = byMentions.slice(0, Number(values.top));
  const random = sample(nodes, Number(values.seed), Number(values.random));
  const row = (sample: string[]) => {
    let right = 0;
    let judged = 0;
    for (const id of sample) {
      const a = graph.getNodeAttributes(id);
      const j = judgments.get(key(type, a.label));
      if (!j) {
        unjudged.set(key(type, a.label), { type, label: a.label, id, mentions: a.mentions, docs: a.docs.length, aliases: a.aliases.slice(0, 12), evidence: a.evidence.slice(0, 3).map((e) => e.text.slice(0, 300)) });
        continue;
      }
      judged++;
      if (j.verdict === 'ok') right++;
    }
    return `${judged ? (right / judged).toFixed(2) : '–'} | ${judged} | ${sample.length - judged}`;
  };
  console.log(`| ${type} | ${row(top)} | ${row(random)} |`);
}
const wrong = [...judgments.values()].filter((j) => j.verdict !== 'ok' && graph.someNode((_, a) => a.type === j.type && a.label === j.label));
if (wrong.length) {
  console.log(`\nJudged wrong and still in the graph (${wrong.length}), most mentioned first:`);
  const mentions = (j: Judgment) => graph.reduceNodes((m, _, a) => (a.type === j.type && a.label === j.label ? m + a.mentions : m), 0);
  for (const j of wrong.sort((x, y) => mentions(y) - mentions(x)).slice(0, 40)) console.log(`  ${j.type.padEnd(12)} ${j.verdict.padEnd(10)} ${mentions(j).toString().padStart(6)}  ${j.label}`);
}
console.log(`\nNot judged yet: ${unjudged.size} labels${values.unjudged ? ` (written to ${values.unjudged})` : ' (--unjudged FILE writes them with evidence)'}`);
if (values.unjudged) writeFileSync(values.unjudged, [...unjudged.values()].map((u) => JSON.stringify(u)).join('\n') + '\n');

function loadJudgments(f: string): Map<string, Judgment> {
  const out = new Map<string, Judgment>();
  if (!existsSync(f)) return out;
  readFileSync(f, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const j = JSON.parse(line) as Judgment;
    if (!types.includes(j.type) || !VERDICTS.includes(j.verdict) || typeof j.label !== 'string') {
      throw new Error(`audit: ${f}:${i + 1}: expected {type, label, verdict} with a known type and verdict, received ${line.slice(0, 120)}`);
    }
    out.set(key(j.type, j.label), j);
  });
  return out;
}

/**
 * A seeded random sample that stays put: each node draws a number from a hash of the seed and its id, and the N
 * smallest are taken. Uniform like a shuffle, but a node keeps its draw when others come and go, so judgments made
 * on one build still cover most of the sample of the next.
 */
function sample(ids: string[], seed: number, n: number): string[] {
  const draw = (id: string) => {
    let h = (0x811c9dc5 ^ seed) >>> 0;
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
    return seededRandom(h)();
  };
  return ids
    .map((id) => [draw(id), id] as const)
    .sort((x, y) => x[0] - y[0] || (x[1] < y[1] ? -1 : 1))
    .slice(0, n)
    .map(([, id]) => id);
}
