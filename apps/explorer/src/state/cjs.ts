/**
 * The default export of a CommonJS package (graphology-metrics, graphology-layout-forceatlas2), read the same way
 * under TypeScript's NodeNext (which sees `module.exports.default`), Node's ESM loader and Vite (which hand over
 * `module.exports` itself).
 */
export function cjsDefault<T>(mod: T | { default: T }): T {
  const loose = mod as { default?: T };
  return (typeof mod === 'function' || loose.default === undefined ? mod : loose.default) as T;
}
