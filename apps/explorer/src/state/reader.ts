/**
 * Where the reader gets documents and pages of mentions: `entente serve`'s API when the page came from it, the
 * records of graphs built in this page (kept in memory, answered by core's same functions), or nowhere — then every
 * request fails with TextsUnavailable and the views say so. Plus the pure shaping the reader view needs: a document's
 * text cut into plain, mention and target segments, and its mentions grouped by entity.
 */
import {
  MentionIndex,
  compareStrings,
  entityMentionsPage,
  linkSentencesPage,
  readerDocument,
  redirectRecord,
  type DocumentRecord,
  type EntityType,
  type ReaderDocument,
  type ReaderPage,
  type WindowKind,
} from '@entente/core';

export interface DocumentSource {
  readonly kind: 'api' | 'memory' | 'none';
  document(id: string): Promise<ReaderDocument>;
  mentions(entity: string, offset: number, limit: number): Promise<ReaderPage>;
  link(a: string, b: string, offset: number, limit: number): Promise<ReaderPage>;
}

/** The texts of this graph are not here: opened from a file, or served without `entente serve`. */
export class TextsUnavailable extends Error {
  override name = 'TextsUnavailable';
  constructor() {
    super('The texts of this graph are not available here: open it with "entente serve graph.json" to read its documents.');
  }
}

export const NO_TEXTS: DocumentSource = {
  kind: 'none',
  document: () => Promise.reject(new TextsUnavailable()),
  mentions: () => Promise.reject(new TextsUnavailable()),
  link: () => Promise.reject(new TextsUnavailable()),
};

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** The API of `entente serve` when this page came from it (GET ./api/status says texts: true); else undefined. */
export async function probeApi(base: string, fetchFn: Fetch = (i, o) => fetch(i, o)): Promise<DocumentSource | undefined> {
  try {
    const response = await fetchFn(new URL('./api/status', base).href, { headers: { accept: 'application/json' } });
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('application/json')) return undefined;
    const status = (await response.json()) as { texts?: unknown };
    return status.texts === true ? apiSource(base, fetchFn) : undefined;
  } catch {
    return undefined;
  }
}

export function apiSource(base: string, fetchFn: Fetch = (i, o) => fetch(i, o)): DocumentSource {
  const get = async <T>(path: string, query: Record<string, string | number>): Promise<T> => {
    const url = new URL(path, base);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, String(v));
    let response: Response;
    try {
      response = await fetchFn(url.href, { headers: { accept: 'application/json' } });
    } catch {
      throw new Error('The server did not answer; is "entente serve" still running?');
    }
    const body = (await response.json().catch(() => ({}))) as { error?: unknown };
    if (!response.ok) throw new Error(typeof body.error === 'string' ? body.error : `The server answered HTTP ${response.status}.`);
    return body as T;
  };
  return {
    kind: 'api',
    document: (id) => get('./api/document', { id }),
    mentions: (entity, offset, limit) => get('./api/mentions', { entity, offset, limit }),
    link: (a, b, offset, limit) => get('./api/link', { a, b, offset, limit }),
  };
}

/** Records of documents built in this page, answered with core's reader functions. */
export class MemorySource implements DocumentSource {
  readonly kind = 'memory';
  private readonly records: DocumentRecord[];
  private readonly byId: Map<string, number>;
  private readonly index: MentionIndex;

  constructor(records: DocumentRecord[], readonly window: WindowKind = 'sentence') {
    this.records = [...records].sort((x, y) => compareStrings(x.id, y.id));
    this.byId = new Map(this.records.map((r, i) => [r.id, i]));
    this.index = new MentionIndex(window);
    this.records.forEach((r, i) => this.index.add(i, r));
  }

  get size(): number {
    return this.records.length;
  }

  /** These records and more, every entity id sent through `redirects` (merges made when the graphs were joined). */
  with(more: DocumentRecord[], redirects: ReadonlyMap<string, string>): MemorySource {
    const all = [...this.records.filter((r) => !more.some((m) => m.id === r.id)), ...more];
    return new MemorySource(redirects.size ? all.map((r) => redirectRecord(r, redirects)) : all, this.window);
  }

  record(doc: number): DocumentRecord {
    return this.records[doc]!;
  }

  async document(id: string): Promise<ReaderDocument> {
    const n = this.byId.get(id);
    if (n === undefined) throw new Error(`No text of document "${id}" was kept in this page.`);
    return readerDocument(this.records[n]!);
  }

