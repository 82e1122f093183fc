import crypto from "node:crypto"
import type { Http } from "./http"
import type { Storefront } from "./store-setup"

// A registered customer and their orders, over the Store and Admin APIs only.

export type Customer = {
  id: string
  email: string
  /** Store API headers: the publishable key and the customer's bearer token. */
  headers: Record<string, string>
}

/** Registers a customer with e-mail and password and logs them in. */
export async function registerCustomer(
  http: Http,
  front: Storefront,
  tag: string
): Promise<Customer> {
  const email = `${tag}-${crypto.randomBytes(4).toString("hex")}@install-test.example`
  const password = crypto.randomBytes(12).toString("hex")
  const { token: registration } = await http.ok(
    "POST",
    "/auth/customer/emailpass/register",
    { body: { email, password } }
  )
  const { customer } = await http.ok("POST", "/store/customers", {
    headers: { ...front.headers, authorization: `Bearer ${registration}` },
    body: { email, first_name: "Aziz", last_name: "Rahimov" },
  })
  const { token } = await http.ok("POST", "/auth/customer/emailpass", {
    body: { email, password },
  })
  return {
    id: customer.id,
    email,
    headers: { ...front.headers, authorization: `Bearer ${token}` },
  }
}

/** The customer's cart with one item; not completed. */
export async function customerCart(
  http: Http,
  front: Storefront,
  customer: Customer,
  variantId: string,
  quantity = 1
) {
  const { cart } = await http.ok("POST", "/store/carts", {
    headers: customer.headers,
    body: {
      region_id: front.regionId,
      items: [{ variant_id: variantId, quantity }],
    },
  })
  return cart as { id: string; total: number; customer_id: string }
}

/**
 * Pays the cart with Medusa's system provider (`pp_system_default`, enabled
 * for the region) and completes it; returns the order.
 */
export async function completeWithSystemPayment(
  http: Http,
  customer: Customer,
  cartId: string
) {
  const { payment_collection } = await http.ok(
    "POST",
    "/store/payment-collections",
    { headers: customer.headers, body: { cart_id: cartId } }
  )
  await http.ok(
    "POST",
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { headers: customer.headers, body: { provider_id: "pp_system_default" } }
  )
  const completed = await http.ok("POST", `/store/carts/${cartId}/complete`, {
    headers: customer.headers,
  })
  if (completed.type !== "order") {
    throw new Error(
      `cart ${cartId} did not complete: ${JSON.stringify(completed)}`
    )
  }
  return completed.order as { id: string; total: number; currency_code: string }
}

/** Captures the order's payment in the Admin API, as a merchant does on shipping. */
export async function captureOrderPayment(admin: Http, orderId: string) {
  const { order } = await admin.ok(
    "GET",
    `/admin/orders/${orderId}?fields=id,*payment_collections.payments`
  )
  const payment = order.payment_collections[0].payments[0]
  await admin.ok("POST", `/admin/payments/${payment.id}/capture`, { body: {} })
  return payment.id as string
}

/** Polls `read` every 100 ms until `done` holds (events are handled asynchronously). */
export async function waitFor<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 15_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: T = await read()
  while (!done(last)) {
    if (Date.now() > deadline) {
      throw new Error(
        `${what}: not reached in ${timeoutMs} ms (last: ${JSON.stringify(last)})`
      )
    }
    await new Promise((r) => setTimeout(r, 100))
    last = await read()
  }
  return last
}
