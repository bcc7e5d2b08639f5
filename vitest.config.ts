import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { test: { name: "engine", include: ["packages/engine/src/**/*.test.ts"], environment: "node" } },
      {
        test: {
          name: "cli",
          include: ["packages/cli/src/**/*.test.ts"],
          environment: "node",
          testTimeout: 30_000,
        },
      },
      {
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
