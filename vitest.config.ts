import { defineConfig } from "vitest/config";

// Two projects: unit tests beside the code (fast, no database), and integration and browser
// tests, which share one real Neo4j started by test/global-setup.ts and so run one file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["server/**/*.test.ts", "contract/**/*.test.ts", "client/**/*.test.ts", "bench/**/*.test.ts", "scripts/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts", "test/e2e/**/*.test.ts", "test/soak/**/*.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
