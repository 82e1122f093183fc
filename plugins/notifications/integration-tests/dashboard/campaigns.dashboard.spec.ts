import { useDashboardStore } from "../../../../integration-tests/helpers/dashboard"
import { registerCustomer } from "../../../../integration-tests/helpers/customers"
import { useNotificationFakes } from "../../../../integration-tests/helpers/notifications"

// The Campaigns tab of the Notifications screen (#19) in Debian's Chromium:
// a merchant writes an e-mail campaign in three languages, saves it as a
// draft, starts, pauses and resumes it, and watches the store's own job send
// it to the customers who accept marketing e-mails.

jest.setTimeout(15 * 60 * 1000)

// Registered first: its beforeAll sets the provider env the store starts with.
const fakes = useNotificationFakes()
const store = useDashboardStore()

const CAMPAIGNS = "/admin/notification-campaigns"

const TEXTS = {
  uz: {
    subject: "Yangi yil chegirmasi",
    body: "Salom, {{customer_name}}! -30%.",
  },
  ru: {
    subject: "Новогодняя скидка",
    body: "Здравствуйте, {{customer_name}}! -30%.",
  },
  en: { subject: "New Year sale", body: "Hello {{customer_name}}! 30% off." },
}

async function campaignStatus(id: string, want: string) {
  await store.page.waitForSelector(
    `[data-testid="campaign-row"][data-id="${id}"][data-status="${want}"]`,
    // The store's send job runs once a minute.
    { timeout: 150_000 }
  )
}

describe("Campaigns screen", () => {
  it("creates a draft e-mail campaign, starts, pauses and resumes it, and shows it sent", async () => {
    const { page } = store
    // Two customers accept marketing e-mails, one does not.
    for (const [email, accepts] of [
      ["aziza@campaign.uz", true],
      ["bobur@campaign.uz", true],
      ["said@campaign.uz", false],
    ] as const) {
      const { headers } = await registerCustomer(
        store.storefront,
        store.seed.publishableKey,
        email
      )
      await store.storefront.post(
        "/store/customers/me/notification-preferences",
        { email_marketing: accepts, sms_marketing: false },
        { headers }
      )
    }

    await store.gotoApp("/notifications?tab=campaigns")
    await page.getByTestId("campaigns-empty").waitFor()
    await page.getByTestId("campaign-new").click()
    await page.getByTestId("campaign-name").fill("Yangi yil")
    await page.getByTestId("campaign-channel-sms").click()
    await page.getByTestId("campaign-channel-email").click()
    for (const locale of ["uz", "ru", "en"] as const) {
      await page
        .getByTestId(`campaign-email-${locale}-title`)
        .fill(TEXTS[locale].subject)
      await page
        .getByTestId(`campaign-email-${locale}-body`)
        .fill(TEXTS[locale].body)
    }
    await page.getByTestId("campaign-save-draft").click()
    const row = page.getByTestId("campaign-row")
    await row.waitFor()

    const { data: drafts } = await store.admin.get(CAMPAIGNS)
    expect(drafts.count).toBe(1)
    const campaign = drafts.campaigns[0]
    expect(campaign).toMatchObject({
      name: "Yangi yil",
      status: "draft",
      audience: "marketing",
      channels: ["email"],
      messages: { email: TEXTS },
    })
    await campaignStatus(campaign.id, "draft")

    await row.getByTestId("campaign-start").click()
    await campaignStatus(campaign.id, "running")
    await row.getByTestId("campaign-pause").click()
    await campaignStatus(campaign.id, "paused")
    const paused = await store.admin.get(`${CAMPAIGNS}/${campaign.id}`)
    expect(paused.data.campaign).toMatchObject({
      status: "paused",
      recipients_total: 2,
    })
    await store.screenshot("notifications-campaigns")

    await row.getByTestId("campaign-resume").click()
    await campaignStatus(campaign.id, "completed")
    expect(await row.getByTestId("campaign-progress").textContent()).toBe(
      "Sent 2 · skipped 0 · failed 0 of 2"
    )
    const done = await store.admin.get(`${CAMPAIGNS}/${campaign.id}`)
    expect(done.data.campaign.progress).toMatchObject({
      total: 2,
      sent: 2,
      skipped: 0,
    })
    expect(fakes.smtp.mails.map((m) => [m.to[0], m.subject]).sort()).toEqual([
      ["aziza@campaign.uz", "Yangi yil chegirmasi"],
      ["bobur@campaign.uz", "Yangi yil chegirmasi"],
    ])
    expect(fakes.eskiz.sent).toEqual([])
  })
})
