/**
 * Who was linked to whom in each decade? The graph is counted again within the documents of each decade (core's
 * `subsetGraph`, from the per-document counts every build keeps), and the strongest links of each are listed. A
 * document's year is its `meta.year` (UNGDC speeches have one) or the leading year of its `date`.
 *
 *   pnpm entente query out/graph.json --script examples/links-by-decade.ts
 */
import type { DocumentInfo, EntenteGraph } from '@entente/core';
import type { QueryApi, QueryGraph } from '@entente/core/query';

export interface DecadeLinks {
  documents: number;
  links: Array<{ a: string; b: string; windows: number; documents: number }>;
}

const LINKS_PER_DECADE = 5;

function yearOf(d: DocumentInfo): number | undefined {
  const y = Number(d.meta?.year ?? /^\d{4}/.exec(d.date ?? '')?.[0]);
  return Number.isInteger(y) && y > 0 ? y : undefined;
}

export default function linksByDecade(graph: QueryGraph, api: QueryApi): Record<string, DecadeLinks> {
  const documents = (graph.getAttribute('documents') ?? []) as DocumentInfo[];
  const byDecade = new Map<number, string[]>();
  for (const d of documents) {
    const y = yearOf(d);
    if (y === undefined) continue;
    const decade = Math.floor(y / 10) * 10;
    byDecade.set(decade, [...(byDecade.get(decade) ?? []), d.id]);
  }
  const result: Record<string, DecadeLinks> = {};
  for (const [decade, ids] of [...byDecade].sort((x, y) => x[0] - y[0])) {
    const sub = api.subsetGraph(graph as EntenteGraph, ids);
    const label = (id: string) => sub.getNodeAttribute(id, 'label');
    const links = sub
      .mapEdges((_key, a, s, t) => ({ a: label(s), b: label(t), windows: a.weight, documents: a.docs.length }))
      .sort((x, y) => y.windows - x.windows || (x.a + x.b < y.a + y.b ? -1 : 1))
      .slice(0, LINKS_PER_DECADE);
    result[`${decade}s`] = { documents: ids.length, links };
  }
  return result;
}
