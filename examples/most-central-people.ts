/**
 * Who are the most central people? People ranked by PageRank over co-mention weights, with their betweenness (how
 * often they sit on the shortest path between others), mentions, and the three entities they are most linked to.
 *
 *   pnpm entente query out/graph.json --script examples/most-central-people.ts
 */
import type { QueryApi, QueryGraph } from '@entente/core/query';

export interface CentralPerson {
  rank: number;
  person: string;
  pagerank: number;
  betweenness: number;
  mentions: number;
  mostLinkedTo: string[];
}

const LIMIT = 10;

export default function mostCentralPeople(graph: QueryGraph, api: QueryApi): CentralPerson[] {
  // Both centralities are measured on the whole graph, then restricted to people.
  const people = api.top(graph, { by: 'pagerank', type: 'person', limit: LIMIT });
  const betweenness = new Map(
    api.top(graph, { by: 'betweenness', type: 'person', limit: Number.POSITIVE_INFINITY }).map((p) => [p.id, p.score]),
  );
  return people.map((person, i) => ({
    rank: i + 1,
    person: person.label,
    pagerank: round(person.score),
    betweenness: round(betweenness.get(person.id) ?? 0),
    mentions: person.mentions,
    mostLinkedTo: api.neighbours(graph, person.id, { limit: 3 }).map((n) => `${n.label} (${n.weight})`),
  }));
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
