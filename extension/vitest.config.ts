import { defineConfig } from "vitest/config";

export default defineConfig({
  define: { __DEFAULT_BACKEND__: JSON.stringify("https://api.unspoken.app") },
  test: {
    environment: "happy-dom",
    include: ["test/unit/**/*.test.ts"],
  },
});
