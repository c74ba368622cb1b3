/** Entente's version, recorded in every graph's manifest. Kept in step with packages/core/package.json by a test. */
export const ENTENTE_VERSION = '0.1.0';
