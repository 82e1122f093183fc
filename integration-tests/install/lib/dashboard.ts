import fs from "node:fs"
import path from "node:path"
import type { Browser } from "playwright-core"
import {
  CHROMIUM,
  gotoApp,
  launchChromium,
  openDashboard,
} from "../../helpers/browser"
import { run } from "./proc"
import type { RunningApp } from "./app"
import type { Scenario, FlowContext } from "./scenario"

/**
 * Builds the app's dashboard with the installed plugins' extensions, as a
 * merchant's `medusa build` would, into `public/admin`, where `medusa start`
 * serves it from the project folder.
 */
export async function buildDashboard(dir: string, env: Record<string, string>) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `The install test renders the plugins' screens in Chromium at ${CHROMIUM}: \`apt-get install chromium\` (Debian; .ci/run does it), or set CHROMIUM_PATH.`
    )
  }
  await run(
    path.join(dir, "node_modules", ".bin", "medusa"),
    ["build", "--admin-only"],
    {
      cwd: dir,
      env,
      timeoutMs: 600_000,
    }
  )
  const built = path.join(dir, ".medusa", "admin")
  if (!fs.existsSync(path.join(built, "index.html"))) {
    throw new Error(`medusa build --admin-only wrote no ${built}/index.html`)
  }
  fs.mkdirSync(path.join(dir, "public"), { recursive: true })
  fs.renameSync(built, path.join(dir, "public", "admin"))
}

/**
 * Logs in to the app's dashboard and opens each scenario's screen, waiting
 * for the element that shows only once the screen rendered what the flows
 * created. Returns the screens it checked, by scenario.
 */
export async function renderScreens(
  app: RunningApp,
  scenarios: Scenario[],
  ctx: FlowContext,
  screenshotsDir: string
) {
  let browser: Browser | undefined
  const rendered: Record<string, string> = {}
  try {
    browser = await launchChromium()
    // The app runs in production, where Medusa's session cookie is Secure:
    // the browser reaches it as it would behind a TLS-terminating proxy.
    const baseUrl = app.baseUrl.replace("127.0.0.1", "localhost")
    const page = await openDashboard(
      browser,
      baseUrl,
      { email: app.adminEmail, password: app.adminPassword },
      { extraHTTPHeaders: { "x-forwarded-proto": "https" } }
    )
    fs.mkdirSync(screenshotsDir, { recursive: true })
    for (const scenario of scenarios) {
      if (!scenario.screen) continue
      const { path: appPath, ready } = await scenario.screen(ctx)
      await gotoApp(page, baseUrl, appPath)
      await page
        .locator(ready)
        .first()
        .waitFor({ state: "visible" })
        .catch(async (e) => {
          await page.screenshot({
            path: path.join(screenshotsDir, `${scenario.name}-failed.png`),
          })
          throw new Error(
            `${scenario.name}: ${ready} did not show on /app${appPath}: ${e.message}`
          )
        })
      await page.screenshot({
        path: path.join(screenshotsDir, `${scenario.name}.png`),
      })
      rendered[scenario.name] = appPath
    }
  } finally {
    await browser?.close().catch(() => undefined)
  }
  return rendered
}