  async mentions(entity: string, offset: number, limit: number): Promise<ReaderPage> {
    return entityMentionsPage(this.index, this, entity, offset, limit);
  }

  async link(a: string, b: string, offset: number, limit: number): Promise<ReaderPage> {
    return linkSentencesPage(this.index, this, a, b, offset, limit);
  }
}

/** A piece of the reader's text: plain, or a mention (its index in the document's list), inside the target or not. */
export interface ReaderSegment {
  text: string;
  mention?: number;
  target?: boolean;
}

/**
 * The text cut at every mention and at the target range (the sentence an evidence link points at). Mentions from the
 * API are untrusted: one out of range, empty, or overlapping the previous is left as plain text.
 */
export function readerSegments(doc: Pick<ReaderDocument, 'text' | 'mentions'>, target?: { start: number; end: number }): ReaderSegment[] {
  const text = doc.text;
  const cuts = new Set<number>([0, text.length]);
  const spans: Array<{ start: number; end: number; index: number }> = [];
  let last = 0;
  doc.mentions.forEach((m, index) => {
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < last || m.end <= m.start || m.end > text.length) return;
    spans.push({ start: m.start, end: m.end, index });
    cuts.add(m.start).add(m.end);
    last = m.end;
  });
  const t = target && target.start >= 0 && target.end <= text.length && target.end > target.start ? target : undefined;
  if (t) cuts.add(t.start).add(t.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: ReaderSegment[] = [];
  let s = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i]!, points[i + 1]!];
    while (s < spans.length && spans[s]!.end <= from) s++;
    const span = spans[s];
    const inMention = span && span.start <= from && to <= span.end;
    const segment: ReaderSegment = { text: text.slice(from, to) };
    if (inMention) segment.mention = span.index;
    if (t && from >= t.start && to <= t.end) segment.target = true;
    out.push(segment);
  }
  return out;
}

export interface MentionGroup {
  entity: string;
  label: string;
  type: EntityType | undefined;
  /** Indexes into the document's mentions, in text order. */
  mentions: number[];
  inGraph: boolean;
}

/** The document's mentions by entity, most mentioned first; labels and types from the graph where it has the node. */
export function mentionGroups(doc: Pick<ReaderDocument, 'mentions'>, node: (id: string) => { label: string; type: EntityType } | undefined): MentionGroup[] {
  const groups = new Map<string, MentionGroup>();
  doc.mentions.forEach((m, i) => {
    let g = groups.get(m.entity);
    if (!g) {
      const n = node(m.entity);
      groups.set(m.entity, (g = { entity: m.entity, label: n?.label ?? m.text, type: n?.type, mentions: [], inGraph: n !== undefined }));
    }
    g.mentions.push(i);
  });
  return [...groups.values()].sort((a, b) => b.mentions.length - a.mentions.length || compareStrings(a.label, b.label));
}

/**
 * Documents built in this page over the source of the graph they were added to (the API of `entente serve`): a
 * document is looked up in memory first; pages run through the memory's hits, then the other source's. An entity
 * or link the other source does not know (new with these documents) counts as none there.
 */
export function layeredSource(memory: MemorySource, under: DocumentSource): DocumentSource {
  if (under.kind === 'none') return memory;
  if (under instanceof MemorySource) return memory;
  const safe = (p: Promise<ReaderPage>, offset: number, limit: number) => p.catch((): ReaderPage => ({ total: 0, offset, limit, items: [] }));
  const combine = async (top: (o: number, l: number) => Promise<ReaderPage>, bottom: (o: number, l: number) => Promise<ReaderPage>, offset: number, limit: number): Promise<ReaderPage> => {
    const first = await top(offset, limit);
    const inTop = first.total;
    const want = limit - first.items.length;
    const rest = await safe(bottom(Math.max(0, offset - inTop), Math.max(1, want)), 0, limit);
    return { total: inTop + rest.total, offset, limit, items: [...first.items, ...(want > 0 ? rest.items.slice(0, want) : [])] };
  };
  return {
    kind: 'api',
    document: (id) => memory.document(id).catch(() => under.document(id)),
    mentions: (entity, offset, limit) => combine((o, l) => memory.mentions(entity, o, l), (o, l) => under.mentions(entity, o, l), offset, limit),
    link: (a, b, offset, limit) => combine((o, l) => memory.link(a, b, o, l), (o, l) => under.link(a, b, o, l), offset, limit),
  };
}
