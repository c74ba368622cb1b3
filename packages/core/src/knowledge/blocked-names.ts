/**
 * Blocking names: regions, seas, territories, programmes, days and months that are not entities of our types but
 * contain or equal a name that is, so that they win over a shorter match inside them ("Latin America" is not America).
 * Hand-written data in data/sources/blocked-names.json, with its source; knowledge owns it, detection only reads hits.
 */
import table from '../../data/sources/blocked-names.json' with { type: 'json' };

/** All blocking names, in the order of the file (groups concatenated). */
export const BLOCKED_NAMES: readonly string[] = table.groups.flatMap((g) => g.names);
