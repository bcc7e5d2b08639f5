import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../env.ts";
import { clientAddress, type TrustedProxies } from "./client.ts";
import { HttpProblem } from "./problem.ts";

export interface RateLimit {
  /** Requests a client may make in a burst. */
  readonly burst: number;
  /** Requests per second the bucket refills at. */
  readonly perSecond: number;
}

/** The API's limits; `false` turns one off. */
export interface RateLimits {
  /** POST /api/assess (one token per case) and POST /api/interview together. */
  readonly assess: RateLimit | false;
  /** POST /api/shares. */
  readonly shares: RateLimit | false;
}

/**
 * Assessing costs tens of microseconds of CPU and stores nothing, so a clinic may send a day's 1,000 cases at
 * once and keep 50 a second going; a person's interview (about ten calls) never comes near. A share stores
 * health data for up to 30 days, so it stays tight: 10 at once, then 10 an hour.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  assess: { burst: 1000, perSecond: 50 },
  shares: { burst: 10, perSecond: 10 / 3600 },
};

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

  /**
   * Takes `cost` tokens (at most a whole burst, so any batch the API accepts can pass on a full bucket);
   * returns 0 when allowed, otherwise the seconds until enough tokens are available.
   */
  take(key: string, cost = 1): number {
    const now = this.now();
    this.sweep(now);
    const { burst, perSecond } = this.limit;
    const need = Math.min(cost, burst);
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= need) {
      bucket.tokens -= need;
      return 0;
    }
    return Math.max(1, Math.ceil((need - bucket.tokens) / perSecond));
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

const limited = (wait: number) =>
  new HttpProblem({
    status: 429,
    slug: "rate-limited",
    title: "Too many requests",
    detail: `try again in ${wait} seconds`,
    headers: { "Retry-After": String(wait) },
  });

/** A route's rate limit: one token per request, taken before the body is read, and more for a batch. */
export interface Limiter {
  readonly middleware: MiddlewareHandler<AppEnv>;
  /** Takes `count` more tokens for a request that turned out to hold several (a batch); 429 when short. */
  charge(c: Context<AppEnv>, count: number): void;
}

export const NO_LIMIT: Limiter = {
  middleware: async (_c, next) => {
    await next();
  },
  charge: () => {},
};

/** Answers 429 with Retry-After once a client has used up its bucket. */
export function limiter(buckets: TokenBuckets, proxies: TrustedProxies): Limiter {
  const take = (c: Context<AppEnv>, cost: number) => {
    const wait = buckets.take(clientAddress(c, proxies), cost);
    if (wait > 0) throw limited(wait);
  };
  return {
    middleware: async (c, next) => {
      take(c, 1);
      await next();
    },
    charge: (c, count) => {
      if (count > 0) take(c, count);
    },
  };
}
