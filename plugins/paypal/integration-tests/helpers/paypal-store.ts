import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  seedDemoStore,
  SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"
import { forwardToFake } from "../../../../integration-tests/helpers/forward-to-fake"
import { createPayPalFake } from "../fakes/paypal"

// Issue #10. The Bozor store registers PayPal from these variables when the
// test runner evaluates medusa-config.ts: set them when this file is imported
// (before the runner boots), restore them after the file. The SDK keeps
// PayPal's real sandbox host; nock answers it with the local fake (issue #14).
export const PAYPAL_CLIENT_ID = "AbozorSandboxClientId"
export const PAYPAL_CLIENT_SECRET = "EbozorSandboxSecret"
export const PAYPAL_WEBHOOK_ID = "8PT597110X687430LKGECATA"
export const PAYPAL_ENV: Record<string, string> = {
  PAYPAL_CLIENT_ID,
  PAYPAL_CLIENT_SECRET,
  PAYPAL_WEBHOOK_ID,
  PAYPAL_ENVIRONMENT: "sandbox",
  PAYPAL_RETURN_URL: "https://shop.example.com/checkout/paypal-return",
  PAYPAL_CANCEL_URL: "https://shop.example.com/checkout/paypal-cancel",
}
const savedEnv: Record<string, string | undefined> = {}
for (const key of Object.keys(PAYPAL_ENV)) {
  savedEnv[key] = process.env[key]
}
Object.assign(process.env, PAYPAL_ENV)

/** The local PayPal fake every request to api-m.sandbox.paypal.com reaches. */
export const paypal = createPayPalFake({
  clientId: PAYPAL_CLIENT_ID,
  clientSecret: PAYPAL_CLIENT_SECRET,
  webhookId: PAYPAL_WEBHOOK_ID,
})

let unforward: (() => void) | undefined

beforeAll(async () => {
  await paypal.listen()
  unforward = forwardToFake(
    "https://api-m.sandbox.paypal.com",
    () => paypal.url
  )
})

afterAll(async () => {
  unforward?.()
  await paypal.close()
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) {
      delete process.env[key]
    } else {
      process.env[key] = value
    }
  }
})

export const PAYPAL_PROVIDER_ID = "pp_paypal_paypal"
export const ADMIN_PASSWORD = "paypal-admin-pass"
export const US_ADDRESS = {
  first_name: "Jane",
  last_name: "Doe",
  address_1: "350 Fifth Avenue",
  city: "New York",
  province: "ny",
  country_code: "us",
  postal_code: "10118",
  phone: "+12125550100",
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Polls `read` every 100 ms until `done` holds, up to `timeoutMs`; returns the last value. */
export async function waitFor<T>(
  read: () => Promise<T> | T,
  done: (value: T) => boolean,
  timeoutMs = 20000
): Promise<T> {
  const until = Date.now() + timeoutMs
  let value = await read()
  while (!done(value) && Date.now() < until) {
    await sleep(100)
    value = await read()
  }
  return value
}

/** Seeds the demo store and returns what the PayPal tests need from it. */
export async function seedPayPalStore(container: MedusaContainer) {
  const seed = await seedDemoStore(container, { adminPassword: ADMIN_PASSWORD })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [variant],
  } = await query.graph({
    entity: "product_variant",
    fields: ["id"],
    filters: { sku: "QURUT-STANDART" },
  })
  return { seed, variantId: variant.id as string }
}

/** A US cart (international region, USD) up to a payment session of `providerId`. */
export async function usCart(
  api: AxiosInstance,
  store: { seed: SeedResult; variantId: string },
  providerId = PAYPAL_PROVIDER_ID
) {
  const prepared = await prepareCart(api, {
    publishableKey: store.seed.publishableKey,
    regionId: store.seed.regionIntlId,
    variantId: store.variantId,
    address: US_ADDRESS,
    email: "buyer@example.com",
    providerId,
  })
  const session = prepared.paymentCollection.payment_sessions.find(
    (s: { provider_id: string }) => s.provider_id === providerId
  )
  return { ...prepared, session }
}

/** Orders made from a cart (the `order_cart` link). */
export async function ordersOfCart(container: MedusaContainer, cartId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_cart",
    fields: ["order_id"],
    filters: { cart_id: cartId },
  })
  return data
}
