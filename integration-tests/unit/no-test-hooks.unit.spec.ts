import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"

// Issue #14: production code held test-only hooks to reach the local fakes (a
// Stripe subclass deep-importing @medusajs/payment-stripe/dist to change its
// host, PayPal's client rebased through unstable_httpClientOptions, a
// Module._load fallback for the Meilisearch client). The tests now intercept
// the real hosts with nock; this keeps such hooks out of shipped code.

const root = join(__dirname, "..", "..")

const FORBIDDEN: [RegExp, string][] = [
  [
    /@medusajs\/payment-stripe\/dist/,
    "deep import of Medusa's Stripe provider",
  ],
  [/unstable_httpClientOptions/, "PayPal SDK transport override"],
  [/\b_load\s*\(/, "Module._load"],
  [/STRIPE_API_URL|PAYPAL_API_URL/, "test-only API URL variable"],
]

function sources(dir: string): string[] {
  let entries: string[]
  try {
    entries = readdirSync(dir)
  } catch {
    return []
  }
  return entries.flatMap((name) => {
    if (
      ["node_modules", ".medusa", "__tests__", "integration-tests"].includes(
        name
      )
    ) {
      return []
    }
    const path = join(dir, name)
    if (statSync(path).isDirectory()) {
      return sources(path)
    }
    return /\.(ts|js)$/.test(name) ? [path] : []
  })
}

describe("production code has no test-only hooks to external APIs", () => {
  const files = [
    join(root, "medusa-config.ts"),
    ...sources(join(root, "config")),
    ...sources(join(root, "src")),
    ...sources(join(root, "plugins")),
  ]

  it.each(FORBIDDEN)("no %s (%s)", (pattern) => {
    const hits = files
      .filter((file) => pattern.test(readFileSync(file, "utf8")))
      .map((file) => relative(root, file))
    expect(hits).toEqual([])
  })

  it("registers Medusa's own Stripe provider", () => {
    expect(readFileSync(join(root, "config", "payments.ts"), "utf8")).toMatch(
      /resolve: "@medusajs\/medusa\/payment-stripe"/
    )
  })
})
