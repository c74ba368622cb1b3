/**
 * A count of the live resources the explorer holds (Sigma instances, workers, DOM listeners), so a test can load
 * graph after graph and check that nothing piles up; and a bag of disposers that releases them, once.
 */
export type ResourceKind = 'sigma' | 'layout-worker' | 'build-worker' | 'load-worker' | 'curation-worker' | 'listener';

export class ResourceRegistry {
  private readonly live = new Map<ResourceKind, number>();

  /** Count one resource as live; the returned function counts it released, once, however often it is called. */
  track(kind: ResourceKind): () => void {
    this.live.set(kind, (this.live.get(kind) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.live.set(kind, (this.live.get(kind) ?? 1) - 1);
    };
  }

  counts(): Record<ResourceKind, number> {
    return {
      sigma: this.live.get('sigma') ?? 0,
      'layout-worker': this.live.get('layout-worker') ?? 0,
      'build-worker': this.live.get('build-worker') ?? 0,
      'load-worker': this.live.get('load-worker') ?? 0,
      'curation-worker': this.live.get('curation-worker') ?? 0,
      listener: this.live.get('listener') ?? 0,
    };
  }
}

/** Disposers run in reverse order of adding (last taken, first released); `dispose()` is idempotent. */
export class Disposables {
  private readonly items: Array<() => void> = [];
  private disposed = false;

  get isDisposed(): boolean {
    return this.disposed;
  }

  add(dispose: () => void): void {
    if (this.disposed) {
      // Taken after the owner was released: release at once rather than leak.
      dispose();
      return;
    }
    this.items.push(dispose);
  }

  /** addEventListener that is counted in `registry` and removed on dispose. */
  listen<E extends Event = Event>(
    registry: ResourceRegistry,
    target: EventTarget,
    type: string,
    fn: (event: E) => void,
    opts?: AddEventListenerOptions | boolean,
  ): void {
    const listener = fn as unknown as EventListener;
    target.addEventListener(type, listener, opts);
    const release = registry.track('listener');
    this.add(() => {
      target.removeEventListener(type, listener, opts);
      release();
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (let fn = this.items.pop(); fn; fn = this.items.pop()) {
      try {
        fn();
      } catch (error) {
        // One failing release must not keep the others alive.
        console.error('explorer: error while releasing a resource', error);
      }
    }
  }
}
