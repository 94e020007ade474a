/**
 * Live dossier events: one Server-Sent Events stream per client, however many dossiers are watched, read
 * with fetch so tracking tokens stay in headers. Each watcher first gets the dossier's timeline, then live
 * events; after a drop the stream resumes with Last-Event-ID, and no watcher sees an event twice or misses
 * one. Where streaming fails repeatedly, it falls back to polling the timeline with `after` and ETag.
 */
import { createParser } from 'eventsource-parser';
import type { Core } from './core.ts';
import { errorFromResponse, HpascError } from './errors.ts';
import { listDossierEvents } from './resources/dossiers.ts';
import type { Schemas } from './types.ts';

type DossierEvent = Schemas['DossierEvent'];

export interface WatchOptions {
  signal?: AbortSignal;
  /** Start after this event id (a page that already shows the timeline up to it); default: the whole timeline. */
  after?: string;
}

export interface LiveOptions {
  /** How often to poll when streaming is unavailable (default 5 s). */
  pollIntervalMs?: number;
  /** Stream failures in a row before falling back to polling (default 3). */
  maxStreamFailures?: number;
}

interface Watcher {
  code: string;
  /** The highest event id delivered to this watcher. */
  lastId: number;
  queue: DossierEvent[];
  error: unknown;
  wake: () => void;
}

/** Between half and all of `ms`, so many clients do not reconnect in step. */
const jitter = (ms: number) => ms * (0.5 + Math.random() / 2);

const sleep = (ms: number, signal: AbortSignal) => new Promise<void>((resolve) => {
  const timer = setTimeout(resolve, ms);
  signal.addEventListener('abort', () => { clearTimeout(timer); resolve(); }, { once: true });
});

export class LiveEvents {
  private watchers = new Set<Watcher>();
  private connection: AbortController | null = null;
  private running = false;
  private failures = 0;
  /** The server's advised reconnection delay (`retry:`), the ceiling of the backoff. */
  private retryMs = 5000;
  /** `stream` until streaming has failed too often; then `poll`. */
  mode: 'stream' | 'poll' = 'stream';

  constructor(private readonly core: Core, private readonly options: LiveOptions = {}) {}

  /** Events of one dossier: its timeline so far, then each new event as it happens. */
  async *watch(code: string, options: WatchOptions = {}): AsyncGenerator<DossierEvent, void, undefined> {
    const watcher: Watcher = { code, lastId: Number(options.after ?? 0) || 0, queue: [], error: null, wake: () => {} };
    const deliver = (event: DossierEvent) => this.deliver(watcher, event);
    const query = options.after ? { after: options.after } : {};
    for await (const event of listDossierEvents(this.core, code, query, options.signal ? { signal: options.signal } : {})) deliver(event);
    this.watchers.add(watcher);
    this.reconnect();
    const onAbort = () => watcher.wake();
    options.signal?.addEventListener('abort', onAbort);
    try {
      for (;;) {
        if (watcher.queue.length) yield watcher.queue.shift()!;
        else if (watcher.error) throw watcher.error;
        else if (options.signal?.aborted) return;
        else await new Promise<void>((resolve) => { watcher.wake = resolve; });
      }
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
      this.watchers.delete(watcher);
      if (this.watchers.size === 0) this.connection?.abort();
    }
  }

  private deliver(watcher: Watcher, event: DossierEvent): void {
    const id = Number(event.id);
    if (event.dossierCode !== watcher.code || id <= watcher.lastId) return;
    watcher.lastId = id;
    watcher.queue.push(event);
    watcher.wake();
  }

  /** Opens (or reopens, with the current set of dossiers) the shared connection. */
  private reconnect(): void {
    if (this.running) {
      this.connection?.abort();
      return;
    }
    this.running = true;
    void this.run().finally(() => { this.running = false; });
  }

  private async run(): Promise<void> {
    while (this.watchers.size > 0) {
      const connection = new AbortController();
      this.connection = connection;
      try {
        if (this.mode === 'poll') {
          await this.poll();
          await sleep(this.options.pollIntervalMs ?? 5000, connection.signal);
        } else {
          await this.stream(connection.signal);
          if (!connection.signal.aborted) await sleep(jitter(250), connection.signal);
        }
      } catch (error) {
        if (connection.signal.aborted) continue;
        // Refused (an expired token, a dossier no longer visible): retrying cannot help, so every watcher
        // of this connection gets the error instead of waiting forever.
        if (error instanceof HpascError && [401, 403, 404].includes(error.status)) {
          for (const watcher of this.watchers) { watcher.error = error; watcher.wake(); }
          return;
        }
        // Failures in a row (a stream that delivered data resets the count): back off, then poll instead.
        if (++this.failures >= (this.options.maxStreamFailures ?? 3)) this.mode = 'poll';
        await sleep(jitter(Math.min(250 * 2 ** this.failures, this.retryMs * 6)), connection.signal);
      }
    }
  }

  private async stream(signal: AbortSignal): Promise<void> {
    const watchers = [...this.watchers];
    const codes = [...new Set(watchers.map((w) => w.code))];
    // Resume from the watcher that is furthest behind; the others skip what they already have.
    const resumeFrom = Math.min(...watchers.map((w) => w.lastId));
    const headers = await this.core.headersFor({ auth: ['tracking', 'citizen'], dossierCode: codes });
    headers['Accept'] = 'text/event-stream';
    if (resumeFrom > 0) headers['Last-Event-ID'] = String(resumeFrom);
    const fetchImpl = this.core.options.fetch ?? fetch;
    const response = await fetchImpl(this.core.url('dossier-events/stream'), { headers, signal, cache: 'no-store' });
    if (!response.ok || !response.body) {
      const body = await response.json().catch(() => undefined);
      throw errorFromResponse(response.status, body, response.headers, this.core.locale);
    }
    const parser = createParser({
      onEvent: (message) => {
        if (message.event === 'dossier-event') {
          const event = JSON.parse(message.data) as DossierEvent;
          for (const watcher of this.watchers) this.deliver(watcher, event);
        } else if (message.event === 'token-expired') {
          const problem = JSON.parse(message.data) as Schemas['Problem'];
          const error = errorFromResponse(401, problem, new Headers(), this.core.locale);
          for (const watcher of this.watchers) if (watcher.code === problem.instance || !problem.instance) { watcher.error = error; watcher.wake(); }
        }
      },
      onRetry: (ms) => { this.retryMs = ms; },
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        this.failures = 0;
        parser.feed(value);
      }
    } finally {
      reader.cancel().catch(() => undefined);
    }
  }

  private async poll(): Promise<void> {
    for (const watcher of [...this.watchers]) {
      const page = await listDossierEvents(this.core, watcher.code, watcher.lastId ? { after: String(watcher.lastId) } : {});
      for (const event of page.items) this.deliver(watcher, event);
    }
  }
}
