/**
 * Sigma's circle and rectangle programs without instancing (see `state/instancing.ts` for why): the same shaders,
 * attributes and picking, with each item's data repeated on its vertices so one plain `drawArrays` draws them all.
 * On a GPU this changes nothing visible; on software WebGL it made a frame of 1k nodes + 5k edges ~5× cheaper.
 */
import type { Attributes } from 'graphology-types';
import { EdgeRectangleProgram, NodeCircleProgram, getAttributesItemsCount, type InstancedProgramDefinition, type ProgramDefinition } from 'sigma/rendering';
import { spreadItem } from '../state/instancing.js';

type Definition = ProgramDefinition | InstancedProgramDefinition;
interface Layout {
  scratch: Float32Array;
  constants: number[][];
}

/** Turn an instanced program definition into a plain one: constant attributes become per-vertex attributes. */
function plain(def: Definition): ProgramDefinition {
  if (!('CONSTANT_ATTRIBUTES' in def)) return def;
  const { CONSTANT_ATTRIBUTES, CONSTANT_DATA: _data, ...rest } = def;
  return { ...rest, ATTRIBUTES: [...def.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
}

function layoutOf(def: Definition): Layout {
  const constants = 'CONSTANT_DATA' in def ? def.CONSTANT_DATA : [];
  return { scratch: new Float32Array(getAttributesItemsCount(def.ATTRIBUTES)), constants };
}

/**
 * Run the instanced program's own `processVisibleItem` into a one-item scratch array, then spread it on the vertices.
 * (The layout is computed lazily: sigma's Program constructor calls `getDefinition` before subclass fields exist.)
 */
function spread(program: { array: Float32Array }, layout: Layout, start: number, write: () => void): void {
  const out = program.array;
  program.array = layout.scratch;
  try {
    write();
  } finally {
    program.array = out;
  }
  spreadItem(layout.scratch, layout.constants, out, start);
}

export class NodeDiscProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes> extends NodeCircleProgram<N, E, G> {
  private layout: Layout | undefined;

  // The base class types its own (instanced) definition; the plain one is what sigma's Program reads at runtime.
  override getDefinition(): ReturnType<NodeCircleProgram<N, E, G>['getDefinition']> {
    return plain(super.getDefinition()) as ReturnType<NodeCircleProgram<N, E, G>['getDefinition']>;
  }

  override processVisibleItem(...args: Parameters<NodeCircleProgram<N, E, G>['processVisibleItem']>): void {
    const layout = (this.layout ??= layoutOf(super.getDefinition()));
    const [nodeIndex, start, data] = args;
    spread(this, layout, start, () => super.processVisibleItem(nodeIndex, 0, data));
  }
}

export class EdgeQuadProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes> extends EdgeRectangleProgram<N, E, G> {
  private layout: Layout | undefined;

  override getDefinition(): ReturnType<EdgeRectangleProgram<N, E, G>['getDefinition']> {
    return plain(super.getDefinition()) as ReturnType<EdgeRectangleProgram<N, E, G>['getDefinition']>;
  }

  override processVisibleItem(...args: Parameters<EdgeRectangleProgram<N, E, G>['processVisibleItem']>): void {
    const layout = (this.layout ??= layoutOf(super.getDefinition()));
    const [edgeIndex, start, source, target, data] = args;
    spread(this, layout, start, () => super.processVisibleItem(edgeIndex, 0, source, target, data));
  }
}
