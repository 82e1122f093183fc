const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const jsc = {
  parser: { syntax: "typescript", decorators: true },
  transform: { decoratorMetadata: true },
}

// One run covers every kind of test: unit (`*.unit.spec.ts`), module
// (`src/modules/**/__tests__`) and HTTP integration (`integration-tests/`).
module.exports = {
  transform: {
    // The Meilisearch provider (plugins/search, its sources and the built
    // `.medusa/server` the app loads) imports the ESM-only `meilisearch`
    // package with `import()`, which TypeScript's Node16 output keeps and swc
    // would turn into a `require` that Jest refuses for ES modules: keep it.
    "/providers/search-meilisearch/.+\\.[jt]s$": [
      "@swc/jest",
      { jsc, module: { type: "commonjs", ignoreDynamic: true } },
    ],
    "^.+\\.[jt]sx?$": ["@swc/jest", { jsc }],
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
    "<rootDir>/plugins/*/integration-tests/**/*.spec.[jt]s",
    "<rootDir>/plugins/*/src/**/__tests__/**/*.spec.[jt]s",
    "<rootDir>/packages/*/src/**/__tests__/**/*.spec.[jt]s",
  ],
  testTimeout: 180000,
}
