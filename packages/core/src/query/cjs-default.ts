/**
 * The default export of a CommonJS package (graphology-metrics, graphology-communities-louvain), read the same way
 * under Node ESM, Vite and bundlers. Their `.d.ts` files say `export default`, which TypeScript (NodeNext) reads as
 * `module.exports.default`, while Node hands ESM importers `module.exports` itself: this bridges the two.
 */
export function cjsDefault<T>(mod: { default: T }): T {
  const loose = mod as unknown as { default?: T };
  return (typeof mod === 'function' || loose.default === undefined ? mod : loose.default) as T;
}
