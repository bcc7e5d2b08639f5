import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";
import { clientAddress, type TrustedProxies } from "./client.ts";
import { HttpProblem } from "./problem.ts";

export interface RateLimit {
  /** Requests a client may make in a burst. */
  readonly burst: number;
  /** Requests per second the bucket refills at. */
  readonly perSecond: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * In-memory token buckets keyed by client address. The count is per server process: with N servers
 * behind a load balancer a client gets up to N times the limit (put a shared limiter at the proxy for
 * a global one). Buckets that have refilled completely carry no information and are swept away.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep = 0;
  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number,
  ) {}

  /** Takes one token; returns 0 when allowed, otherwise the seconds until a token is available. */
  take(key: string): number {
    const now = this.now();
    this.sweep(now);
    const { burst, perSecond } = this.limit;
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
  }

  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    const fullAfterMs = (this.limit.burst / this.limit.perSecond) * 1000;
    if (now - this.lastSweep < Math.min(fullAfterMs, 60_000)) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) if (now - bucket.at >= fullAfterMs) this.buckets.delete(key);
  }
}

/** Answers 429 with Retry-After once a client has used up its bucket. */
export function rateLimit(buckets: TokenBuckets, proxies: TrustedProxies): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const wait = buckets.take(clientAddress(c, proxies));
    if (wait > 0) {
      throw new HttpProblem({
        status: 429,
        slug: "rate-limited",
        title: "Too many requests",
        detail: `try again in ${wait} seconds`,
        headers: { "Retry-After": String(wait) },
      });
    }
    await next();
  };
}
