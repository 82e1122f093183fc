const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

// One run covers every kind of test: unit (`*.unit.spec.ts`), module
// (`src/modules/**/__tests__`) and HTTP integration (`integration-tests/`).
module.exports = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", decorators: true },
          transform: { decoratorMetadata: true },
        },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: [
    "dist/",
    "<rootDir>/.medusa/",
    "<rootDir>/.bozor/",
  ],
  setupFiles: ["./integration-tests/setup.js"],
  testMatch: [
    "<rootDir>/integration-tests/**/*.spec.[jt]s",
    "<rootDir>/src/**/__tests__/**/*.spec.[jt]s",
  ],
  testTimeout: 180000,
}
