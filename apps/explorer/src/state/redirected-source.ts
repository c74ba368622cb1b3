/**
 * The texts of `entente serve` seen through corrections made in the page. The server knows the entities of the graph
 * it was given; after "merge A into B" the page has only B, so B's mentions are A's and B's together (paged across
 * both), a link to B includes A's windows, and a document's mentions of A are marked as B. Pure over any
 * DocumentSource, so it is unit tested with a fake one. Entities hidden by a rule need nothing: they are not shown.
 */
import type { ReaderPage } from '@entente/core';
import type { DocumentSource } from './reader.js';

/** Every id that now is `id`: itself and those that moved to it. */
function groups(movedTo: ReadonlyMap<string, string>): (id: string) => string[] {
  const into = new Map<string, string[]>();
  for (const [from, to] of movedTo) into.set(to, [...(into.get(to) ?? []), from]);
  return (id) => [id, ...(into.get(id) ?? [])];
}

/** One page over several paged lists, in order: the first list's hits, then the next one's, and so on. */
async function pageAcross(lists: Array<(offset: number, limit: number) => Promise<ReaderPage>>, offset: number, limit: number): Promise<ReaderPage> {
  const items: ReaderPage['items'] = [];
  let total = 0;
  let skip = offset;
  for (const list of lists) {
    // Each list's total first (a page of one), then the part of it this page covers.
    const probe = await list(0, 1).catch((): ReaderPage => ({ total: 0, offset: 0, limit: 1, items: [] }));
    const count = probe.total;
    total += count;
    if (items.length < limit && skip < count) {
      const page = await list(skip, Math.min(100, limit - items.length));
      items.push(...page.items);
    }
    skip = Math.max(0, skip - count);
  }
  return { total, offset, limit, items: items.slice(0, limit) };
}

export function redirectedSource(under: DocumentSource, movedTo: ReadonlyMap<string, string>): DocumentSource {
  if (movedTo.size === 0) return under;
  const members = groups(movedTo);
  const current = (id: string) => movedTo.get(id) ?? id;
  return {
    kind: under.kind,
    document: async (id) => {
      const doc = await under.document(id);
      return { ...doc, mentions: doc.mentions.map((m) => (movedTo.has(m.entity) ? { ...m, entity: current(m.entity) } : m)) };
    },
    mentions: (entity, offset, limit) => pageAcross(members(entity).map((id) => (o: number, l: number) => under.mentions(id, o, l)), offset, limit),
    link: (a, b, offset, limit) => {
      const pairs = members(a).flatMap((x) => members(b).filter((y) => y !== x).map((y) => [x, y] as const));
      return pageAcross(pairs.map(([x, y]) => (o: number, l: number) => under.link(x, y, o, l)), offset, limit);
    },
  };
}
