import type { Facts } from "@backtalk/engine";
import { navigate } from "../router.ts";
import { saveCheck } from "./check-state.ts";

/**
 * Begins a new check. `initial` holds facts already known, e.g. from the "Tell us in your own words" box
 * planned for the start screen; the engine then skips what they answer. The interview code is loaded
 * here, on demand, so it stays out of the first screen's JavaScript.
 */
export async function startCheck(initial: Facts = {}): Promise<void> {
  const { newCheck } = await import("../check/check-session.ts");
  await saveCheck(newCheck(initial));
  navigate("check");
}
