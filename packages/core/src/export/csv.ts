/**
 * Two CSV files in neo4j-admin's import header format, which spreadsheets and pandas also read:
 *
 *   neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv --multiline-fields=true <db>
 *
 * (`--multiline-fields` because a label may hold a newline; quoting follows RFC 4180 via csv-stringify, which runs
 * in the browser too). Nodes carry the labels `Entity;Person` etc., as the Cypher export does, so the same queries
 * work however the graph was loaded. Lists use neo4j's default array delimiter `;`.
 *
 * Text cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return, e.g. a
 * label `=HYPERLINK("http://…")` from a hostile document) get a leading single quote, the OWASP rule against CSV
 * injection. The quote is then part of the value for tools that do not evaluate formulas (neo4j-admin, pandas): a
 * cost paid only by such labels. Ids get the same treatment in both files, so edges still find their nodes.
 */
// The browser build: the Node one (csv-stringify/sync) touches the Buffer global, which browsers lack; this one runs in both.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { ENTITY_TYPES, type EntityType } from '../types.js';
import type { ExportableGraph } from './json.js';
import { TYPE_NAMES } from './palette.js';

/** The two files, as text. */
export interface CsvFiles {
  nodes: string;
  edges: string;
}

export const CSV_NODE_HEADER = ['id:ID', 'label', 'type', ':LABEL', 'mentions:int', 'docs:int', 'aliases:string[]', 'kbId', 'wikidata'] as const;
export const CSV_RELATIONSHIP_TYPE = 'CO_MENTIONED';

/** Write the graph as neo4j-admin import CSV: `nodes` (one row per entity) and `edges` (one row per co-mention pair). */
export function writeCsv(graph: ExportableGraph): CsvFiles {
  const nodeRows: unknown[][] = [[...CSV_NODE_HEADER]];
  graph.forEachNode((key, a) => {
    nodeRows.push([
      safeCell(key),
      safeCell(String(a.label ?? key)),
      safeCell(String(a.type ?? '')),
      neo4jLabels(a.type),
      count(a.mentions),
      Array.isArray(a.docs) ? a.docs.length : count(a.docs),
      Array.isArray(a.aliases) ? safeCell(a.aliases.join(';')) : '',
      safeCell(String(a.kbId ?? '')),
      safeCell(String(a.wikidata ?? '')),
    ]);
  });

  // Weights are window counts (integers); a foreign graph may carry real weights, and then int would fail the import.
  let integral = true;
  graph.forEachEdge((_key, a) => {
    if (typeof a.weight === 'number' && !Number.isInteger(a.weight)) integral = false;
  });
  const edgeRows: unknown[][] = [[':START_ID', ':END_ID', ':TYPE', integral ? 'weight:int' : 'weight:float', 'docs:int']];
  graph.forEachEdge((_key, a, source, target) => {
    edgeRows.push([
      safeCell(source),
      safeCell(target),
      CSV_RELATIONSHIP_TYPE,
      typeof a.weight === 'number' && Number.isFinite(a.weight) ? a.weight : '',
      Array.isArray(a.docs) ? a.docs.length : count(a.docs),
    ]);
  });

  return { nodes: toCsv(nodeRows), edges: toCsv(edgeRows) };
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that no spreadsheet runs as a formula: a leading `'` before a formula character. */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** `Entity;Person` for a known type, `Entity` otherwise. */
function neo4jLabels(type: unknown): string {
  return (ENTITY_TYPES as readonly unknown[]).includes(type) ? `Entity;${TYPE_NAMES[type as EntityType]}` : 'Entity';
}

function count(value: unknown): number | string {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : '';
}

function toCsv(rows: unknown[][]): string {
  // Empty fields stay unquoted: neo4j-admin reads an unquoted empty field as "no property", a quoted one as "".
  return stringify(rows, { record_delimiter: 'unix', quoted_empty: false });
}
