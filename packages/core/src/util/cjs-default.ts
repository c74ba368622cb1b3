/**
 * The default export of a CommonJS package (graphology-metrics, graphology-communities-louvain,
 * graphology-layout-forceatlas2), read the same way under Node ESM, Vite and bundlers. Their `.d.ts` files say
 * `export default`, which TypeScript (NodeNext) reads as `module.exports.default`, while Node and Vite hand ESM
 * importers `module.exports` itself: this bridges the two. Core and the explorer both use it.
 */
export function cjsDefault<T>(mod: T | { default: T }): T {
  const loose = mod as { default?: T };
  return (typeof mod === 'function' || loose.default === undefined ? mod : loose.default) as T;
}
