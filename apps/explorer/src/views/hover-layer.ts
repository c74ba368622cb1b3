/**
 * The hovered node's neighbourhood, drawn on a 2D canvas layer of sigma's (above the node labels, below sigma's own
 * hover label and the mouse layer): a veil that fades the rest of the graph, then the node's links, its neighbours
 * and their labels. Hovering never refreshes sigma, so it costs O(degree) whatever the graph's size — a sigma refresh
 * reprocesses and redraws every node and edge (seconds for 100k edges on software WebGL). The layer is redrawn after
 * each sigma render while a node is hovered (camera moves, layout steps, filter changes).
 */
import type { ShownSigma } from './canvas.js';
import { edgeThickness, neighbourhood } from '../state/emphasis.js';
import type { CanvasLook } from '../state/look.js';
import type { EntenteGraph } from '../state/types.js';

const LAYER = 'entente-hover';
/** The stage background at 85 %: faded nodes come out near the old reducer's #e4e6ea, plain edges almost vanish. */
const VEIL = 'rgba(255, 255, 255, 0.85)';
const LINK = '#4a5160';

type EntenteSigma = ShownSigma;

export class HoverLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private node: string | null = null;
  private drawn = false;

  constructor(
    private readonly sigma: EntenteSigma,
    private readonly graph: EntenteGraph,
    private look: () => CanvasLook,
  ) {
    this.canvas = sigma.createCanvas(LAYER, { afterLayer: 'labels', style: { pointerEvents: 'none' } });
    this.ctx = this.canvas.getContext('2d')!;
    sigma.on('afterRender', () => {
      if (this.node !== null) this.draw();
    });
  }

  get hovered(): string | null {
    return this.node;
  }

  set(node: string | null): void {
    if (node === this.node) return;
    this.node = node;
    this.draw();
  }

  /** Redraw for the current camera, positions and look (or clear when nothing is hovered). */
  draw(): void {
    const { ctx, sigma } = this;
    const ratio = window.devicePixelRatio || 1;
    const { width, height } = sigma.getDimensions();
    // Sigma sizes the layers it draws itself; this one follows the stage here (setting width also clears it).
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
      this.drawn = false;
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (this.drawn) ctx.clearRect(0, 0, width, height);
    this.drawn = false;
    if (this.node === null) return;
    const look = this.look();
    const hood = neighbourhood(this.graph, this.node, look.hiddenNodes, look.hiddenEdges);
    const focusData = sigma.getNodeDisplayData(this.node);
    if (!hood || !focusData || focusData.hidden) return;
    this.drawn = true;

    ctx.fillStyle = VEIL;
    ctx.fillRect(0, 0, width, height);

    const at = (node: string): { x: number; y: number; size: number } | undefined => {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden) return undefined;
      const p = sigma.framedGraphToViewport(data);
      return { x: p.x, y: p.y, size: sigma.scaleSize(data.size) };
    };
    const focus = at(this.node)!;

    // Links, one path per thickness (weights are small integers, so there are few).
    const byWidth = new Map<number, Array<{ x: number; y: number }>>();
    for (const link of hood.links) {
      const other = at(link.other);
      if (!other) continue;
      const w = Math.max(1, Math.round(sigma.scaleSize(edgeThickness(link.weight)) * 2) / 2);
      let ends = byWidth.get(w);
      if (!ends) byWidth.set(w, (ends = []));
      ends.push(other);
    }
    ctx.strokeStyle = LINK;
    for (const [w, ends] of byWidth) {
      ctx.lineWidth = w;
      ctx.beginPath();
      for (const p of ends) {
        ctx.moveTo(focus.x, focus.y);
        ctx.lineTo(p.x, p.y);
      }
      ctx.stroke();
    }

    // Neighbours in their own colours (not the selection's fade), then the focus; one path per colour.
    const byColor = new Map<string, Array<{ x: number; y: number; size: number }>>();
    for (const node of [...hood.nodes, this.node]) {
      const p = at(node);
      if (!p) continue;
      const color = look.color(node);
      let list = byColor.get(color);
      if (!list) byColor.set(color, (list = []));
      list.push(p);
    }
    for (const [color, list] of byColor) {
      ctx.fillStyle = color;
      ctx.beginPath();
      for (const p of list) {
        ctx.moveTo(p.x + p.size, p.y);
        ctx.arc(p.x, p.y, p.size, 0, Math.PI * 2);
      }
      ctx.fill();
    }

    // The labels sigma showed for these neighbours before the veil covered them (sigma draws the focus's own label).
    const shown = sigma.getNodeDisplayedLabels();
    const settings = sigma.getSettings();
    for (const node of hood.nodes) {
      if (!shown.has(node)) continue;
      const p = at(node);
      const data = sigma.getNodeDisplayData(node);
      if (!p || !data) continue;
      settings.defaultDrawNodeLabel(ctx, { ...data, key: node, label: this.graph.getNodeAttribute(node, 'label'), color: look.color(node), x: p.x, y: p.y, size: p.size }, settings);
    }
  }
}
