/** Where the KB build reads and writes: the committed data, the hand-written tables, and the shared source datasets. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The `version` of the generated files: bump it when their content changes on purpose. */
export const DATA_VERSION = '2026-11-28';

const here = path.dirname(fileURLToPath(import.meta.url));
export const coreDir = path.resolve(here, '../..');
export const repoRoot = path.resolve(coreDir, '../..');
export const dataDir = path.join(coreDir, 'data');
/** Hand-written tables (YAML, with their sources) that the generators read. */
export const sourcesDir = path.join(dataDir, 'sources');
/** Where the source datasets live; ENTENTE_KB_SOURCES overrides (used to test the missing-sources path). */
export const sharedKb = process.env['ENTENTE_KB_SOURCES']
  ? path.resolve(process.env['ENTENTE_KB_SOURCES'])
  : path.resolve(repoRoot, '../shared/kb');
