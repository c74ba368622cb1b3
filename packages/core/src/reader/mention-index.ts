/**
 * Every mention of every entity across the documents of a graph, to page through: an entity's mentions one by one,
 * and a link's windows (where the two are co-mentioned), in document order. The index holds offsets only — five
 * integers per mention in typed arrays (the whole UNGDC corpus is a few million mentions) — and the texts stay where
 * they are (a documents file on disk, or records in memory): a page names the documents and sentences to read, and
 * `mentionEvidence` / `linkEvidence` turn one hit and its record into evidence, sentences cut as the graph's are.
 */
import { InvalidOptionError } from '../errors.js';
import { makeEvidence } from '../comention/evidence.js';
import type { Evidence, WindowKind } from '../types.js';
import type { DocumentRecord } from './document-record.js';

/** The largest page a caller may ask for. */
export const MAX_PAGE = 100;

/** One mention: in which document (its number in the index), where, in which sentence. */
export interface MentionHit {
  doc: number;
  start: number;
  end: number;
  sentence: number;
}

/** One window where both ends of a link are mentioned: the sentence(s) to show and the mentions to mark. */
export interface LinkHit {
  doc: number;
  sentences: number[];
  marks: Array<[number, number]>;
}

export interface Page<T> {
  total: number;
  offset: number;
  hits: T[];
}

const STRIDE = 5; // doc, start, end, sentence, window

/** A growable list of int32 (doubling), so millions of postings are not millions of objects. */
class IntList {
  data = new Int32Array(16);
  length = 0;
  push5(a: number, b: number, c: number, d: number, e: number): void {
    if (this.length + STRIDE > this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    const at = this.length;
    this.data[at] = a;
    this.data[at + 1] = b;
    this.data[at + 2] = c;
    this.data[at + 3] = d;
    this.data[at + 4] = e;
    this.length += STRIDE;
  }
}

/** Check paging arguments at the entry: integers, offset ≥ 0, 1 ≤ limit ≤ MAX_PAGE. */
export function checkPage(who: string, offset: unknown, limit: unknown): void {
  if (!Number.isSafeInteger(offset) || (offset as number) < 0) throw new InvalidOptionError(who, 'offset', 'an integer ≥ 0', offset);
  if (!Number.isSafeInteger(limit) || (limit as number) < 1 || (limit as number) > MAX_PAGE) throw new InvalidOptionError(who, 'limit', `an integer from 1 to ${MAX_PAGE}`, limit);
}

export class MentionIndex {
  private readonly postings = new Map<string, IntList>();
  private added = -1;

  /** `window`: the graph's co-mention window, which decides what a link's hit is. */
  constructor(readonly window: WindowKind) {}

  /** Add one document's mentions. Documents must come in increasing `doc` order, so pages are in document order. */
  add(doc: number, record: Pick<DocumentRecord, 'sentences' | 'entities' | 'mentions'>): void {
    if (!Number.isInteger(doc) || doc <= this.added) throw new InvalidOptionError('MentionIndex.add', 'doc', `an integer above ${this.added}`, doc);
    this.added = doc;
    const { sentences } = record;
    let s = 0;
    for (const m of record.mentions) {
      // Mentions are sorted by start, so the sentence holding each is found by walking forwards once.
      while (s < sentences.length - 1 && m[0] >= sentences[s]![1]) s++;
      const sentence = sentences.length ? s : 0;
      const window = this.window === 'sentence' ? sentence : this.window === 'paragraph' ? (sentences[sentence]?.[2] ?? 0) : 0;
      let list = this.postings.get(record.entities[m[2]]!);
      if (!list) this.postings.set(record.entities[m[2]]!, (list = new IntList()));
      list.push5(doc, m[0], m[1], sentence, window);
    }
  }

  has(entity: string): boolean {
    return this.postings.has(entity);
  }

  mentionCount(entity: string): number {
    return (this.postings.get(entity)?.length ?? 0) / STRIDE;
  }

  /** The entity's mentions from `offset`, at most `limit` of them, in document and text order. */
  mentionsPage(entity: string, offset: number, limit: number): Page<MentionHit> {
    checkPage('MentionIndex.mentionsPage', offset, limit);
    const list = this.postings.get(entity);
    const total = (list?.length ?? 0) / STRIDE;
    const hits: MentionHit[] = [];
    for (let i = offset; list && i < Math.min(total, offset + limit); i++) {
      const at = i * STRIDE;
      hits.push({ doc: list.data[at]!, start: list.data[at + 1]!, end: list.data[at + 2]!, sentence: list.data[at + 3]! });
    }
    return { total, offset, hits };
  }

