/**
 * A Cypher script that loads the graph into Neo4j 5 (`cypher-shell -f graph.cypher`) or Memgraph (`mgconsole < graph.cypher`).
 * Rows go in batches of literal maps (`UNWIND [{…}, …] AS row MERGE …`), so a big graph loads in a few hundred
 * statements instead of one per node, and MERGE makes running the script twice harmless. Every string is written
 * as an escaped literal, so no quote, backslash, newline or control character in a name can end it early.
 */
import { ENTITY_TYPES, type EntityType } from '../types.js';
import type { ExportableGraph } from './json.js';
import { TYPE_NAMES } from './palette.js';
import { checkInteger, checkOneOf } from '../util/check.js';

export interface CypherWriteOptions {
  /** Rows per UNWIND statement (default 500). */
  batchSize?: number;
  /** `neo4j` (default): `CREATE CONSTRAINT … IF NOT EXISTS`; `memgraph`: its own constraint and index syntax. */
  dialect?: 'neo4j' | 'memgraph';
}

export type CypherValue = string | number | boolean | null | CypherValue[] | { [key: string]: CypherValue };

/** Write a Cypher script that creates (or updates) the graph: nodes `:Entity:Person` etc., relationships `:CO_MENTIONED`. */
export function writeCypher(graph: ExportableGraph, options: CypherWriteOptions = {}): string {
  const batchSize = checkInteger('entente/writeCypher', 'batchSize', options.batchSize ?? 500, { min: 1 });
  const dialect = checkOneOf('entente/writeCypher', 'dialect', options.dialect ?? 'neo4j', ['neo4j', 'memgraph'] as const, '"neo4j" or "memgraph"');
  const manifest = graph.getAttribute('manifest');
  const out: string[] = [
    `// Entente graph: ${graph.order} nodes, ${graph.size} relationships. Load with cypher-shell -f (Neo4j) or mgconsole (Memgraph).`,
  ];
  // JSON.stringify never emits a raw newline, but it leaves U+2028/U+2029 raw; escape them so the comment stays one line.
  if (manifest) out.push(`// manifest: ${JSON.stringify(manifest).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}`);
  out.push('');
  if (dialect === 'neo4j') {
    out.push('CREATE CONSTRAINT entente_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;');
  } else {
    out.push('CREATE INDEX ON :Entity(id);', 'CREATE CONSTRAINT ON (n:Entity) ASSERT n.id IS UNIQUE;');
  }
  out.push('');

  // Labels cannot be parameters in Cypher, so rows are grouped by type and each group names its label.
  const groups = new Map<string, Array<Record<string, CypherValue>>>();
  graph.forEachNode((key, a) => {
    const label = (ENTITY_TYPES as readonly unknown[]).includes(a.type) ? TYPE_NAMES[a.type as EntityType] : '';
    const row: Record<string, CypherValue> = {
      id: key,
      label: String(a.label ?? key),
      type: typeof a.type === 'string' ? a.type : null,
      mentions: number(a.mentions),
      docs: Array.isArray(a.docs) ? a.docs.length : number(a.docs),
      aliases: Array.isArray(a.aliases) ? a.aliases.map(String) : [],
      kbId: a.kbId ?? null,
      wikidata: a.wikidata ?? null,
    };
    const rows = groups.get(label) ?? [];
    rows.push(row);
    groups.set(label, rows);
  });
  for (const [label, rows] of groups) {
    for (const batch of batches(rows, batchSize)) {
      out.push(`UNWIND ${cypherLiteral(batch)} AS row`, `MERGE (n:Entity {id: row.id})`, `SET ${label ? `n:${label}, ` : ''}n += row;`, '');
    }
  }

  const relationships: Array<Record<string, CypherValue>> = [];
  graph.forEachEdge((_key, a, source, target) => {
    relationships.push({ a: source, b: target, weight: number(a.weight), docs: Array.isArray(a.docs) ? a.docs.length : number(a.docs) });
  });
  for (const batch of batches(relationships, batchSize)) {
    // A directed MERGE (Memgraph needs one); the direction is the stored source → target, so reruns find the same one.
    out.push(
      `UNWIND ${cypherLiteral(batch)} AS row`,
      'MATCH (a:Entity {id: row.a}), (b:Entity {id: row.b})',
      'MERGE (a)-[r:CO_MENTIONED]->(b)',
      'SET r.weight = row.weight, r.docs = row.docs;',
      '',
    );
  }

  if (manifest) {
    const build: Record<string, CypherValue> = {
      generator: String(manifest.generator ?? 'entente'),
      version: String(manifest.version ?? ''),
      kbVersion: String(manifest.kbVersion ?? ''),
      documentCount: number(manifest.documentCount),
      // Neo4j properties cannot hold maps: the options stay JSON text.
      options: JSON.stringify(manifest.options ?? {}),
      nodes: graph.order,
      relationships: graph.size,
    };
    out.push(`MERGE (b:EntenteBuild {manifest: ${cypherLiteral(JSON.stringify(manifest))}})`, `SET b += ${cypherLiteral(build)};`, '');
  }
  return out.join('\n');
}

/** A Cypher literal for a plain value. Strings are double-quoted with every character that could end them escaped. */
export function cypherLiteral(value: CypherValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return cypherString(value);
  // Cypher's exponent takes an optional minus but no plus: 1e+21 must be written 1e21.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('e+', 'e') : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  // Keys are fixed identifiers of ours; backticks keep any of them safe all the same.
  return `{${Object.entries(value)
    .map(([key, item]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replace(/`/g, '``')}\``}: ${cypherLiteral(item)}`)
    .join(', ')}}`;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function cypherString(value: string): string {
  // Lone surrogates cannot be written as UTF-8; other control and line-separator characters become \uXXXX escapes.
  const body = value
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/[\\"\u0000-\u001F\u007F\u2028\u2029]/g, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${body}"`;
}

function number(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function* batches<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
