/**
 * Every graph file format as a typed descriptor in one registry, so the CLI (`entente export`, reading graph files)
 * and the explorer (download menu, file drop) offer the same formats with the same names, extensions and types.
 */
import { InvalidInputError, InvalidOptionError } from '../errors.js';
import { writeCsv } from './csv.js';
import { writeCypher, type CypherWriteOptions } from './cypher.js';
import { readGexf, writeGexf } from './gexf.js';
import { readGraphml, writeGraphml } from './graphml.js';
import { readJson, writeJson, type ExportableGraph, type ImportedGraph, type JsonWriteOptions } from './json.js';
import { writeSvg, type SvgWriteOptions } from './svg.js';
import type { XmlReadOptions } from './xml.js';

export type ExportFormatId = 'json' | 'gexf' | 'graphml' | 'csv' | 'cypher' | 'svg';
export type ImportFormatId = 'json' | 'gexf' | 'graphml';

/** Writer options of each format. */
export interface ExportOptionsMap {
  json: JsonWriteOptions;
  gexf: Record<string, never>;
  graphml: Record<string, never>;
  csv: Record<string, never>;
  cypher: CypherWriteOptions;
  svg: SvgWriteOptions;
}

/** Reader options (only the XML formats need one: the DOMParser class, which Node callers inject). */
export type ImportOptions = XmlReadOptions;

/** A written graph: one text, or several files by name (CSV writes `nodes.csv` and `edges.csv`). */
export type ExportOutput = string | Record<string, string>;

export interface ExportFormat<Id extends ExportFormatId = ExportFormatId> {
  id: Id;
  /** File extension without the dot; for multi-file formats, the extension of each file. */
  extension: string;
  mediaType: string;
  /** One line for menus and `--help`. */
  description: string;
  /** Whether `write` returns several files (a record of file name → text). */
  multiFile: boolean;
  write(graph: ExportableGraph, options?: ExportOptionsMap[Id]): ExportOutput;
  read?: (text: string, options?: ImportOptions) => ImportedGraph;
}

export const EXPORT_FORMATS: { readonly [Id in ExportFormatId]: ExportFormat<Id> } = {
  json: {
    id: 'json',
    extension: 'json',
    mediaType: 'application/json',
    description: 'graphology JSON: lossless (keeps doc ids and evidence); what Entente itself reads',
    multiFile: false,
    write: (graph, options) => writeJson(graph, options),
    read: (text) => readJson(text),
  },
  gexf: {
    id: 'gexf',
    extension: 'gexf',
    mediaType: 'application/gexf+xml',
    description: 'GEXF 1.3 (schema-valid) for Gephi, Gephi Lite and networkx',
    multiFile: false,
    write: (graph) => writeGexf(graph),
    read: (text, options) => readGexf(text, options),
  },
  graphml: {
    id: 'graphml',
    extension: 'graphml',
    mediaType: 'application/graphml+xml',
    description: 'GraphML for networkx, yEd, Cytoscape and Gephi',
    multiFile: false,
    write: (graph) => writeGraphml(graph),
    read: (text, options) => readGraphml(text, options),
  },
  csv: {
    id: 'csv',
    extension: 'csv',
    mediaType: 'text/csv',
    description: 'nodes.csv + edges.csv in neo4j-admin import format (also fine for spreadsheets and pandas)',
    multiFile: true,
    write: (graph) => {
      const { nodes, edges } = writeCsv(graph);
      return { 'nodes.csv': nodes, 'edges.csv': edges };
    },
  },
  cypher: {
    id: 'cypher',
    extension: 'cypher',
    mediaType: 'text/plain',
    description: 'Cypher script that loads the graph into Neo4j or Memgraph',
    multiFile: false,
    write: (graph, options) => writeCypher(graph, options),
  },
  svg: {
    id: 'svg',
    extension: 'svg',
    mediaType: 'image/svg+xml',
    description: 'static SVG picture (ForceAtlas2 layout when the graph has none)',
    multiFile: false,
    write: (graph, options) => writeSvg(graph, options),
  },
};

export const EXPORT_FORMAT_IDS = Object.keys(EXPORT_FORMATS) as ExportFormatId[];
export const IMPORT_FORMAT_IDS = EXPORT_FORMAT_IDS.filter((id) => EXPORT_FORMATS[id].read) as ImportFormatId[];

export function isExportFormatId(value: unknown): value is ExportFormatId {
  return typeof value === 'string' && Object.hasOwn(EXPORT_FORMATS, value);
}

/** Write a graph in a format of the registry. CSV gives `{'nodes.csv', 'edges.csv'}`; every other format one text. */
export function writeGraph<Id extends ExportFormatId>(
  graph: ExportableGraph,
  format: Id,
  options?: ExportOptionsMap[Id],
): Id extends 'csv' ? Record<string, string> : string;
export function writeGraph(graph: ExportableGraph, format: ExportFormatId, options?: object): ExportOutput {
  if (!isExportFormatId(format)) {
    throw new InvalidOptionError('entente/writeGraph', 'format', `one of ${EXPORT_FORMAT_IDS.join(', ')}`, format);
  }
  return (EXPORT_FORMATS[format] as ExportFormat).write(graph, options as never);
}

/** Read a graph in a readable format (json, gexf, graphml). XML formats need `{DOMParser}` outside the browser. */
export function readGraph(text: string, format: ImportFormatId, options: ImportOptions = {}): ImportedGraph {
  const read = isExportFormatId(format) ? EXPORT_FORMATS[format].read : undefined;
  if (!read) throw new InvalidOptionError('entente/readGraph', 'format', `one of ${IMPORT_FORMAT_IDS.join(', ')}`, format);
  return read(text, options);
}

/**
 * Guess a file's format. With its text, readable formats are recognised by content (a `.xml` or misnamed file still
 * works); otherwise, or when the content says nothing, by extension. Undefined when neither tells.
 */
export function detectFormat(filename: string, text?: string): ExportFormatId | undefined {
  if (typeof text === 'string') {
    const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
    if (head.startsWith('{')) return 'json';
    if (head.startsWith('<')) {
      // The first element that is not a declaration, comment or doctype names the format.
      const root = /<(?![?!])(?:[\w.-]+:)?([\w.-]+)/.exec(head)?.[1]?.toLowerCase();
      if (root === 'gexf' || root === 'graphml' || root === 'svg') return root;
    }
  }
  const extension = /\.([^./\\]+)$/.exec(filename.toLowerCase())?.[1];
  if (extension === 'cql') return 'cypher';
  return EXPORT_FORMAT_IDS.find((id) => EXPORT_FORMATS[id].extension === extension);
}

/** Like `detectFormat`, for reading: fails with a clear line when the file is not in a readable format. */
export function detectImportFormat(filename: string, text: string): ImportFormatId {
  const format = detectFormat(filename, text);
  if (format === undefined || !(IMPORT_FORMAT_IDS as string[]).includes(format)) {
    throw new InvalidInputError(
      'entente/detectImportFormat',
      `"${filename}"`,
      `is not a graph file Entente reads (${IMPORT_FORMAT_IDS.join(', ')}); received ${format ? `a ${format} file` : 'unrecognised content'}`,
    );
  }
  return format as ImportFormatId;
}
