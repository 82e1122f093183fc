import net from "node:net"
import { ChildProcess, spawn } from "node:child_process"

/**
 * Child processes of the install test. Each runs in its own process group
 * (`detached`), so a stop reaches npm, the Medusa CLI and whatever they spawn.
 */
const running = new Set<ChildProcess>()

/**
 * The environment a merchant's shell would have: PATH, HOME, npm's own
 * settings; none of the Bozor app's variables (DATABASE_URL, PAYME_*, …) and
 * not jest's NODE_OPTIONS.
 */
export function cleanEnv(extra: Record<string, string> = {}) {
  const keep = ["PATH", "HOME", "USER", "LANG", "LC_ALL", "TMPDIR", "TZ"]
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined) continue
    if (keep.includes(key) || key.startsWith("npm_config_")) {
      env[key] = value
    }
  }
  return { ...env, MEDUSA_DISABLE_TELEMETRY: "true", ...extra }
}

export type RunOptions = {
  cwd: string
  env?: Record<string, string>
  /** Kills the process group and fails after this long. */
  timeoutMs?: number
}

/** Runs a command to its end; rejects with the output's tail unless it exits 0. */
export function run(cmd: string, args: string[], o: RunOptions) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: o.cwd,
      env: o.env ?? cleanEnv(),
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    })
    running.add(child)
    let output = ""
    child.stdout!.on("data", (d) => (output += d))
    child.stderr!.on("data", (d) => (output += d))
    const timer = setTimeout(() => {
      output += `\n[install-test] timed out after ${o.timeoutMs} ms`
      killGroup(child, "SIGKILL")
    }, o.timeoutMs ?? 300_000)
    child.on("error", (e) => {
      clearTimeout(timer)
      running.delete(child)
      reject(e)
    })
    child.on("exit", (code, signal) => {
      clearTimeout(timer)
      running.delete(child)
      if (code === 0) {
        resolve(output)
      } else {
        reject(
          new Error(
            `${cmd} ${args.join(" ")} (in ${o.cwd}) exited with ${code ?? signal}:\n${output.slice(-6000)}`
          )
        )
      }
    })
  })
}

export type Server = {
  child: ChildProcess
  output: () => string
  stop: () => Promise<void>
}

/** Starts a long-running command; `stop()` ends its whole process group. */
export function startServer(cmd: string, args: string[], o: RunOptions) {
  const child = spawn(cmd, args, {
    cwd: o.cwd,
    env: o.env ?? cleanEnv(),
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  running.add(child)
  let output = ""
  child.stdout!.on("data", (d) => (output += d))
  child.stderr!.on("data", (d) => (output += d))
  child.on("exit", () => running.delete(child))
  const server: Server = {
    child,
    output: () => output,
    stop: () => stopGroup(child),
  }
  return server
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}

/** SIGTERM to the group, SIGKILL after 10 s; resolves once the leader exited. */
export function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    // The leader is gone; make sure nothing of its group is left.
    killGroup(child, "SIGKILL")
    return Promise.resolve()
  }
  return new Promise((resolve) => {
    const force = setTimeout(() => killGroup(child, "SIGKILL"), 10_000)
    child.once("exit", () => {
      clearTimeout(force)
      killGroup(child, "SIGKILL")
      resolve()
    })
    killGroup(child, "SIGTERM")
  })
}

/** Stops every process the test started and did not stop yet. */
export async function stopAll() {
  await Promise.all([...running].map((child) => stopGroup(child)))
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Polls `url` until it answers 200; fails early when the server exits. */
export async function waitForHealth(
  url: string,
  server: Server,
  timeoutMs = 180_000
) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) {
      throw new Error(
        `the server exited (${server.child.exitCode ?? server.child.signalCode}) before ${url} answered:\n${server.output().slice(-6000)}`
      )
    }
    try {
      const res = await fetch(url)
      if (res.status === 200) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(
    `${url} did not answer within ${timeoutMs} ms:\n${server.output().slice(-6000)}`
  )
}

/** Seconds since `started`, one decimal. */
export const seconds = (started: number) =>
  ((Date.now() - started) / 1000).toFixed(1)
