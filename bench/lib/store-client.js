// The Store API calls a storefront makes, for bench scenarios.
const TASHKENT = {
  first_name: "Bench",
  last_name: "Buyer",
  address_1: "Navoiy ko'chasi, 10",
  city: "Toshkent",
  province: "uz-tk",
  country_code: "uz",
  postal_code: "100011",
  phone: "+998901112233",
}

function storeClient(baseUrl, publishableKey) {
  const headers = {
    "content-type": "application/json",
    "x-publishable-api-key": publishableKey,
  }
  async function call(method, path, body) {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = await res.json().catch(() => ({}))
    if (!res.ok) {
      throw new Error(
        `${method} ${path} → ${res.status}: ${JSON.stringify(data)}`
      )
    }
    return data
  }

  /** Each checkout step, timed; returns the step times in ms and the order. */
  async function checkout({
    regionId,
    variantId,
    providerId = "pp_system_default",
    complete = true,
  }) {
    const steps = {}
    const timed = async (name, fn) => {
      const t = process.hrtime.bigint()
      const out = await fn()
      steps[name] = Number(process.hrtime.bigint() - t) / 1e6
      return out
    }
    const { cart } = await timed("create cart", () =>
      call("POST", "/store/carts", {
        region_id: regionId,
        email: "bench@example.uz",
      })
    )
    await timed("add line item", () =>
      call("POST", `/store/carts/${cart.id}/line-items`, {
        variant_id: variantId,
        quantity: 1,
      })
    )
    await timed("set address", () =>
      call("POST", `/store/carts/${cart.id}`, {
        shipping_address: TASHKENT,
        billing_address: TASHKENT,
      })
    )
    const { shipping_options } = await timed("list shipping options", () =>
      call("GET", `/store/shipping-options?cart_id=${cart.id}`)
    )
    await timed("add shipping method", () =>
      call("POST", `/store/carts/${cart.id}/shipping-methods`, {
        option_id: shipping_options[0].id,
      })
    )
    const { payment_collection } = await timed(
      "create payment collection",
      () => call("POST", "/store/payment-collections", { cart_id: cart.id })
    )
    const session = await timed("create payment session", () =>
      call(
        "POST",
        `/store/payment-collections/${payment_collection.id}/payment-sessions`,
        {
          provider_id: providerId,
        }
      )
    )
    let order = null
    if (complete) {
      const done = await timed("complete cart", () =>
        call("POST", `/store/carts/${cart.id}/complete`, {})
      )
      order = done.order
    }
    return {
      steps,
      cartId: cart.id,
      paymentCollectionId: payment_collection.id,
      paymentCollection: session.payment_collection,
      order,
    }
  }

  return { call, checkout }
}

module.exports = { storeClient }
