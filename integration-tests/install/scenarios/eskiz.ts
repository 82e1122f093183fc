import { EskizFake, startEskizFake } from "../../fakes/eskiz"
import { SmtpSink, startSmtpSink } from "../../fakes/smtp"
import {
  completeWithSystemPayment,
  customerCart,
  registerCustomer,
  waitFor,
} from "../lib/customer"
import type { Scenario } from "../lib/scenario"
import { createProduct, createStorefront } from "../lib/store-setup"

// Eskiz SMS installed with its declared companion, the notifications plugin
// (Eskiz alone is only a provider: nothing sends through it), and the SMTP
// provider: a customer with a phone places an order, and the order-placed SMS
// reaches a local fake of the Eskiz API (its `apiUrl` option) and the e-mail a
// local SMTP sink. Both fakes run in the test process.

const CREDENTIALS = { email: "shop@install-test.example", password: "pw-7Qx" }
const STORE_NAME = "Tandir"
const PHONE = "+998 90 123-45-67"

let eskiz: EskizFake | undefined
let smtp: SmtpSink | undefined

export const eskizScenario: Scenario = {
  name: "eskiz",
  packages: [
    "@bozor/medusa-eskiz",
    "@bozor/medusa-notifications",
    "@bozor/medusa-smtp",
  ],
  async start() {
    eskiz = await startEskizFake(CREDENTIALS)
    smtp = await startSmtpSink()
  },
  async stop() {
    await eskiz?.close()
    await smtp?.close()
  },
  // The notifications plugin's screen (Eskiz and SMTP have none of their own).
  screen: async () => ({
    path: "/notifications",
    ready: '[data-testid="template-editor"]',
  }),
  config: () => ({
    plugins: [
      { resolve: "@bozor/medusa-eskiz", options: { providerId: "eskiz" } },
      { resolve: "@bozor/medusa-smtp", options: {} },
      {
        resolve: "@bozor/medusa-notifications",
        options: { storeName: STORE_NAME, adminLocale: "en" },
      },
    ],
    modules: [
      {
        resolve: "@medusajs/medusa/notification",
        options: {
          providers: [
            {
              resolve: "@bozor/medusa-eskiz/providers/notification-eskiz",
              id: "eskiz",
              options: {
                channels: ["sms"],
                ...CREDENTIALS,
                from: "4546",
                apiUrl: eskiz!.url,
              },
            },
            {
              resolve: "@bozor/medusa-smtp/providers/notification-smtp",
              id: "smtp",
              options: {
                channels: ["email"],
                host: "127.0.0.1",
                port: smtp!.port,
                from: "Tandir <no-reply@install-test.example>",
              },
            },
          ],
        },
      },
    ],
  }),
  async flow({ http, admin, sql, log }) {
    const front = await createStorefront(admin, {
      tag: "Eskiz",
      currency: "uzs",
      paymentProviders: ["pp_system_default"],
    })
    const { variantId } = await createProduct(admin, {
      title: "Kashta yostiq",
      currency: "uzs",
      amount: 250000,
      salesChannelId: front.salesChannelId,
    })
    const customer = await registerCustomer(http, front, "eskiz")
    await http.ok("POST", "/store/customers/me", {
      headers: customer.headers,
      body: { phone: PHONE },
    })
    const cart = await customerCart(http, front, customer, variantId)
    const order = await completeWithSystemPayment(http, customer, cart.id)
    const {
      order: { display_id },
    } = await admin.ok("GET", `/admin/orders/${order.id}?fields=id,display_id`)

    // order.placed is handled asynchronously by the notifications plugin.
    const [sms] = await waitFor(
      async () => eskiz!.sent.filter((s) => s.mobile_phone === "998901234567"),
      (sent) => sent.length > 0,
      "the order-placed SMS at the Eskiz fake"
    )
    expect(sms).toMatchObject({
      mobile_phone: "998901234567",
      from: "4546",
      message: `${STORE_NAME}: buyurtmangiz #${display_id} qabul qilindi. Summa: 250 000 so'm. Rahmat!`,
    })
    expect(eskiz!.logins).toBe(1)

    const mails = await waitFor(
      async () => smtp!.mails.filter((m) => m.to.includes(customer.email)),
      (found) => found.length > 0,
      "the order-placed e-mail at the SMTP sink"
    )
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toBe(`Buyurtma #${display_id} qabul qilindi`)
    // The admins' e-mail, in the plugin's `adminLocale`; awaited too so no
    // SMTP transaction is cut off when the app stops.
    const [adminMail] = await waitFor(
      async () =>
        smtp!.mails.filter(
          (m) =>
            m.to.includes("admin@install-test.example") &&
            m.subject.startsWith(`New order #${display_id} (`)
        ),
      (found) => found.length > 0,
      "the admins' order e-mail at the SMTP sink"
    )
    expect(adminMail.subject).toBe(`New order #${display_id} (250 000 UZS)`)

    // Medusa's notification rows record which provider delivered each.
    const rows = await waitFor(
      () =>
        sql<{ channel: string; status: string; external_id: string }>(
          `SELECT channel, status, external_id FROM notification
            WHERE idempotency_key LIKE $1 ORDER BY channel`,
          [`order-placed:${order.id}:%`]
        ),
      (r) => r.length === 2 && r.every((n) => n.status !== "pending"),
      "the order-placed notification rows"
    )
    expect(rows).toEqual([
      expect.objectContaining({ channel: "email", status: "success" }),
      {
        channel: "sms",
        status: "success",
        external_id: `eskiz:${sms.request_id}`,
      },
    ])
    log(`order #${display_id}: SMS "${sms.message}" and e-mail delivered`)
  },
}
