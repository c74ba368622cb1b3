/**
 * `entente build --update graph.json`: reading the graph to add documents to, and the options the update must use.
 * An update folds new documents into the old counts, so it is only sound on a graph `entente build` wrote, with its
 * lists intact (a graph that went through GEXF, GraphML or CSV has counts where the lists were), and counted the same
 * way (window kind, demonyms, capitals) by the same stages (the manifest's `stages`). Anything else is refused with
 * one line, before any document is read.
 */
import { promises as fs } from 'node:fs';
import { EntenteError, OPTION_SCHEMA, describe, edgeKey, pipelineStages, resolveOptions, stageRecord, type BuildOptions, type EntenteGraph } from '@entente/core';
import { readGraph } from '@entente/core/export';
import { UsageError } from '../errors.js';
import { checkGraphFileSize } from '../io/graph-file.js';

const WHO = 'entente build';
const REBUILD = 'rebuild it from the documents instead';
const CONVERTED = `a graph converted to GEXF, GraphML or CSV and back has lost them; ${REBUILD}`;

/** The --update graph, checked: core's JSON reader, plus the lists an update appends to. */
export async function readUpdateGraph(file: string): Promise<EntenteGraph> {
  const refuse = (reason: string) => new UsageError(`${WHO}: --update graph "${file}" ${reason}`);
  await checkGraphFileSize(`${WHO}: --update graph`, file);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw refuse(`cannot be read: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? String(error))}`);
  }
  let data: unknown;
  try {
    // Parsed here as well as in readGraph: the reader fills in missing lists, and an update must know they were missing.
    data = JSON.parse(text);
  } catch (error) {
    throw refuse(`is not graph JSON: ${(error as Error).message}`);
  }
  const manifest = (data as { attributes?: { manifest?: { generator?: unknown; documentCount?: unknown } } } | null)?.attributes?.manifest;
  if (manifest?.generator !== 'entente') throw refuse(`has no Entente build manifest; only a graph JSON written by entente build can be updated`);
  const missing = missingList(data as RawGraph);
  if (missing) throw refuse(`cannot be updated: ${missing} (${CONVERTED})`);
  let graph: EntenteGraph;
  try {
    graph = readGraph(text, 'json');
  } catch (error) {
    if (!(error instanceof EntenteError)) throw error;
    throw refuse(`is not a valid Entente graph: ${error.detail}`);
  }
  // The reduce finds an edge by its key (a--b, as entente build writes it): an edge keyed otherwise (a hand-edited or
  // foreign file) would be added a second time between the same two nodes, which a simple graph refuses mid-build.
  const badEdge = graph.findEdge((key, _attributes, source, target) => key !== edgeKey(source, target));
  if (badEdge !== undefined) {
    const [source, target] = graph.extremities(badEdge);
    throw refuse(`cannot be updated: edge "${badEdge}" between ${source} and ${target} is not keyed "${edgeKey(source, target)}" as entente build keys edges (${REBUILD})`);
  }
  const documents = graph.getAttribute('documents');
  if (documents.length !== manifest.documentCount) {
    throw refuse(`cannot be updated: its manifest counts ${describe(manifest.documentCount)} document(s), its "documents" list holds ${documents.length} (${CONVERTED})`);
  }
  const index = documents.findIndex((d) => typeof d?.id !== 'string');
  if (index >= 0) throw refuse(`cannot be updated: document #${index} of its "documents" list has no string "id" (${REBUILD})`);
  return graph;
}

interface RawGraph {
  nodes?: Array<{ key?: unknown; attributes?: Record<string, unknown> }>;
  edges?: Array<{ key?: unknown; source?: unknown; target?: unknown; attributes?: Record<string, unknown> }>;
}

