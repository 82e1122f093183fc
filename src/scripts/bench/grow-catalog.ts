import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import { cyrillicToLatin, latinToCyrillic } from "@bozor/uz-utils"

const BATCH = 1000

const ADJECTIVES = [
  "Yashil",
  "Qizil",
  "Oq",
  "Qora",
  "Katta",
  "Kichik",
  "Issiq",
  "Yumshoq",
  "Chiroyli",
  "Milliy",
  "Ipak",
  "Sopol",
  "Mis",
  "Yog'och",
  "Jun",
  "Paxta",
]
const NOUNS = [
  "choy",
  "choynak",
  "piyola",
  "qozon",
  "lagan",
  "gilam",
  "do'ppi",
  "ro'mol",
  "kosa",
  "pichoq",
  "non",
  "asal",
  "mayiz",
  "bodom",
  "sholcha",
  "ko'rpacha",
  "dasturxon",
  "qumg'on",
  "tog'ora",
  "savat",
]
const PLACES = ["Rishton", "Buxoro", "Samarqand", "Xiva", "Chust", "Qo'qon"]

/** The n-th generated product's title: Uzbek, a fifth of them in Cyrillic. */
export function benchTitle(n: number) {
  const latin = `${PLACES[n % PLACES.length]} ${ADJECTIVES[(n >> 2) % ADJECTIVES.length].toLowerCase()} ${NOUNS[n % NOUNS.length]} №${n}`
  return n % 5 === 0 ? latinToCyrillic(latin) : latin
}

/**
 * `npm run bench` only: grows the catalog to `target` published products in
 * the given sales channel, written straight into Medusa's product, pricing
 * and link tables a thousand at a time: one workflow run per product took
 * 13 minutes for 10,000, the modules' bulk methods 4 (their events feed the
 * search subscribers). Each product has one option, one variant (no
 * inventory) and prices in uzs and usd, as `createProductsWorkflow` would
 * write them.
 */
export async function growCatalog(
  container: MedusaContainer,
  { target, salesChannelId }: { target: number; salesChannelId: string }
) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  const [{ count }] = await pg("product")
    .whereNull("deleted_at")
    .count({ count: "*" })
  const existing = Number(count)

  let created = 0
  for (let start = existing; start < target; start += BATCH) {
    const numbers = Array.from(
      { length: Math.min(BATCH, target - start) },
      (_, i) => start + i
    )
    const rows = (fn: (n: number, id: string) => object | object[]) =>
      numbers.flatMap((n) => fn(n, `bench${String(n).padStart(6, "0")}`))
    await pg.transaction(async (trx) => {
      await trx("product").insert(
        rows((n, id) => {
          const title = benchTitle(n)
          return {
            id: `prod_${id}`,
            title,
            handle: `bench-${n}`,
            status: ProductStatus.PUBLISHED,
            description: `${cyrillicToLatin(title)} — qo'lda yasalgan, ${NOUNS[(n * 7) % NOUNS.length]} bilan.`,
          }
        })
      )
      await trx("product_option").insert(
        rows((_, id) => ({
          id: `opt_${id}`,
          title: "Turi",
          is_exclusive: true,
        }))
      )
      await trx("product_product_option").insert(
        rows((_, id) => ({
          id: `prodopt_${id}`,
          product_id: `prod_${id}`,
          product_option_id: `opt_${id}`,
        }))
      )
      await trx("product_option_value").insert(
        rows((_, id) => ({
          id: `optval_${id}`,
          value: "Standart",
          option_id: `opt_${id}`,
        }))
      )
      await trx("product_product_option_value").insert(
        rows((_, id) => ({
          id: `prodoptval_${id}`,
          product_product_option_id: `prodopt_${id}`,
          product_option_value_id: `optval_${id}`,
        }))
      )
      await trx("product_variant").insert(
        rows((n, id) => ({
          id: `variant_${id}`,
          title: "Standart",
          sku: `BENCH-${n}`,
          manage_inventory: false,
          product_id: `prod_${id}`,
        }))
      )
      await trx("product_variant_option").insert(
        rows((_, id) => ({
          variant_id: `variant_${id}`,
          option_value_id: `optval_${id}`,
        }))
      )
      await trx("price_set").insert(rows((_, id) => ({ id: `pset_${id}` })))
      await trx("price").insert(
        rows((n, id) =>
          [
            ["uzs", 10000 + (n % 200) * 5000],
            ["usd", 1 + (n % 200)],
          ].map(([currency_code, amount]) => ({
            id: `price_${id}_${currency_code}`,
            price_set_id: `pset_${id}`,
            currency_code,
            amount,
            raw_amount: { value: String(amount), precision: 20 },
          }))
        )
      )
      await trx("product_variant_price_set").insert(
        rows((_, id) => ({
          id: `pvps_${id}`,
          variant_id: `variant_${id}`,
          price_set_id: `pset_${id}`,
        }))
      )
      await trx("product_sales_channel").insert(
        rows((_, id) => ({
          id: `prodsc_${id}`,
          product_id: `prod_${id}`,
          sales_channel_id: salesChannelId,
        }))
      )
      await trx("product_shipping_profile").insert(
        rows((_, id) => ({
          id: `prodsp_${id}`,
          product_id: `prod_${id}`,
          shipping_profile_id: profile.id,
        }))
      )
    })
    created += numbers.length
  }
  return { created, existing }
}
