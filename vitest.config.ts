import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { test: { name: "engine", include: ["packages/engine/src/**/*.test.ts"], environment: "node" } },
      { test: { name: "cli", include: ["packages/cli/src/**/*.test.ts"], environment: "node" } },
    ],
  },
});
