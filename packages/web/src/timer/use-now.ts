import { useEffect, useState } from "preact/hooks";

/**
 * The current time, refreshed every `everyMs` and whenever the page becomes visible again. Only a
 * display refresh: every duration is computed from timestamps, so missed ticks change nothing.
 */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const refresh = () => setNow(Date.now());
    const timer = window.setInterval(refresh, everyMs);
    document.addEventListener("visibilitychange", refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", refresh);
    };
  }, [everyMs]);
  return now;
}
