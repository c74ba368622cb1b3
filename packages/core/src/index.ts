/** @entente/core — the public API. Faces (CLI, explorer, scripts) import from here only. */
export * from './types.js';
export * from './errors.js';
export { ENTENTE_VERSION } from './version.js';
export { DEFAULT_OPTIONS, resolveOptions, type BuildOptions, type ExtractOptions } from './options.js';
export { extractDocument, extractMentions, validateDocument } from './pipeline/extract.js';
export { buildGraph, mergeGraphs } from './graph/build-graph.js';
export { addDocumentResult } from './graph/reduce.js';
export { finalizeGraph } from './graph/finalize.js';
export { createEntenteGraph, edgeKey, type EntenteGraph } from './graph/entente-graph.js';
export { createKnowledgeBase, type KnowledgeBase } from './knowledge/kb.js';
export { defaultKnowledgeBase } from './knowledge/default-kb.js';
export type { KbData, KbEntry } from './knowledge/kb-types.js';
export { normaliseName, slugify } from './knowledge/normalise.js';
export { splitParagraphs } from './document/paragraphs.js';
export * from './export/index.js';
export * from './query/index.js';
export * from './eval/index.js';
export * from './detect/tagger/index.js';