/** The first list an update needs that the raw graph lacks (or holds flattened), described; undefined when none. */
function missingList(raw: RawGraph): string | undefined {
  const check = (what: string, attributes: Record<string, unknown> | undefined, fields: string[]) => {
    for (const field of fields) {
      const value = attributes?.[field];
      if (!Array.isArray(value)) return value === undefined ? `${what} has no "${field}" list` : `${what} has "${field}" ${describe(value)}, not a list`;
    }
    return undefined;
  };
  for (const node of Array.isArray(raw.nodes) ? raw.nodes : []) {
    const problem = check(`node "${String(node?.key)}"`, node?.attributes, ['aliases', 'docs', 'evidence']);
    if (problem) return problem;
  }
  for (const edge of Array.isArray(raw.edges) ? raw.edges : []) {
    const problem = check(`edge ${String(edge?.source)} – ${String(edge?.target)}`, edge?.attributes, ['docs', 'evidence']);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * The options the command line gave (undefined or absent: not given, inherit the graph's); of these, the update must
 * agree with the graph on those of core's schema marked `counts`.
 */
export type CountingFlags = Partial<BuildOptions>;

/**
 * The options the graph was built with, checked, for the update to inherit. A flag that would count differently from
 * the graph (another window kind, demonyms or capitals switched) is refused: old and new weights would not add up.
 */
export function updateOptions(graph: EntenteGraph, file: string, flags: CountingFlags): Partial<BuildOptions> {
  const recorded = (graph.getAttribute('manifest')?.options ?? {}) as Partial<BuildOptions>;
  let built: BuildOptions;
  try {
    built = resolveOptions(WHO, recorded);
  } catch (error) {
    if (!(error instanceof EntenteError)) throw error;
    // Say where the bad value came from: the user did not type it.
    throw new UsageError(`${WHO}: --update graph "${file}" records invalid build options in its manifest: ${error.detail}`);
  }
  const conflict = (flag: string, was: string) =>
    new UsageError(`${WHO}: ${flag} differs from --update graph "${file}", which was built with ${was}; an update must count as the graph was counted (${REBUILD})`);
  // The options that change what is counted, from core's schema: each given flag must agree with the graph.
  for (const spec of OPTION_SCHEMA) {
    if (!spec.counts || !(spec.name in flags)) continue;
    const asked = flags[spec.name as keyof CountingFlags];
    const was = built[spec.name];
    if (asked === undefined || asked === was) continue;
    const kebab = spec.name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    if (typeof asked === 'boolean') throw conflict(asked ? `--${kebab}` : `--no-${kebab}`, was ? spec.name : `no ${spec.name}`);
    throw conflict(`--${kebab} ${String(asked)}`, `--${kebab} ${String(was)}`);
  }
  return recorded;
}

/**
 * The stages this update runs must be those that made the graph (the manifest's `stages`, id@version): another
 * pipeline (a stage added, removed, switched off or changed in version) would add counts made another way. A graph
 * written before stages were recorded says nothing about them and is updated as before.
 */
export function checkUpdatePipeline(graph: EntenteGraph, file: string, options: BuildOptions): void {
  const recorded: unknown = graph.getAttribute('manifest')?.stages;
  if (recorded === undefined) return;
  if (!Array.isArray(recorded) || !recorded.every((s) => typeof s === 'string')) {
    throw new UsageError(`${WHO}: --update graph "${file}" records invalid stages in its manifest: expected a list of "id@version", received ${describe(recorded)} (${REBUILD})`);
  }
  const reason = pipelineDifference(recorded as string[], stageRecord(pipelineStages(options)));
  if (reason) throw new UsageError(`${WHO}: --update graph "${file}" was made by another pipeline: ${reason}; an update must extract as the graph was extracted (${REBUILD})`);
}

/** The first difference between the graph's stages and this build's, in words; undefined when they are the same. */
function pipelineDifference(graph: readonly string[], here: readonly string[]): string | undefined {
  if (graph.length === here.length && graph.every((s, i) => s === here[i])) return undefined;
  const id = (s: string) => {
    const at = s.lastIndexOf('@');
    return at > 0 ? s.slice(0, at) : s;
  };
  const hereById = new Map(here.map((s) => [id(s), s]));
  const graphIds = new Set(graph.map(id));
  for (const s of graph) {
    const mine = hereById.get(id(s));
    if (mine === undefined) return `it ran stage "${s}", which this build does not run`;
    if (mine !== s) return `it ran stage "${s}", this build runs "${mine}"`;
  }
  for (const s of here) if (!graphIds.has(id(s))) return `this build runs stage "${s}", which it did not`;
  return 'it ran the same stages in another order';
}
