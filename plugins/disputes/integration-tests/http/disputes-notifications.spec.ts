import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import disputesNotify from "@bozor/medusa-disputes/subscribers/disputes-notify"
import { DisputeEvents } from "@bozor/medusa-disputes/types"
import {
  EskizFake,
  startEskizFake,
} from "../../../../integration-tests/fakes/eskiz"
import { useSmtpSink } from "../../../../integration-tests/fakes/smtp"
import {
  DisputeBuyer,
  useDisputesKit,
} from "../../../../integration-tests/helpers/disputes"

jest.setTimeout(240 * 1000)

// Issue #14: every status change reaches the customer (SMS through the Eskiz
// fake, e-mail through a real SMTP server) once per transition, and the
// merchant's new-dispute e-mail says why the dispute was opened.
const ESKIZ = { email: "disputes@bozor.uz", password: "eskiz-disputes-pass" }
let eskiz: EskizFake
const savedEnv: Record<string, string | undefined> = {}
beforeAll(async () => {
  eskiz = await startEskizFake(ESKIZ)
  const env = {
    ESKIZ_EMAIL: ESKIZ.email,
    ESKIZ_PASSWORD: ESKIZ.password,
    ESKIZ_API_URL: eskiz.url,
  }
  for (const [k, v] of Object.entries(env)) {
    savedEnv[k] = process.env[k]
    process.env[k] = v
  }
})
afterAll(async () => {
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k]
    else process.env[k] = v
  }
  await eskiz?.close()
})
const smtp = useSmtpSink()

