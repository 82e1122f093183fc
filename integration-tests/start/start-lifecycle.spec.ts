import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import net from "node:net"
import { ChildProcess, spawn } from "node:child_process"

// `npm start` as a user runs it: a fresh data folder, the embedded PostgreSQL,
// migrations, the one-time seed, the server; then a stop that leaves no
// process behind, and a second start that reuses the data.
jest.setTimeout(600 * 1000)

const root = path.resolve(__dirname, "..", "..")

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

type Started = { child: ChildProcess; output: () => string }

async function startBozor(env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(
    process.execPath,
    [path.join(root, "scripts", "start.js")],
    {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    }
  )
  let output = ""
  child.stdout!.on("data", (d) => (output += d))
  child.stderr!.on("data", (d) => (output += d))
  await new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes("Bozor is ready.")) {
        clearInterval(timer)
        resolve()
      }
    }, 200)
    child.once("exit", (code) => {
      clearInterval(timer)
      reject(
        new Error(
          `npm start exited with ${code} before it was ready:\n${output.slice(-4000)}`
        )
      )
    })
  })
  return { child, output: () => output }
}

function stop(child: ChildProcess, signal: NodeJS.Signals) {
  return new Promise<number | null>((resolve) => {
    child.once("exit", (code) => resolve(code))
    child.kill(signal)
  })
}

/** Processes whose command line mentions the data folder (postgres runs with -D <dir>). */
function processesUsing(dir: string) {
  return fs
    .readdirSync("/proc")
    .filter((p) => /^\d+$/.test(p))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(dir)
      } catch {
        return false
      }
    })
}

describe("npm start", () => {
  let dataDir: string
  let env: NodeJS.ProcessEnv
  let port: number

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bozor-start-"))
    fs.chmodSync(dataDir, 0o755)
    port = await freePort()
    env = {
      ...process.env,
      BOZOR_DATA_DIR: dataDir,
      PORT: String(port),
      // The dashboard build takes ~30 s and is not what this test is about.
      MEDUSA_ADMIN_DISABLED: "true",
      BOZOR_ADMIN_PASSWORD: "lifecycle-admin-pass",
      NODE_ENV: "production",
    }
    delete env.DATABASE_URL
    delete env.REDIS_URL
    delete env.MEDUSA_WORKER_MODE
  })

  afterAll(() => {
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it("serves the seeded store on an embedded PostgreSQL, stops cleanly and reuses the data", async () => {
    const first = await startBozor(env)
    const out = first.output()
    expect(out).toContain("Seeding the demo store")
    const key = out.match(/Publishable key\s+(pk_[0-9a-f]+)/)?.[1]
    expect(key).toBeTruthy()
    expect(out).toContain("admin@bozor.uz")

    const health = await fetch(`http://127.0.0.1:${port}/health`)
    expect(health.status).toBe(200)
    expect(await health.text()).toBe("OK")
    const products = await fetch(
      `http://127.0.0.1:${port}/store/products?limit=1`,
      {
        headers: { "x-publishable-api-key": key! },
      }
    ).then((r) => r.json())
    expect(products.count).toBe(31)

    expect(processesUsing(dataDir).length).toBeGreaterThan(0)
    expect(await stop(first.child, "SIGTERM")).toBe(0)
    expect(first.output()).toContain("Stopping PostgreSQL")
    expect(processesUsing(dataDir)).toEqual([])
    expect(fs.existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(
      false
    )

    // Second start: same data, no second seed, same key.
    const second = await startBozor(env)
    expect(second.output()).not.toContain("Seeding the demo store")
    expect(second.output()).toContain(`Publishable key  ${key}`)
    const again = await fetch(
      `http://127.0.0.1:${port}/store/products?limit=1`,
      {
        headers: { "x-publishable-api-key": key! },
      }
    ).then((r) => r.json())
    expect(again.count).toBe(31)
    expect(await stop(second.child, "SIGINT")).toBe(0)
    expect(processesUsing(dataDir)).toEqual([])
  })
})