  /**
   * The windows where `a` and `b` are both mentioned, from `offset`, at most `limit`: as the graph counts a link's
   * weight, one hit per window. A hit shows the first sentence of the window that mentions both, else (wide windows)
   * the first sentence of each, as the graph's evidence does.
   */
  linkPage(a: string, b: string, offset: number, limit: number): Page<LinkHit> {
    checkPage('MentionIndex.linkPage', offset, limit);
    const la = this.postings.get(a);
    const lb = this.postings.get(b);
    const hits: LinkHit[] = [];
    let total = 0;
    if (!la || !lb || a === b) return { total, offset, hits };
    let i = 0;
    let j = 0;
    while (i < la.length && j < lb.length) {
      const da = la.data[i]!;
      const db = lb.data[j]!;
      if (da !== db) {
        if (da < db) i = skipDoc(la, i);
        else j = skipDoc(lb, j);
        continue;
      }
      const ea = skipDoc(la, i);
      const eb = skipDoc(lb, j);
      const wa = byWindow(la, i, ea);
      const wb = byWindow(lb, j, eb);
      for (const [w, ma] of wa) {
        const mb = wb.get(w);
        if (!mb) continue;
        if (total >= offset && hits.length < limit) hits.push(linkHit(da, ma, mb));
        total++;
      }
      i = ea;
      j = eb;
    }
    return { total, offset, hits };
  }
}

/** The end of the run of postings of the document at `i`. */
function skipDoc(list: IntList, i: number): number {
  const doc = list.data[i]!;
  let k = i;
  while (k < list.length && list.data[k] === doc) k += STRIDE;
  return k;
}

interface Posting {
  start: number;
  end: number;
  sentence: number;
}

/** One document's postings of an entity grouped by window, windows in text order. */
function byWindow(list: IntList, from: number, to: number): Map<number, Posting[]> {
  const out = new Map<number, Posting[]>();
  for (let k = from; k < to; k += STRIDE) {
    const w = list.data[k + 4]!;
    const p = { start: list.data[k + 1]!, end: list.data[k + 2]!, sentence: list.data[k + 3]! };
    const group = out.get(w);
    if (group) group.push(p);
    else out.set(w, [p]);
  }
  return out;
}

function linkHit(doc: number, ma: Posting[], mb: Posting[]): LinkHit {
  const sentencesOfA = new Set(ma.map((p) => p.sentence));
  const shared = mb.find((p) => sentencesOfA.has(p.sentence))?.sentence;
  const sentences = shared !== undefined ? [shared] : [...new Set([ma[0]!.sentence, mb[0]!.sentence])].sort((x, y) => x - y);
  const marks = [...ma, ...mb].filter((p) => sentences.includes(p.sentence)).map((p): [number, number] => [p.start, p.end]);
  return { doc, sentences, marks: marks.sort((x, y) => x[0] - y[0] || x[1] - y[1]) };
}

/** A record's sentences in the shape evidence is cut from. */
function sentenced(record: DocumentRecord) {
  return { text: record.text, sentences: record.sentences.map(([start, end]) => ({ start, end })) };
}

/** The evidence of one mention: its sentence, cut around it as the graph's evidence is, the mention marked. */
export function mentionEvidence(record: DocumentRecord, hit: Pick<MentionHit, 'start' | 'end' | 'sentence'>): Evidence {
  if (record.sentences.length === 0) return { doc: record.id, sentence: 0, start: hit.start, end: hit.end, text: record.text.slice(hit.start, hit.end), marks: [[0, hit.end - hit.start]] };
  return makeEvidence(sentenced(record), record.id, [hit.sentence], [[hit.start, hit.end]]);
}

/** The evidence of one link hit: the sentence(s) with both ends marked. */
export function linkEvidence(record: DocumentRecord, hit: Pick<LinkHit, 'sentences' | 'marks'>): Evidence {
  return makeEvidence(sentenced(record), record.id, hit.sentences, hit.marks);
}
