import { writeFileSync } from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { seedDemoStore } from "./seed/seed-demo-store"

/**
 * `npm run seed` / `medusa exec ./src/scripts/seed.ts`: the demo store,
 * idempotent. BOZOR_SEED_RESULT_FILE receives the publishable key and a
 * generated admin password (read once by `npm start` for its banner).
 */
export default async function seed({ container }: ExecArgs) {
  const result = await seedDemoStore(container, {
    adminEmail: process.env.BOZOR_ADMIN_EMAIL,
    adminPassword: process.env.BOZOR_ADMIN_PASSWORD,
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
