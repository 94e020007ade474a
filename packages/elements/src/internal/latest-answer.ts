/**
 * What a widget asks the API for and shows (figures, summaries): loading, then loaded or failed — with what to
 * say and the request id. Only the latest question's answer lands, however the answers arrive, and a failure
 * is told to the page (`hpasc-error`, codes and request ids only).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { HpascError } from '@hpasc/sdk';

export interface AnswerFailure {
  message: string;
  requestId: string | null;
}

export class LatestAnswer<T> implements ReactiveController {
  status: 'loading' | 'loaded' | 'failed' = 'loading';
  value: T | null = null;
  failure: AnswerFailure | null = null;
  private generation = 0;

  constructor(private readonly host: ReactiveControllerHost & EventTarget, private readonly genericMessage: () => string) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** A state given as data (previews): any answer still on its way is dropped. */
  show(status: LatestAnswer<T>['status'], value: T | null, failure: AnswerFailure | null): void {
    this.generation++;
    Object.assign(this, { status, value, failure });
    this.host.requestUpdate();
  }

  async load(ask: () => Promise<T>): Promise<void> {
    const generation = ++this.generation;
    this.status = 'loading';
    this.failure = null;
    this.host.requestUpdate();
    try {
      const value = await ask();
      if (generation !== this.generation) return;
      this.value = value;
      this.status = 'loaded';
    } catch (error) {
      if (generation !== this.generation) return;
      const known = error instanceof HpascError ? error : null;
      this.status = 'failed';
      this.failure = { message: known?.message ?? this.genericMessage(), requestId: known?.requestId ?? null };
      this.host.dispatchEvent(new CustomEvent('hpasc-error', { detail: { code: known?.code ?? 'unknown', requestId: known?.requestId ?? null }, bubbles: true, composed: true }));
    }
    this.host.requestUpdate();
  }
}
