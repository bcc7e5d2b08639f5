import preact from "@preact/preset-vite";
import { defaultClientConditions } from "vite";
import { defineProject } from "vitest/config";

// Unit tests for the app's logic: happy-dom for the DOM, fake-indexeddb for storage (no real browser needed).
export default defineProject({
  plugins: [preact()],
  // The engine from its TypeScript source (its `source` export condition), not a compiled copy.
  resolve: { conditions: ["source", ...defaultClientConditions] },
  test: {
    name: "web",
    root: import.meta.dirname,
    include: ["src/**/*.test.{ts,tsx}"],
    environment: "happy-dom",
    // Every language loaded, as the app loads one before showing it.
    setupFiles: ["fake-indexeddb/auto", "src/i18n/every-language.test-support.ts"],
  },
});
