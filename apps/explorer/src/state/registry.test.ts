import { describe, expect, it } from 'vitest';
import { Disposables, ResourceRegistry } from './registry.js';

describe('#ResourceRegistry', () => {
  it('counts live resources; releasing twice counts once', () => {
    const r = new ResourceRegistry();
    const release = r.track('sigma');
    r.track('listener');
    expect(r.counts()).toMatchObject({ sigma: 1, listener: 1 });
    release();
    release();
    expect(r.counts().sigma).toBe(0);
  });
});

describe('#Disposables', () => {
  it('releases in reverse order, once, and releases late additions at once', () => {
    const order: string[] = [];
    const bag = new Disposables();
    bag.add(() => order.push('first'));
    bag.add(() => order.push('second'));
    bag.dispose();
    bag.dispose();
    expect(order).toEqual(['second', 'first']);
    bag.add(() => order.push('late'));
    expect(order).toEqual(['second', 'first', 'late']);
  });

  it('removes counted listeners on dispose', () => {
    const registry = new ResourceRegistry();
    const target = new EventTarget();
    const bag = new Disposables();
    let calls = 0;
    bag.listen(registry, target, 'ping', () => calls++);
    target.dispatchEvent(new Event('ping'));
    expect(registry.counts().listener).toBe(1);
    bag.dispose();
    target.dispatchEvent(new Event('ping'));
    expect(calls).toBe(1);
    expect(registry.counts().listener).toBe(0);
  });

  it('keeps releasing when one release throws', () => {
    const bag = new Disposables();
    let released = false;
    bag.add(() => (released = true));
    bag.add(() => {
      throw new Error('boom');
    });
    const error = console.error;
    console.error = () => {};
    bag.dispose();
    console.error = error;
    expect(released).toBe(true);
  });
});
