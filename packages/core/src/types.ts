/**
 * The data shapes every stage agrees on. Plain data only: each stage is a pure function from one of these to the next,
 * so the same core runs in Node (CLI, workers) and in the browser (explorer).
 */

/** The four kinds of entity Entente puts in a graph. */
export type EntityType = 'person' | 'state' | 'organisation' | 'treaty';

export const ENTITY_TYPES: readonly EntityType[] = ['person', 'state', 'organisation', 'treaty'];

/** One input document. `id` must be unique within a build. */
export interface Document {
  id: string;
  text: string;
  title?: string;
  date?: string;
  source?: string;
  meta?: Record<string, unknown>;
}

/** A span of a document that names an entity. Always `doc.text.slice(start, end) === text`. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** The canonical entity id (KB id where known, else `type:slug`). */
  entity: string;
  /** Set when the mention refers back ("he", "the minister", "the bloc") rather than naming (detect/coreference.ts). */
  via?: 'coreference';
}

/** One resolved entity, as seen in one document (aliases are the surface forms seen there). */
export interface Entity {
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  /** Knowledge-base id when the entity comes from the KB (same as `id` then). */
  kbId?: string;
  /** Wikidata id when known. */
  wikidata?: string;
  /** How it was found in this document, the strongest way: the KB, a rule (title, head word, pattern), or the model. */
  found?: FoundBy;
}

export type FoundBy = 'kb' | 'rule' | 'model';

/** Windows in which two entities count as co-mentioned. */
export type WindowKind = 'sentence' | 'paragraph' | 'document';

/**
 * A piece of text that supports a node or an edge: the window (or, for wide windows, the sentences that hold the
 * mentions), with the mentions marked. `start`/`end` are offsets into the document; `marks` are offsets into `text`.
 */
export interface Evidence {
  doc: string;
  /** Index of the (first) sentence of the evidence within the document. */
  sentence: number;
  start: number;
  end: number;
  text: string;
  marks: Array<[number, number]>;
}

/**
 * Two entities co-mentioned in one document: in how many windows, with the evidence of the first few.
 * `a < b` (string order), so pairs are canonical.
 */
export interface CoMention {
  a: string;
  b: string;
  windows: number;
  evidence: Evidence[];
}

/** The unit of the map step: everything one document contributes to a graph. */
export interface DocumentResult {
  docId: string;
  doc: DocumentInfo;
  mentions: Mention[];
  entities: Entity[];
  /** Per entity: the sentences that mention it (capped at `maxEvidence`). */
  entityEvidence: Record<string, Evidence[]>;
  comentions: CoMention[];
  /** Each sentence as [start, end, paragraph index] (document offsets): what the documents file and the reader need. */
  sentences?: Array<[number, number, number]>;
  tokens: number;
  /** Set when the input was cut to the document-length cap. */
  truncated?: boolean;
  /** Windows that named more entities than the pairing cap (comention/co-mentions.ts); only set when some did. */
  cappedWindows?: number;
}

/** What the graph keeps about each document (not its text). */
export interface DocumentInfo {
  id: string;
  title?: string;
  /** The document's date as given, or its year when only a year is ("1985"). */
  date?: string;
  source?: string;
  /**
   * The document's other fields, as far as they are plain values (a JSONL line's "country", "session", "year"…), so a
   * graph can be narrowed to documents by their metadata. Keys in code-unit order; at most 32, strings cut at 200.
   */
  meta?: Record<string, string | number | boolean>;
}

/** Node attributes of an Entente graph. */
export interface NodeAttributes {
  label: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  docs: string[];
  /**
   * Mentions in each document, parallel to `docs` (graph/doc-counts.ts), so the graph can be counted within a subset of
   * its documents (`subsetGraph`). Absent in graphs from older builds and flat formats.
   */
  docMentions?: number[];
  kbId?: string;
  wikidata?: string;
  /** Capped list of sentences mentioning the entity. */
  evidence: Evidence[];
  /** A lone surname that several people in the graph carry: kept apart rather than guessed. */
  ambiguous?: boolean;
  /** In how many documents it was found by the KB, by a rule, by the model only. */
  foundBy?: Partial<Record<FoundBy, number>>;
  /** How sure the graph is that this is an entity of its type, 0–1, from `foundBy` (see graph/confidence.ts). */
  confidence?: number;
  /** Layout/visual attributes, present when a layout or the explorer set them. */
  x?: number;
  y?: number;
  size?: number;
  color?: string;
}

/** Edge attributes of an Entente graph. `weight` is the exact number of windows; `evidence` is capped. */
export interface EdgeAttributes {
  weight: number;
  docs: string[];
  /** Co-mention windows in each document, parallel to `docs`; absent in graphs from older builds and flat formats. */
  docWeights?: number[];
  evidence: Evidence[];
}

/** How a graph was made; stored as the graph attribute `manifest`. */
export interface BuildManifest {
  generator: 'entente';
  version: string;
  kbVersion: string;
  options: Record<string, unknown>;
  /**
   * The stages that made the graph, `id@version` in the order they ran (pipeline/registry.ts); `entente build --update`
   * refuses a graph whose stages differ from its own. Absent in graphs written before stages were recorded.
   */
  stages?: string[];
  documentCount: number;
  /** Entities left out when the graph was last written, by reason (graph/admission.ts): nodes and their mentions. */
  withheld?: Record<string, { entities: number; mentions: number }>;
  /** Set on a graph that curation rules were applied to (curation/apply-rules.ts); the CLI adds the file's SHA-256. */
  curation?: { rules: number; applied: number; unused: number; sha256?: string };
  /** Set on a graph laid out by `entente build --layout` or `entente layout` (layout/forceatlas2.ts). */
  layout?: LayoutRecord;
}

/** What a graph's manifest records of its layout (`manifest.layout`). */
export interface LayoutRecord {
  algorithm: 'forceatlas2';
  iterations: number;
  seed: number;
  barnesHut: boolean;
  linLog: boolean;
  /** How the run started: from communities (a fresh layout) or from the positions the graph had (kept). */
  start: 'communities' | 'kept';
  /** Nodes laid out; with `start: 'kept'`, how many of them were newcomers placed and moved (the rest stayed). */
  nodes: number;
  placed: number;
}

/** The entities a graph withholds (graph/admission.ts) and the links that touch them, kept for later merges (graph/reserve.ts). */
export interface Reserve {
  nodes: Array<{ key: string; attributes: NodeAttributes }>;
  edges: Array<{ key: string; source: string; target: string; attributes: EdgeAttributes }>;
}

/** Graph attributes of an Entente graph. */
export interface GraphAttributes {
  manifest: BuildManifest;
  documents: DocumentInfo[];
  reserve?: Reserve;
}
