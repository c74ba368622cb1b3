/**
 * The map step: one document → its mentions, entities and co-mentions. Pure: the same document and options always give
 * the same result, whatever ran before, so documents can be extracted in any order, in workers, or in the browser.
 * Language analysis makes the document's context; the registered stages (registry.ts) then run on it in order:
 * detection, resolution, co-mentions.
 */
import { analyse } from '../language/analyse.js';
import { defaultKnowledgeBase } from '../knowledge/default-kb.js';
import { defaultTagger } from '../detect/tagger/default-model.js';
import { InvalidInputError } from '../errors.js';
import { pipelineStages, runStages } from './registry.js';
import { createStageContext } from './stage.js';
import { resolveOptions, type ExtractOptions } from '../options.js';
import type { Document, DocumentInfo, DocumentResult, Mention } from '../types.js';
import { compareStrings } from '../util/compare.js';

/** Check a document's shape; throws InvalidInputError naming the document. */
export function validateDocument(doc: unknown, who = 'extractDocument'): asserts doc is Document {
  if (doc === null || typeof doc !== 'object') throw new InvalidInputError(who, 'document', `expected an object, received ${typeof doc}`);
  const d = doc as Partial<Document>;
  if (typeof d.id !== 'string' || d.id.length === 0) throw new InvalidInputError(who, 'document', `expected a non-empty string "id", received ${typeof d.id}`);
  if (typeof d.text !== 'string') throw new InvalidInputError(who, `document "${d.id}"`, `expected a string "text", received ${typeof d.text}`);
}

export function extractDocument(doc: Document, options: Partial<ExtractOptions> = {}): DocumentResult {
  validateDocument(doc);
  const o = resolveOptions('extractDocument', options);
  const kb = o.kb ?? defaultKnowledgeBase();
  const analysis = analyse(doc.text, { maxChars: o.maxChars, maxTokenChars: o.maxTokenChars });
  const tagger = o.tagger === false ? undefined : (o.tagger ?? defaultTagger(kb));
  const info = documentInfo(doc);
  const year = info.date !== undefined && /^\d{4}/.test(info.date) ? Number(info.date.slice(0, 4)) : undefined;
  const ctx = createStageContext(analysis, { docId: doc.id, kb, options: o, ...(year !== undefined ? { year } : {}), ...(tagger ? { tagger } : {}) });
  runStages(ctx, pipelineStages(o));
  const { mentions, entities } = ctx;
  // co-mentions is a required stage: it has always run.
  const { comentions, entityEvidence, cappedWindows } = ctx.comentions!;
  return {
    docId: doc.id,
    doc: info,
    mentions: mentions.map(({ start, end, text, type, entity, via }): Mention => ({ start, end, text, type, entity, ...(via ? { via } : {}) })),
    entities: [...entities.values()],
    entityEvidence,
    comentions,
    sentences: analysis.sentences.map((s): [number, number, number] => [s.start, s.end, s.paragraph]),
    tokens: analysis.value.length,
    ...(analysis.truncated ? { truncated: true } : {}),
    ...(cappedWindows > 0 ? { cappedWindows } : {}),
  };
}

/** Only mentions: what `entente extract` prints. */
export function extractMentions(doc: Document, options: Partial<ExtractOptions> = {}): Mention[] {
  return extractDocument(doc, { ...options, maxEvidence: 0 }).mentions;
}

const MAX_META_FIELDS = 32;
const MAX_META_CHARS = 200;

function documentInfo(doc: Document): DocumentInfo {
  const meta = plainMeta(doc.meta);
  const year = meta?.year;
  const date = doc.date ?? (typeof year === 'number' || (typeof year === 'string' && /^\d{3,4}$/.test(year)) ? String(year) : undefined);
  return {
    id: doc.id,
    ...(doc.title !== undefined ? { title: doc.title } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(doc.source !== undefined ? { source: doc.source } : {}),
    ...(meta ? { meta } : {}),
  };
}

/** The plain values of a document's metadata, keys sorted (so the graph's bytes do not depend on field order). */
function plainMeta(meta: Record<string, unknown> | undefined): Record<string, string | number | boolean> | undefined {
  if (!meta || typeof meta !== 'object') return undefined;
  const out: Record<string, string | number | boolean> = {};
  let n = 0;
  for (const key of Object.keys(meta).sort(compareStrings)) {
    const v = meta[key];
    if (n >= MAX_META_FIELDS || key === '__proto__') break;
    if (typeof v === 'string') out[key] = v.slice(0, MAX_META_CHARS);
    else if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean') out[key] = v;
    else continue;
    n++;
  }
  return n > 0 ? out : undefined;
}
