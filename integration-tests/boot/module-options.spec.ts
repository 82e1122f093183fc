import path from "node:path"
import { spawn } from "node:child_process"
import { Client } from "pg"

// Boots the Bozor app (`medusa exec`, every module and its loaders, from
// medusa-config.ts) with bad option values: the start-up must stop and name
// each bad option. The same boot with good values is the control.
jest.setTimeout(180 * 1000)

const root = path.resolve(__dirname, "..", "..")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")

const DB_NAME = `bozor_boot_${process.pid}`

function databaseUrl(name: string) {
  const { DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD } = process.env
  const auth = DB_PASSWORD
    ? `${encodeURIComponent(DB_USERNAME ?? "")}:${encodeURIComponent(DB_PASSWORD)}`
    : encodeURIComponent(DB_USERNAME ?? "postgres")
  return `postgres://${auth}@${DB_HOST ?? "localhost"}:${DB_PORT ?? 5432}/${name}`
}

function medusa(args: string[], extraEnv: Record<string, string> = {}) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(medusaBin, args, {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "development",
        DATABASE_URL: databaseUrl(DB_NAME),
        MEDUSA_DISABLE_TELEMETRY: "true",
        MEDUSA_ADMIN_DISABLED: "true",
        ...extraEnv,
      },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    child.stdout.on("data", (d) => (output += d))
    child.stderr.on("data", (d) => (output += d))
    child.on("exit", (code) => resolve({ code, output }))
  })
}

const BAD = {
  LOYALTY_MAX_REDEEM_SHARE: "7",
  DISPUTES_SLA_HOURS: "-1",
  WISHLIST_ALERT_COOLDOWN_MS: "-5",
  REVIEWS_RATE_LIMIT_MAX: "-1",
  NOTIFICATION_ADMIN_LOCALE: "xx",
  AUTH_THROTTLE_MAX_FAILURES_PER_ACCOUNT: "0",
}

const boot = (env: Record<string, string>) =>
  medusa(["exec", path.join(__dirname, "noop-script.ts")], env)

async function admin(sql: string) {
  const client = new Client({ connectionString: databaseUrl("postgres") })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

describe("module options are validated at start-up", () => {
  beforeAll(async () => {
    await admin(`CREATE DATABASE ${DB_NAME}`)
    const migrate = await medusa(["db:migrate", "--execute-safe-links"])
    expect(migrate.code).toBe(0)
  })

  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`)
  })

  it("refuses to boot with bad values and names every bad option", async () => {
    const { code, output } = await boot(BAD)
    expect(code).not.toBe(0)
    for (const option of [
      "maxRedeemShare",
      "slaHours",
      "alertCooldownMs",
      "rateLimitMax",
      "adminLocale",
      "maxFailuresPerAccount",
    ]) {
      expect(output).toContain(`Option \`${option}\``)
    }
  })

  it("names a variable that is not a number", async () => {
    const { code, output } = await boot({
      AUTH_THROTTLE_WINDOW_SECONDS: "fifteen",
    })
    expect(code).not.toBe(0)
    expect(output).toContain("AUTH_THROTTLE_WINDOW_SECONDS must be a number")
  })

  it("boots with good values (the control)", async () => {
    const { code, output } = await boot({
      LOYALTY_MAX_REDEEM_SHARE: "0.5",
      DISPUTES_SLA_HOURS: "48",
      WISHLIST_ALERT_COOLDOWN_MS: "1000",
      REVIEWS_RATE_LIMIT_MAX: "5",
      NOTIFICATION_ADMIN_LOCALE: "ru",
      AUTH_THROTTLE_MAX_FAILURES_PER_ACCOUNT: "5",
    })
    expect({ code, errors: output.match(/Option `\w+`.*/g) }).toEqual({
      code: 0,
      errors: null,
    })
  })
})
