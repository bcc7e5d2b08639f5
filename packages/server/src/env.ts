import type { Lang } from "@backtalk/engine";
import type { HttpBindings } from "@hono/node-server";

/** A language the server answers in: one of the engine's LANGUAGES. */
export type Locale = Lang;

/** Hono's per-request types. Bindings are absent under app.request() in tests, so they are optional. */
export interface AppEnv {
  Bindings: Partial<HttpBindings>;
  Variables: { requestId: string; locale: Locale };
}
