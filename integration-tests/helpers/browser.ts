import { Browser, BrowserContextOptions, chromium, Page } from "playwright-core"

// Debian's Chromium driven by playwright-core (this machine kind cannot
// download browser builds): what the dashboard tests and the install test's
// dashboard check share.

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

export async function launchChromium(): Promise<Browser> {
  return await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}

/** A page of Medusa's dashboard at `baseUrl`, logged in through its login form. */
export async function openDashboard(
  browser: Browser,
  baseUrl: string,
  credentials: { email: string; password: string },
  options: BrowserContextOptions = {}
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: "en-US",
    ...options,
  })
  const page = await context.newPage()
  page.setDefaultTimeout(30_000)
  await page.goto(`${baseUrl}/app/login`)
  await page.locator('input[name="email"]').fill(credentials.email)
  await page.locator('input[name="password"]').fill(credentials.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.startsWith("/app/login"))
  return page
}

/** Opens `/app<appPath>` and waits for the dashboard's first queries. */
export async function gotoApp(page: Page, baseUrl: string, appPath: string) {
  await page.goto(`${baseUrl}/app${appPath}`)
  await page.waitForLoadState("networkidle")
  // The dashboard shows a spinner until its first queries answered.
  await page
    .waitForFunction(() => !document.querySelector(".animate-spin"), null, {
      timeout: 15_000,
    })
    .catch(() => undefined)
}
