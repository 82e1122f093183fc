import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Client } from "pg"
import {
  appEnv,
  createApp,
  createDatabase,
  dropDatabase,
  installTemplate,
  migrateAndStart,
  RunningApp,
  uniqueName,
  writeInstallConfig,
} from "./lib/app"
import { buildDashboard, renderScreens } from "./lib/dashboard"
import { adminClient, http } from "./lib/http"
import {
  closure,
  ensureBuilt,
  hasBuild,
  pack,
  Packed,
  tarballProblems,
  workspaces,
} from "./lib/pack"
import { run, seconds, stopAll } from "./lib/proc"
import { mergeConfigs, Scenario } from "./lib/scenario"
import { scenarios } from "./scenarios"

// Issue #15's proof that a third party can use the plugins: each plugin is
// packed with `npm pack`, installed from its tarball into a plain Medusa 2.21
// app (`fixture/`, nothing of Bozor) with only the packages it declares,
// registered with options, migrated, started, and driven over HTTP. One run
// installs every plugin together. Timings and tarball sizes are printed.
jest.setTimeout(20 * 60 * 1000)

const KEEP = process.env.INSTALL_TEST_KEEP === "true"
const log = (message: string) => console.log(`[install] ${message}`)
const timings: string[] = []
const time = (label: string, started: number) => {
  const line = `${label}: ${seconds(started)} s`
  timings.push(line)
  log(line)
}

