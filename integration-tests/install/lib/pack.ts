import fs from "node:fs"
import path from "node:path"
import { cleanEnv, run } from "./proc"

// Builds (when stale) and packs the workspace packages a scenario installs,
// and checks what each tarball holds.

export const root = path.resolve(__dirname, "..", "..", "..")
const { newestMtime } = require(
  path.join(root, "scripts", "lib", "build-workspaces.js")
) as { newestMtime: (p: string) => number }

export type Workspace = {
  name: string
  version: string
  dir: string
  /** `plugin`: a Medusa plugin (`.medusa/server`); `library`: a plain package (`dist`). */
  kind: "plugin" | "library"
  /** `@bozor/*` packages it needs at run time (dependencies and peers). */
  bozorDeps: string[]
}

export type Packed = Workspace & {
  tarball: string
  size: number
  /** Paths inside the tarball, without tar's `package/` prefix. */
  entries: string[]
}

export function workspaces(): Map<string, Workspace> {
  const found = new Map<string, Workspace>()
  for (const [folder, kind] of [
    ["plugins", "plugin"],
    ["packages", "library"],
  ] as const) {
    const base = path.join(root, folder)
    if (!fs.existsSync(base)) continue
    for (const name of fs.readdirSync(base)) {
      const file = path.join(base, name, "package.json")
      if (!fs.existsSync(file)) continue
      const pkg = JSON.parse(fs.readFileSync(file, "utf8"))
      const deps = { ...pkg.dependencies, ...pkg.peerDependencies }
      found.set(pkg.name, {
        name: pkg.name,
        version: pkg.version,
        dir: path.dirname(file),
        kind,
        bozorDeps: Object.keys(deps).filter((d) => d.startsWith("@bozor/")),
      })
    }
  }
  return found
}

/** The packages plus every `@bozor/*` package they need, needed ones first. */
export function closure(names: string[], all = workspaces()): Workspace[] {
  const ordered: Workspace[] = []
  const visit = (name: string, from?: string) => {
    if (ordered.some((w) => w.name === name)) return
    const ws = all.get(name)
    if (!ws) {
      throw new Error(
        `${name}${from ? ` (needed by ${from})` : ""} is not a workspace package: a third party could not install it`
      )
    }
    ws.bozorDeps.forEach((dep) => visit(dep, name))
    ordered.push(ws)
  }
  names.forEach((name) => visit(name))
  return ordered
}

/** True when the plugin has a build (the moved plugins get one with their sources). */
export function hasBuild(ws: Workspace) {
  return fs.existsSync(
    path.join(ws.dir, ws.kind === "plugin" ? ".medusa/server/src" : "dist")
  )
}

/**
 * Builds a workspace when its sources are newer than its build, with the same
 * stamp as `scripts/lib/build-workspaces.js` (which `npm test` runs first, so
 * this usually finds everything fresh).
 */
export async function ensureBuilt(
  ws: Workspace,
  time: (label: string, started: number) => void
) {
  const outDir = ws.kind === "plugin" ? ".medusa/server" : "dist"
  const stampFile = path.join(ws.dir, outDir, ".bozor-build.json")
  const sources = Math.max(
    ...["src", "package.json", "tsconfig.json"].map((p) =>
      newestMtime(path.join(ws.dir, p))
    )
  )
  let stamp: { sourcesMtime?: number } | null = null
  try {
    stamp = JSON.parse(fs.readFileSync(stampFile, "utf8"))
  } catch {}
  if (stamp?.sourcesMtime !== undefined && stamp.sourcesMtime >= sources) {
    return
  }
  const started = Date.now()
  const bin = path.join(root, "node_modules", ".bin")
  if (ws.kind === "plugin") {
    await run(path.join(bin, "medusa"), ["plugin:build"], {
      cwd: ws.dir,
      env: cleanEnv(),
    })
  } else {
    await run(path.join(bin, "tsc"), ["-p", "."], { cwd: ws.dir })
  }
  fs.mkdirSync(path.dirname(stampFile), { recursive: true })
  fs.writeFileSync(stampFile, JSON.stringify({ sourcesMtime: sources }))
  time(`build of ${ws.name} (its sources were newer)`, started)
}

/** `npm pack` into `dest`; lists the tarball with `tar -tzf`. */
export async function pack(ws: Workspace, dest: string): Promise<Packed> {
  await run("npm", ["pack", "--pack-destination", dest], {
    cwd: ws.dir,
    env: cleanEnv(),
  })
  const file = `${ws.name.replace(/^@/, "").replace("/", "-")}-${ws.version}.tgz`
  const tarball = path.join(dest, file)
  const listing = await run("tar", ["-tzf", tarball], { cwd: dest })
  const entries = listing
    .split("\n")
    .filter(Boolean)
    .map((line) => line.replace(/^package\//, ""))
  return { ...ws, tarball, size: fs.statSync(tarball).size, entries }
}

/**
 * What is wrong with a tarball's content; empty when it holds exactly the
 * package.json, README, licence and the package's own build.
 */
export function tarballProblems(p: Packed): string[] {
  const problems: string[] = []
  const buildDir = p.kind === "plugin" ? ".medusa/server/" : "dist/"
  for (const required of ["package.json", "README.md", "LICENSE"]) {
    if (!p.entries.includes(required)) {
      problems.push(`${required} is missing`)
    }
  }
  if (!p.entries.some((e) => e.startsWith(buildDir))) {
    problems.push(`no build (${buildDir}) in the tarball`)
  }
  for (const entry of p.entries) {
    if (["package.json", "README.md", "LICENSE"].includes(entry)) continue
    if (!entry.startsWith(buildDir)) {
      problems.push(`${entry}: not part of the build`)
    } else if (/(__tests__|integration-tests|\.spec\.|\.test\.)/.test(entry)) {
      problems.push(`${entry}: a test`)
    } else if (/\.tsx?$/.test(entry) && !entry.endsWith(".d.ts")) {
      problems.push(`${entry}: a source file`)
    } else if (p.kind === "plugin" && !builtFromOwnSource(p, entry)) {
      problems.push(
        `${entry}: no source of it in ${path.relative(root, p.dir)}/src`
      )
    }
  }
  return problems
}

/** Every file of a plugin's build must come from a file in its own `src/`. */
function builtFromOwnSource(p: Packed, entry: string) {
  const rel = entry.slice(".medusa/server/".length)
  if (!rel.startsWith("src/")) {
    // The build stamp `npm test` writes beside the build.
    return rel === ".bozor-build.json"
  }
  // `medusa plugin:build` generates the admin extension entry points.
  if (/^src\/admin\/index\.m?js$/.test(rel)) return true
  const stem = rel.replace(/(\.d\.ts|\.m?js|\.json)$/, "")
  return [".ts", ".tsx", ".js", ".json"].some((ext) =>
    fs.existsSync(path.join(p.dir, stem + ext))
  )
}