const ADMIN_PASSWORD = "disputes-notify-admin-pass"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const kit = useDisputesKit({
      api,
      getContainer,
      dbConnection,
      adminPassword: ADMIN_PASSWORD,
    })

    beforeEach(() => {
      eskiz.reset()
      smtp.reset()
    })

    const notificationsOf = (disputeId: string, template: string) =>
      kit.rows(
        `SELECT channel, "to", status, idempotency_key, data FROM notification
          WHERE resource_id = ? AND template = ? ORDER BY channel`,
        [disputeId, template]
      )
    /** Polls (bounded) until `count` rows have left `pending`. */
    async function settled(disputeId: string, template: string, count: number) {
      let rows: any[] = []
      for (let i = 0; i < 100; i++) {
        rows = await notificationsOf(disputeId, template)
        if (
          rows.length >= count &&
          rows.every((r: any) => r.status !== "pending")
        ) {
          break
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      return rows
    }
    const transitionTo = async (disputeId: string, to: string) =>
      (
        await kit.rows(
          "SELECT id FROM dispute_transition WHERE dispute_id = ? AND to_status = ?",
          [disputeId, to]
        )
      )[0].id as string

    async function buyerWithPhone(
      phone: string,
      metadata?: Record<string, unknown>
    ): Promise<DisputeBuyer> {
      const buyer = await kit.customer()
      await api.post(
        "/store/customers/me",
        { phone, ...(metadata ? { metadata } : {}) },
        { headers: buyer.headers }
      )
      return buyer
    }

    it("tells the customer by SMS and e-mail, once, when the merchant starts the review", async () => {
      const buyer = await buyerWithPhone("+998901234501")
      const order = await kit.orderOf(buyer)
      const { id } = await kit.openDispute(buyer, order.id)
      await settled(id, "admin_dispute_opened", 1)
      eskiz.reset()
      smtp.reset()

      const res = await kit.review(id)
      expect(res.status).toBe(200)
      expect(res.data.dispute.status).toBe("under_review")

      const transitionId = await transitionTo(id, "under_review")
      const rows = await settled(id, "dispute_status_changed", 2)
      const text = `Bozor: #${order.display_id} buyurtma bo'yicha murojaatingiz holati: ko'rib chiqilmoqda.`
      expect(
        rows.map((r: any) => [r.channel, r.to, r.status, r.idempotency_key])
      ).toEqual([
        [
          "email",
          buyer.customer.email,
          "success",
          `dispute-status-changed:${id}:${transitionId}:email`,
        ],
        [
          "sms",
          "+998901234501",
          "success",
          `dispute-status-changed:${id}:${transitionId}:sms`,
        ],
      ])
      expect(rows[1].data.text).toBe(text)
      const disputeSms = () =>
        eskiz.sent.filter((s) => /murojaat/.test(s.message))
      expect(disputeSms().map((s) => [s.mobile_phone, s.message])).toEqual([
        ["998901234501", text],
      ])
      const disputeMails = () =>
        smtp.mails.filter(
          (m) =>
            m.to.includes(buyer.customer.email) && /murojaat/.test(m.subject)
        )
      const mails = disputeMails()
      expect(mails).toHaveLength(1)
      expect(mails[0].subject).toBe(
        `#${order.display_id} buyurtma bo'yicha murojaat holati`
      )
      expect(mails[0].text).toContain(
        `#${order.display_id} buyurtma bo'yicha murojaatingiz holati: ko'rib chiqilmoqda.`
      )

      // The same event again (a redelivery) sends nothing more.
      await disputesNotify({
        event: {
          name: DisputeEvents.STATUS_CHANGED,
          data: {
            id,
            order_id: order.id,
            customer_id: buyer.customer.id,
            from: "open",
            to: "under_review",
            transition_id: transitionId,
            actor_type: "merchant",
          },
        },
        container: getContainer(),
      } as any)
      // Nothing arrives to wait for: give the (async) request time to be handled.
      await new Promise((r) => setTimeout(r, 1500))
      expect(await notificationsOf(id, "dispute_status_changed")).toHaveLength(
        2
      )
      expect(disputeSms()).toHaveLength(1)
      expect(disputeMails()).toHaveLength(1)
    })

    it("tells the customer of each transition in their language, each under its own key", async () => {
      const buyer = await buyerWithPhone("+998901234502", { locale: "ru" })
      const order = await kit.orderOf(buyer)
      const { id } = await kit.openDispute(buyer, order.id)
      await kit.review(id)
      await settled(id, "dispute_status_changed", 2)

      const withdrawn = await api.post(
        `/store/disputes/${id}/withdraw`,
        { note: "Solved with the courier." },
        { headers: buyer.headers }
      )
      expect(withdrawn.data.dispute.status).toBe("withdrawn")
      const reviewId = await transitionTo(id, "under_review")
      const withdrawId = await transitionTo(id, "withdrawn")

      const rows = await settled(id, "dispute_status_changed", 4)
      expect(rows.map((r: any) => r.idempotency_key).sort()).toEqual(
        [
          `dispute-status-changed:${id}:${reviewId}:email`,
          `dispute-status-changed:${id}:${reviewId}:sms`,
          `dispute-status-changed:${id}:${withdrawId}:email`,
          `dispute-status-changed:${id}:${withdrawId}:sms`,
        ].sort()
      )
      expect(rows.every((r: any) => r.status === "success")).toBe(true)
      // (The order's own "received" SMS may be among them.)
      expect(
        eskiz.sent.map((s) => s.message).filter((m) => /претензии/.test(m))
      ).toEqual([
        `Bozor: статус претензии по заказу #${order.display_id}: на рассмотрении.`,
        `Bozor: статус претензии по заказу #${order.display_id}: отозвана.`,
      ])
    })

    it("puts the reason and the customer's words in the merchant's new-dispute e-mail", async () => {
      const buyer = await kit.customer()
      const order = await kit.orderOf(buyer)
      const { id } = await kit.openDispute(buyer, order.id, {
        reason: "wrong_item",
        description: "A 6 l qozon came instead of the 12 l one.",
      })

      const [row] = await settled(id, "admin_dispute_opened", 1)
      expect(row).toMatchObject({
        channel: "email",
        to: kit.seed.adminEmail,
        status: "success",
      })
      const mails = smtp.mails.filter(
        (m) => m.to.includes(kit.seed.adminEmail) && /murojaat/.test(m.subject)
      )
      expect(mails).toHaveLength(1)
      expect(mails[0].subject).toBe(
        `Yangi murojaat: buyurtma #${order.display_id}`
      )
      expect(mails[0].text).toContain(
        "Sabab: Boshqa mahsulot keldi — A 6 l qozon came instead of the 12 l one."
      )
      expect(mails[0].text).not.toMatch(/Sabab:\s*$/m)
      expect(mails[0].html).toContain(
        "Sabab: Boshqa mahsulot keldi — A 6 l qozon came instead of the 12 l one."
      )
    })

    it("quotes at most 1,500 characters of a long description in the merchant's e-mail", async () => {
      const buyer = await kit.customer()
      const order = await kit.orderOf(buyer)
      // The longest description the route accepts (5,000 characters).
      const description = "Qozon yorilib keldi. "
        .repeat(250)
        .slice(0, 5000)
        .trim()
      const { id } = await kit.openDispute(buyer, order.id, {
        reason: "damaged",
        description,
      })

      const [row] = await settled(id, "admin_dispute_opened", 1)
      expect(row).toMatchObject({ channel: "email", status: "success" })
      const mails = smtp.mails.filter(
        (m) => m.to.includes(kit.seed.adminEmail) && /murojaat/.test(m.subject)
      )
      expect(mails).toHaveLength(1)
      const reason = mails[0].text.match(/Sabab: (.*)$/m)![1]
      expect(reason).toBe(
        `Mahsulot shikastlangan — ${description.slice(0, 1499)}…`
      )
      // The dispute keeps the whole text.
      const [dispute] = await kit.rows(
        "SELECT description FROM dispute WHERE id = ?",
        [id]
      )
      expect(dispute.description).toBe(description)
    })
  },
})
