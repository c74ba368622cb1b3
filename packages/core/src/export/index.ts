// Graph writers and readers, one file per format, and the registry that the CLI and the explorer share.
export { writeJson, readJson, type ExportableGraph, type ImportedGraph, type JsonWriteOptions } from './json.js';
export { writeGexf, readGexf, type GexfReadOptions } from './gexf.js';
export { writeGraphml, readGraphml, type GraphmlReadOptions } from './graphml.js';
export { writeCsv, CSV_NODE_HEADER, CSV_RELATIONSHIP_TYPE, type CsvFiles } from './csv.js';
export { writeCypher, cypherLiteral, type CypherWriteOptions, type CypherValue } from './cypher.js';
export { writeSvg, type SvgWriteOptions } from './svg.js';
export { TYPE_COLORS, TYPE_NAMES, UNKNOWN_TYPE_COLOR } from './palette.js';
export type { DomParserConstructor, DomParserLike, DomParserInit, XmlReadOptions } from './xml.js';
export {
  EXPORT_FORMATS,
  EXPORT_FORMAT_IDS,
  IMPORT_FORMAT_IDS,
  isExportFormatId,
  writeGraph,
  readGraph,
  detectFormat,
  detectImportFormat,
  type ExportFormat,
  type ExportFormatId,
  type ImportFormatId,
  type ExportOptionsMap,
  type ExportOutput,
  type ImportOptions,
} from './registry.js';
