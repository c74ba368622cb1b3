/**
 * Messages and progress. Problems (a bad file, a failed fetch) show in an alert that stays until dismissed or
 * replaced; information in a polite live region; a build shows a progress bar with a Cancel button.
 */
import type { Disposables, ResourceRegistry } from '../state/registry.js';
import { h, replaceChildren } from './dom.js';

export class StatusView {
  private readonly info: HTMLElement;
  private readonly alert: HTMLElement;
  private readonly alertText: HTMLElement;
  private readonly progressBox: HTMLElement;
  private readonly progress: HTMLProgressElement;
  private readonly progressText: HTMLElement;
  private onCancel: (() => void) | undefined;

  constructor(root: HTMLElement, bag: Disposables, registry: ResourceRegistry) {
    this.info = h('p', { id: 'info', role: 'status', class: 'info' });
    this.alertText = h('span', { id: 'message-text' });
    const dismiss = h('button', { type: 'button', class: 'dismiss', 'aria-label': 'Dismiss message' }, '×');
    this.alert = h('div', { id: 'message', role: 'alert', class: 'alert', hidden: true }, this.alertText, dismiss);
    this.progress = h('progress', { id: 'build-progress', max: 1, value: 0, 'aria-label': 'Building the graph' });
    this.progressText = h('span', { class: 'progress-text' });
    const cancel = h('button', { type: 'button', id: 'cancel-build' }, 'Cancel');
    this.progressBox = h('div', { class: 'progress', hidden: true }, this.progress, this.progressText, cancel);
    bag.listen(registry, dismiss, 'click', () => this.clearProblem());
    bag.listen(registry, cancel, 'click', () => this.onCancel?.());
    replaceChildren(root, this.alert, this.progressBox, this.info);
  }

  problem(text: string): void {
    this.alertText.textContent = text;
    this.alert.hidden = false;
  }

  clearProblem(): void {
    this.alert.hidden = true;
    this.alertText.textContent = '';
  }

  get problemText(): string {
    return this.alert.hidden ? '' : (this.alertText.textContent ?? '');
  }

  say(text: string): void {
    this.info.textContent = text;
  }

  startProgress(label: string, onCancel: () => void): void {
    this.onCancel = onCancel;
    this.progressBox.hidden = false;
    this.progress.removeAttribute('value');
    this.progressText.textContent = label;
  }

  setProgress(done: number, total: number, label: string): void {
    this.progress.max = Math.max(1, total);
    this.progress.value = done;
    this.progressText.textContent = label;
  }

  endProgress(): void {
    this.onCancel = undefined;
    this.progressBox.hidden = true;
  }
}
