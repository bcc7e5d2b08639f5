import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

// Inside this repository the packages run from their TypeScript source (the `source` export condition);
// installed elsewhere, @backtalk/engine resolves to its compiled dist/.
const SOURCE_CONDITIONS = {
  resolve: { conditions: ["source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["source", ...defaultServerConditions] } },
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: SOURCE_CONDITIONS.resolve,
        ssr: SOURCE_CONDITIONS.ssr,
        // Property tests run thousands of cases; a loaded 2-core CI machine needs more than 5 s for some.
        test: {
          name: "engine",
          include: ["packages/engine/src/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
        resolve: SOURCE_CONDITIONS.resolve,
        ssr: SOURCE_CONDITIONS.ssr,
        test: {
          name: "cli",
          include: ["packages/cli/src/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          globalSetup: ["packages/cli/src/testing/build-once.ts"],
        },
      },
      {
        resolve: SOURCE_CONDITIONS.resolve,
        ssr: SOURCE_CONDITIONS.ssr,
        test: {
          name: "server",
          include: ["packages/server/src/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
          fileParallelism: false,
        },
      },
      "packages/web/vitest.config.{ts,mts}",
    ],
  },
});
