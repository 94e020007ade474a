/**
 * Fault injection for tests and demos: latency, server errors, dropped connections (before the handler
 * runs, or after it has committed), forced 429. Decisions come from a seeded generator, so a failing run
 * can be replayed with the same seed.
 */
export interface FaultConfig {
  /** Added latency in ms: a fixed amount, or a [min, max] range. */
  latencyMs: number | [number, number];
  /** Probability of a 500/503 before the handler runs. */
  errorRate: number;
  /** Probability of closing the connection before the handler runs. */
  dropRate: number;
  /** Probability of closing the connection after the handler has committed its work. */
  dropAfterCommitRate: number;
  /** Probability of a 429 with Retry-After. */
  rateLimitRate: number;
  seed: number;
  /** Only these operations suffer faults (all when empty). */
  only: string[];
}

export const noFaults: FaultConfig = { latencyMs: 0, errorRate: 0, dropRate: 0, dropAfterCommitRate: 0, rateLimitRate: 0, seed: 1, only: [] };

/** mulberry32: small, fast, good enough to decide faults reproducibly. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type FaultDecision = { kind: 'none' | 'error' | 'drop' | 'drop-after-commit' | 'rate-limit'; latencyMs: number };

export class Faults {
  private random: () => number;

  constructor(private config: FaultConfig = noFaults) {
    this.random = generator(config.seed);
  }

  get current(): FaultConfig {
    return this.config;
  }

  set(config: Partial<FaultConfig>): void {
    this.config = { ...this.config, ...config };
    this.random = generator(this.config.seed);
  }

  decide(operationId?: string): FaultDecision {
    if (operationId && this.config.only.length && !this.config.only.includes(operationId)) return { kind: 'none', latencyMs: 0 };
    const { latencyMs, errorRate, dropRate, dropAfterCommitRate, rateLimitRate } = this.config;
    const latency = Array.isArray(latencyMs) ? latencyMs[0] + Math.round(this.random() * (latencyMs[1] - latencyMs[0])) : latencyMs;
    const roll = this.random();
    let edge = 0;
    for (const [kind, rate] of [['error', errorRate], ['drop', dropRate], ['drop-after-commit', dropAfterCommitRate], ['rate-limit', rateLimitRate]] as const) {
      edge += rate;
      if (roll < edge) return { kind, latencyMs: latency };
    }
    return { kind: 'none', latencyMs: latency };
  }
}

/** Parses `latency=200..800,errors=0.1,drops=0.05,dropsAfterCommit=0.1,rateLimits=0.05,seed=42,only=submitDossier|createUpload`. */
export function parseFaults(spec: string): Partial<FaultConfig> {
  const config: Partial<FaultConfig> = {};
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [name, value = ''] = part.split('=');
    const number = Number(value);
    switch (name) {
      case 'latency': {
        const [min, max] = value.split('..').map(Number);
        config.latencyMs = max === undefined ? min! : [min!, max];
        break;
      }
      case 'errors': config.errorRate = number; break;
      case 'drops': config.dropRate = number; break;
      case 'dropsAfterCommit': config.dropAfterCommitRate = number; break;
      case 'rateLimits': config.rateLimitRate = number; break;
      case 'seed': config.seed = number; break;
      case 'only': config.only = value.split('|').filter(Boolean); break;
      default: throw new Error(`unknown fault "${name}" (latency, errors, drops, dropsAfterCommit, rateLimits, seed, only)`);
    }
  }
  return config;
}
