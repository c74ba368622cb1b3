/**
 * `entente eval --gold corpus.jsonl`: extract every gold document and score the mentions against its annotations —
 * precision, recall and F1 per type and micro-averaged over person, state and organisation — then list the most
 * frequent false positives and misses. The mapping of corpus labels onto ours and the scoring rules are core's
 * (packages/core/src/eval), the same that `pnpm eval` runs over the shared dev sets.
 */
import { readFile } from 'node:fs/promises';
import { defaultKnowledgeBase, extractMentions, type ExtractOptions } from '@entente/core';
import {
  errorReport,
  evaluateDocuments,
  GOLD_MAPPINGS,
  SCORED_TYPES,
  validateGoldDocument,
  type CorpusScore,
  type ErrorCount,
  type GoldDocument,
  type GoldMappingName,
} from '@entente/core/eval';
import { EXIT_OK, UsageError } from '../errors.js';
import { parseIntOption } from '../io/args.js';
import { commandHelp, parseCommand, type CommandSpec, type Flags } from '../io/command-line.js';
import { formatTable } from '../io/table.js';

const who = 'entente eval';

export const EVAL_COMMAND = {
  who,
  usage: `Usage: entente eval --gold corpus.jsonl [--mapping ${GOLD_MAPPINGS.join('|')}] [--lenient] [--json] [--limit N] [--no-tagger]

Scores extraction against a gold corpus: one JSON document per line,
  {"id", "text", "entities": [{"start", "end", "type"}]}  (offsets in UTF-16 code units).`,
  flags: {
    gold: { type: 'string', value: 'FILE', help: 'the gold corpus (required)' },
    mapping: {
      type: 'string',
      default: 'identity',
      value: 'NAME',
      help: `how corpus labels map onto person/state/organisation: ${GOLD_MAPPINGS.join(', ')}\n(default identity: the labels are ours)`,
    },
    lenient: { type: 'boolean', default: false, help: 'a mention counts when it overlaps a gold span of its type\n(default: same start, end and type)' },
    json: { type: 'boolean', default: false, help: 'print the scores and the lists as JSON' },
    limit: { type: 'string', value: 'N', help: 'how many false positives and misses to list (default 10)' },
    'no-tagger': { type: 'boolean', default: false, help: 'rules and knowledge base only' },
  },
} as const satisfies CommandSpec<Flags>;

export const EVAL_HELP = commandHelp(EVAL_COMMAND);

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommand(EVAL_COMMAND, argv);
  if (!parsed) return EXIT_OK;
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw new UsageError(`${who}: unexpected argument "${positionals[0]}" (the corpus goes after --gold)`);
  if (!values.gold) throw new UsageError(`${who}: --gold <corpus.jsonl> is required`);
  const mapping = values.mapping as GoldMappingName;
  if (!GOLD_MAPPINGS.includes(mapping)) throw new UsageError(`${who}: --mapping must be one of ${GOLD_MAPPINGS.join(', ')}, received "${values.mapping}"`);
  const limit = parseIntOption(who, '--limit', values.limit, 0) ?? 10;
  const docs = await readGold(values.gold);

  const kb = defaultKnowledgeBase();
  const options = (values['no-tagger'] ? { tagger: false } : {}) as Partial<ExtractOptions>;
  const { score, outcomes } = evaluateDocuments(docs, (d) => extractMentions({ id: d.id, text: d.text }, options), { mapping, lenient: values.lenient, kb });
  const errors = errorReport(outcomes, limit);

  if (values.json) {
    process.stdout.write(`${JSON.stringify({ gold: values.gold, mapping, lenient: values.lenient, tagger: !values['no-tagger'], score, errors }, null, 2)}\n`);
    return EXIT_OK;
  }
  const out = [
    `${docs.length} documents, mapping ${mapping}, ${values.lenient ? 'lenient (overlap)' : 'strict (exact spans)'} scoring`,
    '',
    scoreTable(score),
  ];
  if (limit > 0) out.push('', 'Most frequent false positives:', errorLines(errors.falsePositives), '', 'Most frequent misses:', errorLines(errors.misses));
  process.stdout.write(`${out.join('\n')}\n`);
  return EXIT_OK;
}

/** Read and check a gold .jsonl file; a bad line is a user error naming the line. */
async function readGold(file: string): Promise<GoldDocument[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${who}: cannot read --gold ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const docs: GoldDocument[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new UsageError(`${who}: ${file}:${i + 1}: not a JSON line`);
    }
    docs.push(validateGoldDocument(value, `${file}:${i + 1}`));
  });
  if (docs.length === 0) throw new UsageError(`${who}: ${file} holds no documents`);
  return docs;
}

function scoreTable(score: CorpusScore): string {
  const rows = [...SCORED_TYPES.map((t) => ({ name: t, ...score.byType[t] })), { name: 'micro', ...score.micro }];
  const f = (x: number) => x.toFixed(3);
  return formatTable(rows, [
    { header: 'type', value: (r) => r.name },
    { header: 'P', value: (r) => f(r.precision), align: 'right' },
    { header: 'R', value: (r) => f(r.recall), align: 'right' },
    { header: 'F1', value: (r) => f(r.f1), align: 'right' },
    { header: 'TP', value: (r) => r.tp },
    { header: 'FP', value: (r) => r.fp },
    { header: 'FN', value: (r) => r.fn },
  ]);
}

function errorLines(list: readonly ErrorCount[]): string {
  if (list.length === 0) return '  (none)';
  return list.map((e) => `  ${String(e.count).padStart(5)}  ${e.type.padEnd(12)} ${e.text}`).join('\n');
}
