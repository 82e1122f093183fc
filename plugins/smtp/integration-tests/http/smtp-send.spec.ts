import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { useSmtpSink } from "../../../../integration-tests/fakes/smtp"

jest.setTimeout(180 * 1000)

// Points the provider at a real local SMTP server (env read by medusa-config).
const sink = useSmtpSink()

/**
 * Sends one e-mail the way any Medusa code does, through the core notification
 * module (channel `email` → this plugin's provider), and returns its stored
 * row (also when the send failed: the module then throws after storing it).
 */
async function sendEmail(
  container: MedusaContainer,
  input: {
    key: string
    content: { subject?: string; text?: string; html?: string }
  }
) {
  const notifications = container.resolve(Modules.NOTIFICATION)
  await notifications
    .createNotifications({
      to: "aziza@example.uz",
      channel: "email",
      template: "smtp-test",
      content: input.content,
      idempotency_key: input.key,
    })
    .catch(() => undefined)
  const [row] = await notifications.listNotifications({
    idempotency_key: input.key,
  } as Parameters<typeof notifications.listNotifications>[0])
  return row
}

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    beforeEach(() => sink.reset())

    it("sends the text and HTML bodies from the configured sender", async () => {
      const row = await sendEmail(getContainer(), {
        key: "smtp-test:1:email",
        content: {
          subject: "Buyurtma #1001 qabul qilindi",
          text: "Rahmat! Buyurtmangiz qabul qilindi.",
          html: "<p>Rahmat! Buyurtmangiz qabul qilindi.</p>",
        },
      })
      expect(row).toMatchObject({
        status: "success",
        provider_id: "smtp",
        external_id: expect.stringMatching(/^<.+@.+>$/),
      })
      expect(sink.mails).toHaveLength(1)
      expect(sink.mails[0]).toMatchObject({
        from: "no-reply@bozor.uz",
        to: ["aziza@example.uz"],
        subject: "Buyurtma #1001 qabul qilindi",
        text: expect.stringContaining("Rahmat! Buyurtmangiz qabul qilindi."),
        html: expect.stringContaining(
          "<p>Rahmat! Buyurtmangiz qabul qilindi.</p>"
        ),
      })
      expect(sink.mails[0].raw).toContain(`Message-ID: ${row.external_id}`)
    })

    it("fails an e-mail without a subject and sends nothing", async () => {
      const row = await sendEmail(getContainer(), {
        key: "smtp-test:2:email",
        content: { text: "no subject" },
      })
      expect(row).toMatchObject({ status: "failure", external_id: null })
      expect(sink.mails).toEqual([])
    })
  },
})
