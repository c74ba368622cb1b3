/**
 * Drag and drop anywhere on the page: an overlay says what a drop does while files are dragged over, and the dropped
 * files go to the app (graph files are opened, documents are built in the worker).
 */
import type { Disposables, ResourceRegistry } from '../state/registry.js';

export class DropZone {
  private depth = 0;

  constructor(target: HTMLElement, private readonly overlay: HTMLElement, onFiles: (files: File[]) => void, bag: Disposables, registry: ResourceRegistry) {
    const hasFiles = (e: DragEvent): boolean => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    bag.listen<DragEvent>(registry, target, 'dragenter', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      this.depth += 1;
      this.overlay.hidden = false;
    });
    bag.listen<DragEvent>(registry, target, 'dragover', (e) => {
      if (!hasFiles(e)) return;
      // Without preventDefault the browser opens the file instead of dropping it here.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    });
    bag.listen<DragEvent>(registry, target, 'dragleave', () => {
      this.depth = Math.max(0, this.depth - 1);
      if (this.depth === 0) this.overlay.hidden = true;
    });
    bag.listen<DragEvent>(registry, target, 'drop', (e) => {
      e.preventDefault();
      this.depth = 0;
      this.overlay.hidden = true;
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length) onFiles(files);
    });
  }
}
