import type { HttpBindings } from "@hono/node-server";

export type Locale = "en" | "es";

/** Hono's per-request types. Bindings are absent under app.request() in tests, so they are optional. */
export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: { requestId: string; locale: Locale };
}
