import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { seedDemoStore } from "./seed/seed-demo-store"

// Providers the seed enables for a region when they are configured.
const UZ_PROVIDERS = ["pp_payme_payme", "pp_click_click"]
const INTL_PROVIDERS = ["pp_stripe_stripe", "pp_paypal_paypal"]

/**
 * `npm run seed` / `medusa exec ./src/scripts/seed.ts`: the demo store,
 * idempotent. BOZOR_SEED_RESULT_FILE receives the publishable key and a
 * generated admin password (read once by `npm start` for its banner).
 */
export default async function seed({ container }: ExecArgs) {
  const payment = container.resolve(Modules.PAYMENT)
  const configured = new Set(
    (await payment.listPaymentProviders({ is_enabled: true })).map((p) => p.id)
  )
  const result = await seedDemoStore(container, {
    adminEmail: process.env.BOZOR_ADMIN_EMAIL,
    adminPassword: process.env.BOZOR_ADMIN_PASSWORD,
    uzPaymentProviders: UZ_PROVIDERS.filter((id) => configured.has(id)),
    intlPaymentProviders: INTL_PROVIDERS.filter((id) => configured.has(id)),
  })
  if (process.env.BOZOR_SEED_RESULT_FILE) {
    writeFileSync(process.env.BOZOR_SEED_RESULT_FILE, JSON.stringify(result), {
      mode: 0o600,
    })
  } else if (result.generatedAdminPassword) {
    // Not stored anywhere: this is the only time it is shown.
    container
      .resolve("logger")
      .info(
        `[seed] admin ${result.adminEmail} created, password: ${result.generatedAdminPassword}`
      )
  }
}
