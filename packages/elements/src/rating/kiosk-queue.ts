/**
 * The kiosk's outbox: counter ratings wait in IndexedDB (a store of their own, never the drafts') until the
 * center has them. Each keeps its Idempotency-Key and the time it was given (`ratedAt`), so a rating sent
 * twice counts once and a late one counts for the right day. Nothing personal is kept: point, counter, level
 * and time only. Bounded, and ratings older than the server accepts are dropped.
 */
import { createStore, get, update, type UseStore } from 'idb-keyval';
import { ConflictError, NotFoundError, ValidationError, type Schemas } from '@hpasc/sdk';
import { ratePoint, type Core } from '@hpasc/sdk/core';

export interface QueuedRating {
  /** The Idempotency-Key of every attempt to send it. */
  key: string;
  pointId: string;
  input: Schemas['PointRatingInput'] & { ratedAt: string };
}

/** At most this many ratings wait; the oldest go first when a kiosk stays offline for very long. */
export const queueLimit = 500;
/** The contract accepts ratings given at most 7 days ago. */
export const queueLifetimeMs = 7 * 24 * 3600_000;
/** While ratings wait and the browser believes it is online (a server down, not a cable out), try again this often. */
const retryEveryMs = 60_000;

const queueKey = 'point-ratings';
let store: UseStore | undefined;
const outbox = () => (store ??= createStore('hpasc-kiosk', 'outbox'));

const fresh = (items: QueuedRating[], now: number) => items.filter((r) => Date.parse(r.input.ratedAt) > now - queueLifetimeMs).slice(-queueLimit);

export async function queuedRatings(now = Date.now()): Promise<QueuedRating[]> {
  return fresh((await get<QueuedRating[]>(queueKey, outbox())) ?? [], now);
}

async function change(apply: (items: QueuedRating[]) => QueuedRating[]): Promise<QueuedRating[]> {
  let result: QueuedRating[] = [];
  await update<QueuedRating[]>(queueKey, (items) => (result = fresh(apply(items ?? []), Date.now())), outbox());
  return result;
}

/** Does a refusal mean the server will never take this rating (so keeping it is pointless)? */
function refusedForGood(error: unknown): boolean {
  return error instanceof ValidationError || error instanceof NotFoundError || (error instanceof ConflictError && error.code !== 'request_in_progress');
}

/**
 * Sends what waits, oldest first, whenever it can: at once, when the browser comes back online, every minute
 * while something waits, and on the next start. Reports how many wait after each change.
 */
export class KioskOutbox {
  private sending: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly online = () => void this.flush();

  constructor(private readonly core: () => Core, private readonly onCount: (waiting: number) => void) {}

  start(): void {
    window.addEventListener('online', this.online);
    this.timer = setInterval(this.online, retryEveryMs);
    void this.flush();
  }

  stop(): void {
    window.removeEventListener('online', this.online);
    clearInterval(this.timer);
  }

  async add(rating: QueuedRating): Promise<void> {
    this.onCount((await change((items) => [...items, rating])).length);
    await this.flush();
  }

  /** Sends the queue; asked again while a send is under way, it goes over the queue once more afterwards (never twice at once). */
  flush(): Promise<void> {
    if (this.sending) {
      this.again = true;
      return this.sending;
    }
    this.sending = (async () => {
      do {
        this.again = false;
        await this.sendAll();
      } while (this.again && navigator.onLine);
    })().finally(() => { this.sending = null; });
    return this.sending;
  }

  private async sendAll(): Promise<void> {
    try {
      let waiting = await queuedRatings();
      this.onCount(waiting.length);
      for (const rating of waiting) {
        if (!navigator.onLine) return;
        try {
          await ratePoint(this.core(), rating.pointId, rating.input, { idempotencyKey: rating.key });
        } catch (error) {
          // No answer, a server error or a rate limit: try again later. A refusal is final.
          if (!refusedForGood(error)) return;
        }
        waiting = await change((items) => items.filter((r) => r.key !== rating.key));
        this.onCount(waiting.length);
      }
    } catch {
      // IndexedDB refused (private mode, quota): nothing can wait on this device; the count stays as it was.
    }
  }
}
