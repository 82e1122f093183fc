import type { AxiosInstance } from "axios"

export type CheckoutOptions = {
  publishableKey: string
  regionId: string
  variantId: string
  quantity?: number
  email?: string
  /** Defaults to a Tashkent address (province uz-tk). */
  address?: Record<string, string>
  /** Shipping option name; the first one offered when absent. */
  shippingOption?: string
  providerId?: string
}

export const TASHKENT_ADDRESS = {
  first_name: "Aziz",
  last_name: "Rahimov",
  address_1: "Navoiy ko'chasi, 10",
  city: "Toshkent",
  province: "uz-tk",
  country_code: "uz",
  postal_code: "100011",
  phone: "+998901112233",
}

/**
 * Drives a cart through the Store API up to (not including) completion:
 * cart, line item, address, shipping method, payment session. Returns the
 * cart id and the payment collection id.
 */
export async function prepareCart(api: AxiosInstance, o: CheckoutOptions) {
  const headers = { "x-publishable-api-key": o.publishableKey }
  const address = o.address ?? TASHKENT_ADDRESS

  const {
    data: { cart },
  } = await api.post(
    "/store/carts",
    {
      region_id: o.regionId,
      email: o.email ?? "guest@example.uz",
      items: [{ variant_id: o.variantId, quantity: o.quantity ?? 1 }],
    },
    { headers }
  )
  await api.post(
    `/store/carts/${cart.id}`,
    { shipping_address: address, billing_address: address },
    { headers }
  )
  const {
    data: { shipping_options },
  } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, { headers })
  const option = o.shippingOption
    ? shipping_options.find(
        (s: { name: string }) => s.name === o.shippingOption
      )
    : shipping_options[0]
  if (!option) {
    throw new Error(
      `No shipping option ${o.shippingOption ?? ""} for cart ${cart.id}`
    )
  }
  await api.post(
    `/store/carts/${cart.id}/shipping-methods`,
    { option_id: option.id },
    { headers }
  )
  const {
    data: { payment_collection },
  } = await api.post(
    "/store/payment-collections",
    { cart_id: cart.id },
    { headers }
  )
  const { data: session } = await api.post(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: o.providerId ?? "pp_system_default" },
    { headers }
  )
  return {
    cartId: cart.id as string,
    paymentCollectionId: payment_collection.id as string,
    paymentCollection: session.payment_collection,
    shippingOptions: shipping_options as {
      id: string
      name: string
      amount: number
    }[],
    headers,
  }
}
