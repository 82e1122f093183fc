import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import {
  DEMO,
  seedDemoStore,
  SeedResult,
} from "../../src/scripts/seed/seed-demo-store"
import { prepareCart } from "../helpers/checkout"
import { useSmtpSink } from "../fakes/smtp"
import { ReviewEvents } from "../../src/modules/reviews/events"
import {
  createReviewWorkflow,
  createReviewWorkflowId,
} from "../../src/workflows/reviews/create-review"
import {
  updateReviewsWorkflow,
  updateReviewsWorkflowId,
} from "../../src/workflows/reviews/update-reviews"

jest.setTimeout(240 * 1000)

// A small limit so the rate-limit test needs few products; read by
// medusa-config.ts when the test runner boots the app.
process.env.REVIEWS_RATE_LIMIT_MAX = "3"
process.env.REVIEWS_RATE_LIMIT_WINDOW_SECONDS = "3600"

// Authors are told by e-mail, through a real SMTP server.
const smtp = useSmtpSink()

type Customer = { id: string; token: string; email: string }
type Emitted = { name: string; data: Record<string, unknown> }

const REVIEW_EVENTS = Object.values(ReviewEvents)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let adminHeaders: Record<string, string>
    let products: { id: string; handle: string }[]
    let productId: string
    let mijoz: Customer
    let alice: Customer
    let bobur: Customer
    let emitted: Emitted[] = []

    const pk = () => ({ "x-publishable-api-key": seed.publishableKey })
    const as = (c: Customer) => ({
      ...pk(),
      authorization: `Bearer ${c.token}`,
    })
    const call = (p: Promise<any>) => p.catch((e: any) => e.response)

    const pg = () =>
      getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const reviewRows = (where: Record<string, unknown> = {}) =>
      pg()("review")
        .where(where)
        .whereNull("deleted_at")
        .orderBy("created_at")
        .select("*")
    const snapshot = async () => ({
      review: await pg()("review").orderBy("id").select("*"),
      review_stats: await pg()("review_stats").orderBy("id").select("*"),
      review_vote: await pg()("review_vote").orderBy("id").select("*"),
      review_report: await pg()("review_report").orderBy("id").select("*"),
    })

    const writeReview = (
      c: Customer,
      body: Record<string, unknown>,
      product = productId
    ) =>
      call(
        api.post(`/store/products/${product}/reviews`, body, { headers: as(c) })
      )

    const moderate = (id: string, body: Record<string, unknown>) =>
      call(api.post(`/admin/reviews/${id}`, body, { headers: adminHeaders }))

    const listStore = (query = "", product = productId) =>
      call(
        api.get(`/store/products/${product}/reviews${query}`, {
          headers: pk(),
        })
      )

    async function approvedReview(
      c: Customer,
      rating: number,
      product = productId
    ): Promise<string> {
      const res = await writeReview(
        c,
        { rating, content: `Rated ${rating} by ${c.email}` },
        product
      )
      expect(res.status).toBe(201)
      const approved = await moderate(res.data.review.id, {
        status: "approved",
      })
      expect(approved.status).toBe(200)
      return res.data.review.id
    }

    async function registerCustomer(
      email: string,
      first_name: string,
      last_name: string
    ): Promise<Customer> {
      const password = "test-password-1"
      const reg = await api.post("/auth/customer/emailpass/register", {
        email,
        password,
      })
      const created = await api.post(
        "/store/customers",
        { email, first_name, last_name },
        { headers: { ...pk(), authorization: `Bearer ${reg.data.token}` } }
      )
      const login = await api.post("/auth/customer/emailpass", {
        email,
        password,
      })
      return { id: created.data.customer.id, token: login.data.token, email }
    }

    async function eventsNamed(name: string, count: number) {
      for (let i = 0; i < 50; i++) {
        const found = emitted.filter((e) => e.name === name)
        if (found.length >= count) {
          return found
        }
        await new Promise((r) => setTimeout(r, 50))
      }
      return emitted.filter((e) => e.name === name)
    }

    beforeAll(async () => {
      const container = getContainer()
      seed = await seedDemoStore(container, {
        adminPassword: "test-admin-pass",
      })
      const admin = await api.post("/auth/user/emailpass", {
        email: seed.adminEmail,
        password: "test-admin-pass",
      })
      adminHeaders = { authorization: `Bearer ${admin.data.token}` }

      const res = await api.get("/store/products?limit=10&fields=id,handle", {
        headers: pk(),
      })
      products = res.data.products
      productId = products[0].id

      const login = await api.post("/auth/customer/emailpass", {
        email: DEMO.customerEmail,
        password: DEMO.customerPassword,
      })
      const me = await api.get("/store/customers/me", {
        headers: { ...pk(), authorization: `Bearer ${login.data.token}` },
      })
      mijoz = {
        id: me.data.customer.id,
        token: login.data.token,
        email: DEMO.customerEmail,
      }
      alice = await registerCustomer("alisa@example.uz", "Alisa", "Karimova")
      bobur = await registerCustomer("bobur@example.uz", "Bobur", "Toshev")

      const eventBus = container.resolve(Modules.EVENT_BUS)
      for (const name of REVIEW_EVENTS) {
        eventBus.subscribe(
          name,
          async (event) => {
            emitted.push({ name, data: event.data as Record<string, unknown> })
          },
          { subscriberId: `reviews-spec-${name}` }
        )
      }
    })

    beforeEach(() => {
      emitted = []
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
