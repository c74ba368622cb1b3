/**
 * Zoom in, zoom out and fit-to-view buttons over the canvas. They only report; the app moves the camera.
 */
import type { Disposables, ResourceRegistry } from '../state/registry.js';
import { h, replaceChildren } from './dom.js';

export interface CameraActions {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

export class CameraControlsView {
  private readonly buttons: HTMLButtonElement[];

  constructor(root: HTMLElement, actions: CameraActions, bag: Disposables, registry: ResourceRegistry) {
    const button = (id: string, text: string, label: string, act: () => void) => {
      const b = h('button', { type: 'button', id, title: label, 'aria-label': label }, text);
      bag.listen(registry, b, 'click', act);
      return b;
    };
    this.buttons = [
      button('zoom-in', '+', 'Zoom in', () => actions.zoomIn()),
      button('zoom-out', '−', 'Zoom out', () => actions.zoomOut()),
      button('fit-view', 'Fit', 'Fit what is shown to the view', () => actions.fit()),
    ];
    root.setAttribute('role', 'group');
    root.setAttribute('aria-label', 'Camera');
    replaceChildren(root, ...this.buttons);
  }

  update(hasGraph: boolean): void {
    for (const b of this.buttons) b.disabled = !hasGraph;
  }
}
