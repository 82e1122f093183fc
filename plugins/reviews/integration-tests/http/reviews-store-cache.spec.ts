import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { type Customer, useReviewsSuite } from "../helpers/reviews-suite"
import { createReviewWorkflow } from "@bozor/medusa-reviews/workflows"

jest.setTimeout(240 * 1000)

// The storefront's review pages are served from Medusa's caching module
// (issue #17): every change a shopper or the merchant makes shows on the
// next read.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const suite = useReviewsSuite(api, getContainer)
    const { as, call, pg, writeReview, moderate, listStore, approvedReview } =
      suite
    let adminHeaders: Record<string, string>
    let productId: string
    let mijoz: Customer
    let alice: Customer
    let bobur: Customer

    beforeAll(() => {
      ;({ adminHeaders, productId, mijoz, alice, bobur } = suite.state)
    })

    const ids = (res: any) => res.data.reviews.map((r: any) => r.id)

    it("serves a repeated read from the cache (a row written behind the workflows' back stays unseen)", async () => {
      expect(getContainer().hasRegistration(Modules.CACHING)).toBe(true)
      const id = await approvedReview(alice, 5)
      const first = await listStore()
      expect(ids(first)).toEqual([id])
      // Not through a workflow: nothing tells the cache.
      await pg()("review").where({ id }).update({ title: "Behind the back" })
      const second = await listStore()
      expect(second.data).toEqual(first.data)
    })

    it("shows a review on the next read once the merchant approves it, with fresh stats", async () => {
      const a = await approvedReview(alice, 5)
      const before = await listStore()
      expect(ids(before)).toEqual([a])
      expect(before.data.stats).toEqual(
        expect.objectContaining({ count: 1, average: 5 })
      )

      const written = await writeReview(bobur, { rating: 1, content: "Yomon" })
      expect(written.status).toBe(201)
      const pending = await listStore()
      expect(ids(pending)).toEqual([a])

      expect(
        (await moderate(written.data.review.id, { status: "approved" })).status
      ).toBe(200)
      const after = await listStore()
      expect(ids(after)).toEqual([written.data.review.id, a])
      expect(after.data.count).toBe(2)
      expect(after.data.stats).toEqual(
        expect.objectContaining({ count: 2, average: 3 })
      )
      // Another cached query of the same product is fresh too.
      expect(ids(await listStore("?rating=1"))).toEqual([
        written.data.review.id,
      ])
    })

    it("hides a review on the next read when it is rejected, edited back to pending or deleted", async () => {
      const a = await approvedReview(alice, 5)
      const b = await approvedReview(bobur, 4)
      const c = await approvedReview(mijoz, 3)
      expect(ids(await listStore())).toEqual([c, b, a])

      await moderate(c, { status: "rejected", rejection_reason: "Spam" })
      expect(ids(await listStore())).toEqual([b, a])

      // The author's edit goes back to moderation.
      const edited = await writeReview(bobur, { rating: 2, content: "Edited" })
      expect(edited.status).toBe(200)
      const page = await listStore()
      expect(ids(page)).toEqual([a])
      expect(page.data.stats).toEqual(
        expect.objectContaining({ count: 1, average: 5 })
      )

      const del = await api.delete(`/admin/reviews/${a}`, {
        headers: adminHeaders,
      })
      expect(del.status).toBe(200)
      const empty = await listStore()
      expect(empty.data).toEqual(
        expect.objectContaining({ reviews: [], count: 0 })
      )
      expect(empty.data.stats.count).toBe(0)
    })

    it("shows votes and the merchant's reply on the next read, in the most-helpful order", async () => {
      const a = await approvedReview(alice, 5)
      const b = await approvedReview(bobur, 4)
      const helpful = "?order=-helpful_count"
      expect(ids(await listStore(helpful))).toEqual([b, a])

      const vote = await call(
        api.post(
          `/store/reviews/${a}/votes`,
          { helpful: true },
          { headers: as(mijoz) }
        )
      )
      expect(vote.status).toBe(200)
      const voted = await listStore(helpful)
      expect(ids(voted)).toEqual([a, b])
      expect(voted.data.reviews[0].helpful_count).toBe(1)

      await moderate(b, { reply: "Rahmat!" })
      const replied = (await listStore()).data.reviews.find(
        (r: any) => r.id === b
      )
      expect(replied.reply).toBe("Rahmat!")
    })

    it("answers 404 on the next read once the product is unpublished, and 200 again once republished", async () => {
      await approvedReview(alice, 5)
      expect((await listStore()).status).toBe(200)

      const setStatus = (status: string) =>
        api.post(
          `/admin/products/${productId}`,
          { status },
          { headers: adminHeaders }
        )
      await setStatus("draft")
      expect((await listStore()).status).toBe(404)
      await setStatus("published")
      const back = await listStore()
      expect(back.status).toBe(200)
      expect(back.data.count).toBe(1)
    })

    it("shows the page as it was when a failed workflow puts a review back", async () => {
      const a = await approvedReview(alice, 5)
      const before = await listStore()
      const workflow = createReviewWorkflow(getContainer())
      workflow.addAction(
        "throw",
        {
          invoke: async function failStep() {
            // A shopper reads the page while the edit is in: it caches
            // the review hidden (pending again).
            const during = await listStore()
            expect(ids(during)).toEqual([])
            throw new Error("Failed after the review was written")
          },
        },
        { noCompensation: true }
      )
      const { errors, transaction } = await workflow.run({
        input: {
          product_id: productId,
          customer_id: alice.id,
          rating: 1,
          content: "Changed my mind",
        },
        throwOnError: false,
      })
      expect(errors[0].error.message).toBe(
        "Failed after the review was written"
      )
      expect(transaction.getFlow().state).toBe("reverted")
      // The review is back as it was (its updated_at is the put-back's).
      const after = await listStore()
      expect(ids(after)).toEqual([a])
      const [row] = await pg()("review").where({ id: a }).select("updated_at")
      expect(after.data).toEqual({
        ...before.data,
        reviews: [
          {
            ...before.data.reviews[0],
            updated_at: new Date(row.updated_at).toISOString(),
          },
        ],
      })
    })
  },
})
