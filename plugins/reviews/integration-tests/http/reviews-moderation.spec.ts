import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../../src/scripts/seed/seed-demo-store"
import { ReviewEvents } from "@bozor/medusa-reviews/types"
import { type Customer, useReviewsSuite } from "../helpers/reviews-suite"
import { useSmtpSink } from "../../../../integration-tests/fakes/smtp"
import {
  createReviewWorkflow,
  createReviewWorkflowId,
  updateReviewsWorkflow,
  updateReviewsWorkflowId,
} from "@bozor/medusa-reviews/workflows"

jest.setTimeout(240 * 1000)

// A small limit so the rate-limit test needs few products; read by
// medusa-config.ts when the test runner boots the app.
process.env.REVIEWS_RATE_LIMIT_MAX = "3"
process.env.REVIEWS_RATE_LIMIT_WINDOW_SECONDS = "3600"

// Authors are told by e-mail, through a real SMTP server.
const smtp = useSmtpSink()

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

    describe("moderation", () => {
      it("approves, rejects with a reason and replies, with stats right after each transition", async () => {
        const a = await writeReview(alice, { rating: 5, content: "Zo'r" })
        const b = await writeReview(bobur, { rating: 2, content: "Yomon" })
        const stats = async () => (await listStore()).data.stats

        expect(await stats()).toEqual(expect.objectContaining({ count: 0 }))

        const approveA = await moderate(a.data.review.id, {
          status: "approved",
        })
        expect(approveA.data.review.status).toBe("approved")
        expect(approveA.data.review.moderated_at).toBeTruthy()
        expect(await stats()).toEqual({
          average: 5,
          count: 1,
          distribution: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 1 },
        })

        await moderate(b.data.review.id, { status: "approved" })
        expect(await stats()).toEqual(
          expect.objectContaining({ average: 3.5, count: 2 })
        )

        const noReason = await moderate(a.data.review.id, {
          status: "rejected",
        })
        expect(noReason.status).toBe(400)
        const reject = await moderate(a.data.review.id, {
          status: "rejected",
          rejection_reason: "Mahsulotga aloqasi yo'q",
        })
        expect(reject.status).toBe(200)
        expect(reject.data.review).toEqual(
          expect.objectContaining({
            status: "rejected",
            rejection_reason: "Mahsulotga aloqasi yo'q",
          })
        )
        expect(await stats()).toEqual({
          average: 2,
          count: 1,
          distribution: { "1": 0, "2": 1, "3": 0, "4": 0, "5": 0 },
        })

        const reply = await moderate(b.data.review.id, {
          reply: "Uzr so'raymiz, almashtirib beramiz.",
        })
        expect(reply.data.review.reply).toBe(
          "Uzr so'raymiz, almashtirib beramiz."
        )
        const shown = (await listStore()).data.reviews
        expect(shown).toHaveLength(1)
        expect(shown[0].reply).toBe("Uzr so'raymiz, almashtirib beramiz.")
        expect(shown[0].replied_at).toBeTruthy()

        // A second reply replaces the first: one public reply.
        await moderate(b.data.review.id, { reply: "Yangilangan javob." })
        const [row] = await reviewRows({ id: b.data.review.id })
        expect(row.reply).toBe("Yangilangan javob.")

        const htmlReply = await moderate(b.data.review.id, {
          reply: "<a href=x>link</a>",
        })
        expect(htmlReply.status).toBe(400)

        const approved = await eventsNamed(ReviewEvents.APPROVED, 2)
        expect(approved.map((e) => e.data)).toEqual([
          {
            id: a.data.review.id,
            product_id: productId,
            customer_id: alice.id,
          },
          {
            id: b.data.review.id,
            product_id: productId,
            customer_id: bobur.id,
          },
        ])
        const rejected = await eventsNamed(ReviewEvents.REJECTED, 1)
        expect(rejected.map((e) => e.data)).toEqual([
          {
            id: a.data.review.id,
            product_id: productId,
            customer_id: alice.id,
            rejection_reason: "Mahsulotga aloqasi yo'q",
          },
        ])
        const replied = await eventsNamed(ReviewEvents.REPLIED, 2)
        expect(replied.map((e) => e.data.id)).toEqual([
          b.data.review.id,
          b.data.review.id,
        ])
      })

      it("e-mails the author once on approval and once on the store's answer", async () => {
        smtp.reset()
        const a = await writeReview(alice, {
          rating: 4,
          content: "Yaxshi mahsulot",
        })
        await moderate(a.data.review.id, { status: "approved" })
        await moderate(a.data.review.id, { reply: "Rahmat!" })
        await moderate(a.data.review.id, { reply: "Rahmat! Yana keling." })
        const [product] = await pg()("product")
          .where({ id: productId })
          .select("title")

        let sent: any[] = []
        for (let i = 0; i < 100 && sent.length < 2; i++) {
          sent = await pg()("notification")
            .whereIn("template", ["review_approved", "review_replied"])
            .where({ status: "success" })
            .orderBy("created_at")
            .select("*")
          await new Promise((r) => setTimeout(r, 100))
        }
        await new Promise((r) => setTimeout(r, 500))
        const all = await pg()("notification")
          .whereIn("template", ["review_approved", "review_replied"])
          .select("*")
        expect(all).toHaveLength(2)
        expect(sent.map((n) => [n.template, n.to, n.channel])).toEqual([
          ["review_approved", alice.email, "email"],
          ["review_replied", alice.email, "email"],
        ])
        expect(sent[0].data.text).toContain(
          `${product.title} haqidagi sharhingiz e'lon qilindi`
        )
        expect(
          smtp.mails.filter((m) => m.to.includes(alice.email))
        ).toHaveLength(2)
      })

      it("approves and rejects many reviews at once, all or nothing", async () => {
        const ids = [
          (await writeReview(alice, { rating: 5, content: "a" })).data.review
            .id,
          (await writeReview(bobur, { rating: 3, content: "b" })).data.review
            .id,
        ]
        const before = await snapshot()
        const unknown = await call(
          api.post(
            "/admin/reviews/batch",
            { ids: [...ids, "rev_missing"], status: "approved" },
            { headers: adminHeaders }
          )
        )
        expect(unknown.status).toBe(404)
        expect(await snapshot()).toEqual(before)

        const res = await api.post(
          "/admin/reviews/batch",
          { ids, status: "approved" },
          { headers: adminHeaders }
        )
        expect(res.status).toBe(200)
        expect(res.data.reviews.map((r: any) => r.status)).toEqual([
          "approved",
          "approved",
        ])
        expect((await listStore()).data.stats).toEqual(
          expect.objectContaining({ average: 4, count: 2 })
        )

        const rejectAll = await api.post(
          "/admin/reviews/batch",
          { ids, status: "rejected", rejection_reason: "Spam" },
          { headers: adminHeaders }
        )
        expect(rejectAll.data.reviews.map((r: any) => r.status)).toEqual([
          "rejected",
          "rejected",
        ])
        expect((await listStore()).data.stats.count).toBe(0)
      })

      it("lists reviews for the merchant by status, product, rating and reported", async () => {
        const a = await approvedReview(alice, 5)
        const b = (await writeReview(bobur, { rating: 1, content: "b" })).data
          .review.id
        const other = (
          await writeReview(alice, { rating: 1, content: "c" }, products[1].id)
        ).data.review.id
        await api.post(
          `/store/reviews/${a}/reports`,
          { reason: "Spam" },
          { headers: as(bobur) }
        )
        const ids = async (q: string) =>
          (
            await api.get(`/admin/reviews${q}`, { headers: adminHeaders })
          ).data.reviews
            .map((r: any) => r.id)
            .sort()

        expect(await ids("")).toEqual([a, b, other].sort())
        expect(await ids("?status=pending")).toEqual([b, other].sort())
        expect(await ids(`?product_id=${productId}`)).toEqual([a, b].sort())
        expect(await ids(`?product_id=${productId}&rating=1`)).toEqual([b])
        expect(await ids("?reported=true")).toEqual([a])
        expect(await ids("?reported=false")).toEqual([b, other].sort())
        const one = await api.get(`/admin/reviews/${a}`, {
          headers: adminHeaders,
        })
        expect(one.data.review).toEqual(
          expect.objectContaining({
            id: a,
            customer_id: alice.id,
            report_count: 1,
          })
        )
      })

      it("deletes a review and updates the stats", async () => {
        const a = await approvedReview(alice, 5)
        await approvedReview(bobur, 1)
        const del = await api.delete(`/admin/reviews/${a}`, {
          headers: adminHeaders,
        })
        expect(del.data).toEqual({ id: a, object: "review", deleted: true })
        expect(await reviewRows({ id: a })).toHaveLength(0)
        expect((await listStore()).data.stats).toEqual(
          expect.objectContaining({ average: 1, count: 1 })
        )
      })

      it("puts reviews and stats back when a moderation workflow fails", async () => {
        const a = (await writeReview(alice, { rating: 5, content: "a" })).data
          .review.id
        const before = await snapshot()
        const workflow = updateReviewsWorkflow(getContainer())
        // Fails after every step, so each one is compensated.
        workflow.addAction(
          "throw",
          {
            invoke: async function failStep() {
              throw new Error("Failed after the stats")
            },
          },
          { noCompensation: true }
        )
        const { errors, transaction } = await workflow.run({
          input: { ids: [a], status: "approved" },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe("Failed after the stats")
        expect(transaction.getFlow().state).toBe("reverted")
        expect(updateReviewsWorkflowId).toBe("reviews-update-reviews")
        const after = await snapshot()
        expect(after.review_stats).toEqual(before.review_stats)
        expect(
          after.review.map((r: any) => [r.id, r.status, r.moderated_at])
        ).toEqual(
          before.review.map((r: any) => [r.id, r.status, r.moderated_at])
        )
      })

      it("removes a created review when the create workflow fails", async () => {
        const before = await snapshot()
        const workflow = createReviewWorkflow(getContainer())
        workflow.addAction(
          "throw",
          {
            invoke: async function failStep() {
              throw new Error("Failed after the insert")
            },
          },
          { noCompensation: true }
        )
        const { errors, transaction } = await workflow.run({
          input: {
            product_id: productId,
            customer_id: alice.id,
            rating: 5,
            content: "x",
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe("Failed after the insert")
        expect(transaction.getFlow().state).toBe("reverted")
        expect(createReviewWorkflowId).toBe("reviews-create-review")
        expect(await snapshot()).toEqual(before)
      })
    })

    describe("votes and reports", () => {
      it("keeps one vote per customer, changeable, with exact counts", async () => {
        const id = await approvedReview(alice, 5)
        const vote = (c: Customer, helpful: boolean) =>
          call(
            api.post(
              `/store/reviews/${id}/votes`,
              { helpful },
              { headers: as(c) }
            )
          )

        const first = await vote(bobur, true)
        expect(first.status).toBe(200)
        expect(first.data.review).toEqual({
          id,
          helpful_count: 1,
          unhelpful_count: 0,
        })
        const again = await vote(bobur, true)
        expect(again.data.review.helpful_count).toBe(1)
        const changed = await vote(bobur, false)
        expect(changed.data.review).toEqual({
          id,
          helpful_count: 0,
          unhelpful_count: 1,
        })
        await vote(mijoz, true)
        const [row] = await reviewRows({ id })
        expect([row.helpful_count, row.unhelpful_count]).toEqual([1, 1])
        const votes = await pg()("review_vote")
          .where({ review_id: id })
          .orderBy("customer_id")
          .select("customer_id", "helpful")
        expect(votes).toEqual(
          [
            { customer_id: bobur.id, helpful: false },
            { customer_id: mijoz.id, helpful: true },
          ].sort((a, b) => a.customer_id.localeCompare(b.customer_id))
        )
        const shown = (await listStore()).data.reviews[0]
        expect([shown.helpful_count, shown.unhelpful_count]).toEqual([1, 1])

        const own = await vote(alice, true)
        expect(own.status).toBe(400)
        const bad = await call(
          api.post(
            `/store/reviews/${id}/votes`,
            { helpful: "yes" },
            { headers: as(bobur) }
          )
        )
        expect(bad.status).toBe(400)
        const anonymous = await call(
          api.post(
            `/store/reviews/${id}/votes`,
            { helpful: true },
            { headers: pk() }
          )
        )
        expect(anonymous.status).toBe(401)
        expect(
          await pg()("review_vote").where({ review_id: id }).count("* as n")
        ).toEqual([{ n: "2" }])
      })

      it("refuses votes and reports on reviews the storefront does not show", async () => {
        const pending = (await writeReview(alice, { rating: 5, content: "p" }))
          .data.review.id
        const vote = await call(
          api.post(
            `/store/reviews/${pending}/votes`,
            { helpful: true },
            { headers: as(bobur) }
          )
        )
        expect(vote.status).toBe(404)
        const report = await call(
          api.post(
            `/store/reviews/${pending}/reports`,
            {},
            { headers: as(bobur) }
          )
        )
        expect(report.status).toBe(404)
        const missing = await call(
          api.post(
            "/store/reviews/rev_missing/votes",
            { helpful: true },
            { headers: as(bobur) }
          )
        )
        expect(missing.status).toBe(404)
        expect(await pg()("review_vote").count("* as n")).toEqual([{ n: "0" }])
      })

      it("records one report per customer and flags the review for the merchant", async () => {
        const id = await approvedReview(alice, 1)
        const report = (c: Customer, reason?: string) =>
          call(
            api.post(`/store/reviews/${id}/reports`, reason ? { reason } : {}, {
              headers: as(c),
            })
          )
        const first = await report(bobur, "Haqoratli so'zlar")
        expect(first.status).toBe(200)
        expect(first.data.report).toEqual({ review_id: id, reported: true })
        await report(bobur, "Yana")
        await report(mijoz)
        const rows = await pg()("review_report")
          .where({ review_id: id })
          .orderBy("created_at")
          .select("customer_id", "reason")
        expect(rows).toEqual([
          { customer_id: bobur.id, reason: "Yana" },
          { customer_id: mijoz.id, reason: null },
        ])
        const [row] = await reviewRows({ id })
        expect(row.report_count).toBe(2)
        expect((await report(bobur, "<b>x</b>")).status).toBe(400)
        const reported = await eventsNamed(ReviewEvents.REPORTED, 2)
        expect(reported).toHaveLength(2)
      })
    })
  },
})
