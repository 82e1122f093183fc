import type { Http } from "./http"

// A merchant's first steps in an empty store, over the Admin API only: what
// every scenario needs before its plugin's flow (a region, a sales channel
// with a publishable key, a product to sell).

export type Storefront = {
  regionId: string
  salesChannelId: string
  publishableKey: string
  /** Headers a storefront sends to the Store API. */
  headers: Record<string, string>
}

/**
 * A region in `currency` for `countries`, with `paymentProviders` enabled,
 * and a sales channel with its publishable key. Names carry `tag` so several
 * scenarios can share one store (the all-plugins run); a country belongs to
 * one region only, so only one scenario may name it.
 */
export async function createStorefront(
  admin: Http,
  o: {
    tag: string
    currency: string
    countries?: string[]
    paymentProviders?: string[]
  }
): Promise<Storefront> {
  const { region } = await admin.ok("POST", "/admin/regions", {
    body: {
      name: `${o.tag} region`,
      currency_code: o.currency,
      countries: o.countries ?? [],
      payment_providers: o.paymentProviders ?? [],
    },
  })
  const { sales_channel } = await admin.ok("POST", "/admin/sales-channels", {
    body: { name: `${o.tag} web` },
  })
  const { api_key } = await admin.ok("POST", "/admin/api-keys", {
    body: { title: `${o.tag} storefront`, type: "publishable" },
  })
  await admin.ok("POST", `/admin/api-keys/${api_key.id}/sales-channels`, {
    body: { add: [sales_channel.id] },
  })
  return {
    regionId: region.id,
    salesChannelId: sales_channel.id,
    publishableKey: api_key.token,
    headers: { "x-publishable-api-key": api_key.token },
  }
}

/**
 * A published product with one variant at `amount` (major units) in
 * `currency`. No inventory and no shipping profile: a cart of it needs no
 * shipping method, which keeps the flows about the plugin.
 */
export async function createProduct(
  admin: Http,
  o: {
    title: string
    currency: string
    amount: number
    salesChannelId: string
    metadata?: Record<string, unknown>
  }
) {
  const { product } = await admin.ok("POST", "/admin/products", {
    body: {
      title: o.title,
      status: "published",
      metadata: o.metadata,
      options: [{ title: "Size", values: ["One size"] }],
      variants: [
        {
          title: "One size",
          sku: `${o.title.replace(/\W+/g, "-").toUpperCase()}-${Date.now()}`,
          manage_inventory: false,
          options: { Size: "One size" },
          prices: [{ currency_code: o.currency, amount: o.amount }],
        },
      ],
      sales_channels: [{ id: o.salesChannelId }],
    },
  })
  return {
    productId: product.id as string,
    variantId: product.variants[0].id as string,
  }
}

/** A guest cart with one item and a payment session of `providerId`. */
export async function cartWithPaymentSession(
  store: Http,
  front: Storefront,
  o: { variantId: string; quantity?: number; providerId: string }
) {
  const { cart } = await store.ok("POST", "/store/carts", {
    headers: front.headers,
    body: {
      region_id: front.regionId,
      email: "buyer@install-test.example",
      items: [{ variant_id: o.variantId, quantity: o.quantity ?? 1 }],
    },
  })
  const { payment_collection } = await store.ok(
    "POST",
    "/store/payment-collections",
    { headers: front.headers, body: { cart_id: cart.id } }
  )
  const { payment_collection: withSession } = await store.ok(
    "POST",
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { headers: front.headers, body: { provider_id: o.providerId } }
  )
  return {
    cartId: cart.id as string,
    total: cart.total as number,
    session: withSession.payment_sessions[0] as {
      id: string
      amount: number
      status: string
      data: Record<string, any>
    },
  }
}
