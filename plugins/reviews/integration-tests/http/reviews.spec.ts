import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SeedResult } from "../../../../src/scripts/seed/seed-demo-store"
import { ReviewEvents } from "@bozor/medusa-reviews/types"
import { type Customer, useReviewsSuite } from "../helpers/reviews-suite"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"

jest.setTimeout(240 * 1000)

// A small limit so the rate-limit test needs few products; read by
// medusa-config.ts when the test runner boots the app.
process.env.REVIEWS_RATE_LIMIT_MAX = "3"
process.env.REVIEWS_RATE_LIMIT_WINDOW_SECONDS = "3600"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const suite = useReviewsSuite(api, getContainer)
    const {
      pk,
      as,
      call,
      pg,
      reviewRows,
      snapshot,
      writeReview,
      moderate,
      listStore,
      approvedReview,
      eventsNamed,
    } = suite
    const emitted = suite.state.emitted
    let seed: SeedResult
    let adminHeaders: Record<string, string>
    let products: { id: string; handle: string }[]
    let productId: string
    let mijoz: Customer
    let alice: Customer
    let bobur: Customer

    beforeAll(() => {
      ;({ seed, adminHeaders, products, productId, mijoz, alice, bobur } =
        suite.state)
    })

    describe("POST /store/products/:id/reviews", () => {
      it("stores a pending review that the storefront does not show yet", async () => {
        const res = await writeReview(alice, {
          rating: 4,
          title: "Yaxshi qozon",
          content: "Tez yetkazib berishdi. 3 < 5 is fine in plain text.",
        })
        expect(res.status).toBe(201)
        expect(res.data.review).toEqual(
          expect.objectContaining({
            product_id: productId,
            rating: 4,
            title: "Yaxshi qozon",
            status: "pending",
            verified_purchase: false,
            author_name: "Alisa K.",
            helpful_count: 0,
          })
        )
        expect(res.data.review.customer_id).toBeUndefined()

        const rows = await reviewRows()
        expect(rows).toHaveLength(1)
        expect(rows[0]).toEqual(
          expect.objectContaining({
            customer_id: alice.id,
            status: "pending",
            content: "Tez yetkazib berishdi. 3 < 5 is fine in plain text.",
          })
        )

        const list = await listStore()
        expect(list.status).toBe(200)
        expect(list.data.reviews).toEqual([])
        expect(list.data.stats).toEqual({
          average: 0,
          count: 0,
          distribution: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 },
        })

        const created = await eventsNamed(ReviewEvents.CREATED, 1)
        expect(created.map((e) => e.data)).toEqual([
          { id: rows[0].id, product_id: productId, customer_id: alice.id },
        ])
        expect(emitted.some((e) => e.name === ReviewEvents.APPROVED)).toBe(
          false
        )
      })

      it("edits the customer's existing review on a second POST and sends it back to pending", async () => {
        const id = await approvedReview(alice, 5)
        expect((await listStore()).data.stats.count).toBe(1)

        const again = await writeReview(alice, {
          rating: 2,
          content: "Ikki haftadan keyin buzildi.",
        })
        expect(again.status).toBe(200)
        expect(again.data.review).toEqual(
          expect.objectContaining({ id, rating: 2, status: "pending" })
        )
        const rows = await reviewRows({ customer_id: alice.id })
        expect(rows).toHaveLength(1)
        expect(rows[0].content).toBe("Ikki haftadan keyin buzildi.")
        // The edited review left the storefront, and the stats with it.
        const list = await listStore()
        expect(list.data.reviews).toEqual([])
        expect(list.data.stats.count).toBe(0)
        expect(
          (await eventsNamed(ReviewEvents.UPDATED, 1)).map((e) => e.data.id)
        ).toEqual([id])
      })

      it("creates one review from two identical parallel requests", async () => {
        const body = { rating: 5, content: "Ajoyib!" }
        const results = await Promise.all([
          writeReview(bobur, body),
          writeReview(bobur, body),
        ])
        expect(results.map((r) => r.status).sort()).toEqual([200, 201])
        expect(await reviewRows({ customer_id: bobur.id })).toHaveLength(1)
      })

      it("marks a review as a verified purchase when the customer ordered the product", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [variant],
        } = await query.graph({
          entity: "product_variant",
          fields: ["id", "product_id"],
          filters: { sku: "QOZON-STANDART" },
        })
        const { cartId } = await prepareCart(api, {
          publishableKey: seed.publishableKey,
          regionId: seed.regionUzId,
          variantId: variant.id,
          shippingOption: "Toshkent bo'ylab kuryer",
        })
        // The guest cart becomes the logged-in customer's.
        await api.post(
          `/store/carts/${cartId}/customer`,
          {},
          { headers: as(mijoz) }
        )
        const order = await api.post(
          `/store/carts/${cartId}/complete`,
          {},
          { headers: as(mijoz) }
        )
        expect(order.data.type).toBe("order")
        const {
          data: [stored],
        } = await query.graph({
          entity: "order",
          fields: ["customer_id"],
          filters: { id: order.data.order.id },
        })
        expect(stored.customer_id).toBe(mijoz.id)

        const buyer = await writeReview(
          mijoz,
          { rating: 5, content: "Sotib oldim, zo'r." },
          variant.product_id!
        )
        expect(buyer.status).toBe(201)
        expect(buyer.data.review.verified_purchase).toBe(true)

        const other = await writeReview(
          alice,
          { rating: 3, content: "Do'konda ko'rdim." },
          variant.product_id!
        )
        expect(other.data.review.verified_purchase).toBe(false)

        const rows = await reviewRows({ product_id: variant.product_id })
        expect(
          rows.map((r: any) => [r.customer_id, r.verified_purchase])
        ).toEqual([
          [mijoz.id, true],
          [alice.id, false],
        ])
      })

      it("refuses bad input with 400 and changes nothing", async () => {
        await approvedReview(bobur, 4)
        const before = await snapshot()
        const cases: [string, Record<string, unknown>][] = [
          ["rating 0", { rating: 0, content: "x" }],
          ["rating 6", { rating: 6, content: "x" }],
          ["fractional rating", { rating: 3.5, content: "x" }],
          ["rating as text", { rating: "5", content: "x" }],
          ["missing content", { rating: 5 }],
          ["empty content", { rating: 5, content: "" }],
          ["blank content", { rating: 5, content: "   \n " }],
          ["oversize content", { rating: 5, content: "a".repeat(5001) }],
          [
            "oversize title",
            { rating: 5, title: "t".repeat(201), content: "x" },
          ],
          [
            "script in content",
            { rating: 5, content: "Zo'r <script>alert(1)</script>" },
          ],
          ["tag in title", { rating: 5, title: "<b>Zo'r</b>", content: "x" }],
          ["img tag", { rating: 5, content: '<img src=x onerror="alert(1)">' }],
          ["html entity", { rating: 5, content: "&lt;script&gt;" }],
          ["control character", { rating: 5, content: "a\u0000b" }],
          [
            "javascript media",
            { rating: 5, content: "x", media: ["javascript:alert(1)"] },
          ],
          [
            "too many media",
            { rating: 5, content: "x", media: Array(11).fill("file_1") },
          ],
          ["unknown field", { rating: 5, content: "x", status: "approved" }],
        ]
        for (const [name, body] of cases) {
          const res = await writeReview(alice, body)
          expect([name, res.status]).toEqual([name, 400])
        }
        const unknown = await writeReview(
          alice,
          { rating: 5, content: "x" },
          "prod_does_not_exist"
        )
        expect(unknown.status).toBe(404)
        expect(await snapshot()).toEqual(before)
      })

      it("needs a logged-in customer", async () => {
        const res = await call(
          api.post(
            `/store/products/${productId}/reviews`,
            { rating: 5, content: "x" },
            { headers: pk() }
          )
        )
        expect(res.status).toBe(401)
        expect(await reviewRows()).toHaveLength(0)
      })

      it("rate-limits new reviews per customer from the DB (edits are not limited)", async () => {
        for (const product of products.slice(0, 3)) {
          const res = await writeReview(
            alice,
            { rating: 4, content: `About ${product.handle}` },
            product.id
          )
          expect(res.status).toBe(201)
        }
        const before = await snapshot()
        const fourth = await writeReview(
          alice,
          { rating: 4, content: "One too many" },
          products[3].id
        )
        expect(fourth.status).toBe(400)
        expect(fourth.data.message).toMatch(
          /3 reviews in the last 3600 seconds; the limit is 3/
        )
        expect(await snapshot()).toEqual(before)

        const edit = await writeReview(
          alice,
          { rating: 1, content: "Changed my mind" },
          products[0].id
        )
        expect(edit.status).toBe(200)
        expect(await reviewRows({ customer_id: alice.id })).toHaveLength(3)
      })
    })

    describe("GET /store/products/:id/reviews", () => {
      it("lists approved reviews with stats, pagination, sorting and rating filter", async () => {
        const a = await approvedReview(alice, 5)
        const b = await approvedReview(bobur, 2)
        const m = await approvedReview(mijoz, 4)
        await api.post(
          `/store/reviews/${b}/votes`,
          { helpful: true },
          { headers: as(alice) }
        )

        const all = await listStore()
        expect(all.status).toBe(200)
        expect(all.data.count).toBe(3)
        expect(all.data.reviews.map((r: any) => r.id)).toEqual([m, b, a])
        expect(all.data.stats).toEqual({
          average: 3.67,
          count: 3,
          distribution: { "1": 0, "2": 1, "3": 0, "4": 1, "5": 1 },
        })
        expect(all.data.reviews[0].customer_id).toBeUndefined()
        expect(all.data.reviews[0].status).toBeUndefined()

        const page = await listStore("?limit=2&offset=2")
        expect(page.data).toEqual(
          expect.objectContaining({ count: 3, offset: 2, limit: 2 })
        )
        expect(page.data.reviews.map((r: any) => r.id)).toEqual([a])

        const byRating = await listStore("?order=-rating")
        expect(byRating.data.reviews.map((r: any) => r.rating)).toEqual([
          5, 4, 2,
        ])
        const helpful = await listStore("?order=-helpful_count")
        expect(helpful.data.reviews[0].id).toBe(b)

        const fives = await listStore("?rating=5")
        expect(fives.data.reviews.map((r: any) => r.id)).toEqual([a])
        const high = await listStore("?rating=4,5")
        expect(high.data.count).toBe(2)

        expect((await listStore("?order=customer_id")).status).toBe(400)
        expect((await listStore("?rating=6")).status).toBe(400)
        // Fields outside the storefront set are dropped, never served.
        const sneaky = await listStore("?fields=id,customer_id,status")
        expect(sneaky.data.reviews[0].id).toBeTruthy()
        expect(sneaky.data.reviews[0].customer_id).toBeUndefined()
        expect(sneaky.data.reviews[0].status).toBeUndefined()
      })

      it("answers 404 for an unknown product and needs a publishable key", async () => {
        expect((await listStore("", "prod_missing")).status).toBe(404)
        const noKey = await call(
          api.get(`/store/products/${productId}/reviews`)
        )
        expect(noKey.status).toBe(400)
      })
    })

    describe("dashboard reads", () => {
      it("answers a product's rating stats to the admin, 400 without a product and 404 for an unknown one", async () => {
        await approvedReview(alice, 5)
        await approvedReview(bobur, 4)
        await writeReview(mijoz, { rating: 1, content: "Pending, not counted" })
        const stats = (id: string) =>
          call(
            api.get(`/admin/reviews/stats?product_id=${id}`, {
              headers: adminHeaders,
            })
          )

        const res = await stats(productId)
        expect(res.status).toBe(200)
        expect(res.data.stats).toEqual({
          product_id: productId,
          average: 4.5,
          count: 2,
          distribution: { "1": 0, "2": 0, "3": 0, "4": 1, "5": 1 },
        })
        expect((await stats(products[1].id)).data.stats).toEqual({
          product_id: products[1].id,
          average: 0,
          count: 0,
          distribution: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 },
        })
        expect((await stats("prod_unknown")).status).toBe(404)
        const missing = await call(
          api.get("/admin/reviews/stats", { headers: adminHeaders })
        )
        expect(missing.status).toBe(400)
        const extra = await call(
          api.get(`/admin/reviews/stats?product_id=${productId}&x=1`, {
            headers: adminHeaders,
          })
        )
        expect(extra.status).toBe(400)
        const anonymous = await call(
          api.get(`/admin/reviews/stats?product_id=${productId}`)
        )
        expect(anonymous.status).toBe(401)
      })

      it("lists reviews with their product title and customer name for the queue", async () => {
        const id = (
          await writeReview(alice, {
            rating: 3,
            title: "O'rtacha",
            content: "c",
          })
        ).data.review.id
        const res = await api.get(
          "/admin/reviews?status=pending&fields=id,rating,product.title,customer.first_name,customer.email",
          { headers: adminHeaders }
        )
        expect(res.data.count).toBe(1)
        expect(res.data.reviews[0]).toEqual(
          expect.objectContaining({
            id,
            rating: 3,
            product: expect.objectContaining({
              title: expect.any(String),
            }),
            customer: expect.objectContaining({
              first_name: "Alisa",
              email: alice.email,
            }),
          })
        )
      })
    })

    describe("access", () => {
      it("refuses admin routes to customers and to anonymous callers", async () => {
        const id = (await writeReview(alice, { rating: 5, content: "a" })).data
          .review.id
        const before = await snapshot()
        const asCustomer = { authorization: `Bearer ${alice.token}` }
        expect(
          (await call(api.get("/admin/reviews", { headers: asCustomer })))
            .status
        ).toBe(401)
        expect(
          (
            await call(
              api.post(
                `/admin/reviews/${id}`,
                { status: "approved" },
                { headers: asCustomer }
              )
            )
          ).status
        ).toBe(401)
        expect(
          (
            await call(
              api.post(
                "/admin/reviews/batch",
                { ids: [id], status: "approved" },
                { headers: asCustomer }
              )
            )
          ).status
        ).toBe(401)
        expect(
          (
            await call(
              api.delete(`/admin/reviews/${id}`, { headers: asCustomer })
            )
          ).status
        ).toBe(401)
        expect((await call(api.get("/admin/reviews"))).status).toBe(401)
        expect(await snapshot()).toEqual(before)
      })

      it("lets only the author edit a review", async () => {
        const id = (await writeReview(alice, { rating: 5, content: "Mine" }))
          .data.review.id
        const before = await snapshot()
        const res = await call(
          api.post(
            `/store/reviews/${id}`,
            { rating: 1, content: "Hijacked" },
            { headers: as(bobur) }
          )
        )
        expect(res.status).toBe(403)
        expect(await snapshot()).toEqual(before)

        const own = await api.post(
          `/store/reviews/${id}`,
          { rating: 3, content: "Edited" },
          { headers: as(alice) }
        )
        expect(own.data.review).toEqual(
          expect.objectContaining({ id, rating: 3, content: "Edited" })
        )
      })
    })
  },
})
