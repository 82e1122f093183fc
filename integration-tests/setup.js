const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

MetadataStorage.clear()

// Suites register many customers from one address; the throttle's own suite
// (auth-hardening.spec.ts) sets production-like limits.
process.env.AUTH_THROTTLE_MAX_REQUESTS_PER_IP ??= "100000"
process.env.AUTH_THROTTLE_MAX_FAILURES_PER_IP ??= "100000"
