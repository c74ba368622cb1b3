/**
 * Writing an instanced WebGL program's data without instancing. An instanced program stores each item once (its
 * per-item attributes) and lets the GPU combine it with one row of constant data per vertex; software WebGL
 * (SwiftShader, llvmpipe) runs such draws one instance at a time, ~20 µs each. Without instancing, each vertex carries
 * the item's attributes followed by its own constant row, and one plain draw covers every item. Pure, so the layout
 * is unit tested without a browser (`views/programs.ts` applies it to sigma's programs).
 */

/**
 * Write one item's vertices into `out` from `start`: for each vertex v, the `item` attributes then `constants[v]`.
 * Returns the index after the last value written.
 */
export function spreadItem(item: ArrayLike<number>, constants: readonly (readonly number[])[], out: Float32Array, start: number): number {
  let i = start;
  for (const row of constants) {
    for (let k = 0; k < item.length; k++) out[i++] = item[k]!;
    for (let k = 0; k < row.length; k++) out[i++] = row[k]!;
  }
  return i;
}
