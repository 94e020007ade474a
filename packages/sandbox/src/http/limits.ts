/** Fixed-window request limits per API key and per client address, in memory. */
export interface LimitRule {
  limit: number;
  windowMs: number;
}

export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  /** Returns the seconds to wait when over the limit, or 0 when the request may go ahead. */
  hit(bucket: string, rule: LimitRule, now: number): number {
    const window = this.windows.get(bucket);
    if (!window || now - window.start >= rule.windowMs) {
      this.windows.set(bucket, { start: now, count: 1 });
      return 0;
    }
    window.count++;
    return window.count > rule.limit ? Math.max(1, Math.ceil((window.start + rule.windowMs - now) / 1000)) : 0;
  }

  reset(): void {
    this.windows.clear();
  }
}
