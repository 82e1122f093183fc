import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { seedDemoStore, stockNewProducts } from "./seed/seed-demo-store"

const BATCH = 100

/**
 * `npm run bench` only: the demo store plus generated products up to
 * BENCH_PRODUCTS (default 1,000) in batches of 100. Idempotent by handle.
 */
export default async function benchSeed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const target = Number(process.env.BENCH_PRODUCTS || 1000)
  const seed = await seedDemoStore(container, {
    adminPassword: process.env.BOZOR_ADMIN_PASSWORD || "bench-admin-pass",
    stock: 1000000,
  })
  const productModule = container.resolve(Modules.PRODUCT)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  const [, existing] = await productModule.listAndCountProducts({})
  for (let start = existing; start < target; start += BATCH) {
    const size = Math.min(BATCH, target - start)
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: Array.from({ length: size }, (_, i) => {
          const n = start + i
          return {
            title: `Bench mahsulot ${n}`,
            handle: `bench-${n}`,
            status: "published" as const,
            shipping_profile_id: profile.id,
            sales_channels: [{ id: seed.salesChannelId }],
            options: [{ title: "Turi", values: ["Standart"] }],
            variants: [
              {
                title: "Standart",
                sku: `BENCH-${n}`,
                options: { Turi: "Standart" },
                prices: [
                  { currency_code: "uzs", amount: 10000 + n * 100 },
                  { currency_code: "usd", amount: 1 + n / 100 },
                ],
              },
            ],
          }
        }),
      },
    })
    await stockNewProducts(
      container,
      result.map((p) => p.id),
      seed.stockLocationId,
      1000000
    )
    logger.info(`[bench-seed] ${start + size}/${target} products`)
  }
}
