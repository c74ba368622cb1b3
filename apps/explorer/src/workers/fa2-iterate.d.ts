// graphology-layout-forceatlas2 ships no types for its one-iteration function (what its own worker runs).
declare module 'graphology-layout-forceatlas2/iterate.js' {
  const iterate: (settings: object, nodes: Float32Array, edges: Float32Array) => object;
  export default iterate;
}