describe("third-party install into a plain Medusa 2.21 app", () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bozor-install-"))
  const packed = new Map<string, Packed>()
  const databases = new Set<string>()
  let templateReady: Promise<string>
  // Folders of ~60 000 files: removed by `rm -rf` beside the next scenario
  // rather than by a blocking fs.rmSync.
  const removals: Promise<unknown>[] = []
  const remove = (dir: string) =>
    removals.push(
      run("rm", ["-rf", dir], { cwd: os.tmpdir() }).catch((e) =>
        log(`rm ${dir}: ${e.message}`)
      )
    )

  beforeAll(async () => {
    // The template install (~1 min) runs while the plugins are packed.
    templateReady = installTemplate(path.join(work, "template"), time)
    templateReady.catch(() => undefined)

    const all = workspaces()
    const tarballs = path.join(work, "tarballs")
    fs.mkdirSync(tarballs)
    for (const ws of closure(
      scenarios.flatMap((s) => s.packages),
      all
    )) {
      await ensureBuilt(ws, time)
      const started = Date.now()
      packed.set(ws.name, await pack(ws, tarballs))
      time(`npm pack ${ws.name}`, started)
    }
    const covered = new Set(scenarios.flatMap((s) => s.packages))
    const uncovered = [...all.values()]
      .filter((ws) => ws.kind === "plugin" && hasBuild(ws))
      .filter((ws) => !covered.has(ws.name))
      .map((ws) => ws.name)
    if (uncovered.length) {
      log(
        `built plugins without an install scenario yet: ${uncovered.join(", ")}`
      )
    }
  })

  afterAll(async () => {
    const cleanup = Date.now()
    // Scenarios stop their servers themselves; this catches what a failure left.
    await Promise.all(removals)
    await stopAll()
    for (const name of databases) {
      await dropDatabase(name).catch((e) => log(`drop ${name}: ${e.message}`))
    }
    if (KEEP) {
      log(`kept ${work}`)
    } else {
      remove(work)
      await Promise.all(removals)
      time(
        "removal of the temporary folders (after the last scenario)",
        cleanup
      )
    }
    log(`timings:\n  ${timings.join("\n  ")}`)
  })

  it("packs each package with its build, README and licence only", () => {
    const problems: Record<string, string[]> = {}
    for (const p of packed.values()) {
      log(
        `${path.basename(p.tarball)}: ${(p.size / 1024).toFixed(1)} KiB, ${p.entries.length} files`
      )
      const found = tarballProblems(p)
      if (found.length) problems[p.name] = found
    }
    expect(packed.size).toBeGreaterThan(0)
    expect(problems).toEqual({})
  })

  /**
   * Installs the scenarios' tarballs together, boots, runs each flow; with
   * `dashboard`, builds the dashboard first and opens each plugin's screen.
   */
  async function install(
    label: string,
    list: Scenario[],
    { dashboard = false } = {}
  ) {
    const template = await templateReady
    const needed = closure(list.flatMap((s) => s.packages))
    const tarballs = needed.map((ws) => {
      const p = packed.get(ws.name)
      if (!p) throw new Error(`${ws.name} was not packed`)
      return p.tarball
    })
    const dir = path.join(work, `app-${label}`)
    const database = uniqueName(`install_${label.replace(/\W/g, "_")}`)
    let app: RunningApp | undefined
    let sql: Client | undefined
    const running: Scenario[] = []
    try {
      const deps = await createApp(template, dir, tarballs, time)
      // Only the tarballs (and their own dependencies) came in: no other
      // Bozor package was fetched or linked.
      expect(
        Object.keys(deps)
          .filter((d) => d.startsWith("@bozor/"))
          .sort()
      ).toEqual(needed.map((ws) => ws.name).sort())
      expect(
        fs.readdirSync(path.join(dir, "node_modules", "@bozor")).sort()
      ).toEqual(needed.map((ws) => ws.name.replace("@bozor/", "")).sort())

      for (const scenario of list) {
        running.push(scenario)
        await scenario.start?.()
      }
      writeInstallConfig(dir, mergeConfigs(list.map((s) => s.config())))
      databases.add(database)
      const url = await createDatabase(database)
      let env: Record<string, string> = appEnv(url)
      if (dashboard) {
        const started = Date.now()
        await buildDashboard(dir, env)
        time(`${label}: medusa build --admin-only`, started)
        env = { ...env, MEDUSA_ADMIN_DISABLED: "false" }
      }
      app = await migrateAndStart(dir, env, time)

      sql = new Client({ connectionString: url })
      await sql.connect()
      const ctx = {
        http: http(app.baseUrl),
        admin: await adminClient(
          app.baseUrl,
          app.adminEmail,
          app.adminPassword
        ),
        sql: async (text: string, values?: unknown[]) =>
          (await sql!.query(text, values as any[])).rows,
        log,
      }
      for (const scenario of list) {
        const started = Date.now()
        await scenario.flow(ctx)
        time(`${label}: ${scenario.name} flow`, started)
      }
      if (dashboard) {
        const started = Date.now()
        const rendered = await renderScreens(
          app,
          list,
          ctx,
          path.join(work, "screens")
        )
        time(`${label}: the plugins' dashboard screens`, started)
        // Every scenario that has a screen: none skipped.
        expect(Object.keys(rendered).sort()).toEqual(
          list
            .filter((s) => s.screen)
            .map((s) => s.name)
            .sort()
        )
        log(`screens rendered: ${JSON.stringify(rendered)}`)
      }
    } catch (e) {
      if (app) {
        log(`server output (tail):\n${app.server.output().slice(-3000)}`)
      }
      throw e
    } finally {
      await sql?.end().catch(() => undefined)
      if (app) {
        const started = Date.now()
        await app.server.stop()
        time(`${label}: stop`, started)
      }
      for (const scenario of running) {
        await scenario.stop?.().catch((e) => log(`${scenario.name}: ${e}`))
      }
      await dropDatabase(database).catch((e) => log(e.message))
      databases.delete(database)
      if (!KEEP) remove(dir)
    }
  }

  for (const scenario of scenarios) {
    it(`${scenario.name}: installed alone from its tarball, migrates, starts, runs its flow`, async () => {
      const started = Date.now()
      await install(scenario.name, [scenario])
      time(`${scenario.name}: whole scenario`, started)
    })
  }

  // With a single scenario this would repeat it; it runs from the second on.
  const together = scenarios.length > 1 ? it : it.skip
  together(
    "all plugins installed together, migrate, start, run every flow, render each plugin's dashboard screen",
    async () => {
      const started = Date.now()
      await install("all", scenarios, { dashboard: true })
      time("all plugins: whole scenario", started)
    }
  )
})
