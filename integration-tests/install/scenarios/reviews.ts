import { registerCustomer } from "../lib/customer"
import type { Scenario } from "../lib/scenario"
import { createProduct, createStorefront } from "../lib/store-setup"

// Reviews installed alone: a customer posts a review, it waits for
// moderation, the merchant approves it and the storefront shows it.

export const reviews: Scenario = {
  name: "reviews",
  packages: ["@bozor/medusa-reviews"],
  screen: async () => ({
    path: "/reviews?status=approved",
    ready: '[data-testid="review-row"]',
  }),
  config: () => ({
    plugins: [
      {
        resolve: "@bozor/medusa-reviews",
        options: {
          autoApprove: false,
          rateLimitMax: 5,
          rateLimitWindowSeconds: 3600,
        },
      },
    ],
    modules: [],
  }),
  async flow({ http, admin, log }) {
    const front = await createStorefront(admin, {
      tag: "Reviews",
      currency: "uzs",
    })
    const { productId } = await createProduct(admin, {
      title: "Atlas ro'mol",
      currency: "uzs",
      amount: 120000,
      salesChannelId: front.salesChannelId,
    })
    const customer = await registerCustomer(http, front, "reviews")

    const posted = await http.request(
      "POST",
      `/store/products/${productId}/reviews`,
      {
        headers: customer.headers,
        body: {
          rating: 5,
          title: "Zo'r",
          content: "Rangi chiroyli, sifati yaxshi.",
        },
      }
    )
    expect(posted.status).toBe(201)
    expect(posted.data.review).toMatchObject({ status: "pending", rating: 5 })
    const reviewId = posted.data.review.id

    const before = await http.ok(
      "GET",
      `/store/products/${productId}/reviews`,
      {
        headers: front.headers,
      }
    )
    expect(before.reviews).toEqual([])

    const { review } = await admin.ok("POST", `/admin/reviews/${reviewId}`, {
      body: { status: "approved" },
    })
    expect(review.status).toBe("approved")

    const after = await http.ok("GET", `/store/products/${productId}/reviews`, {
      headers: front.headers,
    })
    expect(after.reviews).toEqual([
      expect.objectContaining({ id: reviewId, rating: 5 }),
    ])
    log(`review ${reviewId} approved and listed`)
  },
}
