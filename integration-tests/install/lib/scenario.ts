import type { Http } from "./http"

/** What the fixture's medusa-config.ts reads: a merchant's `plugins` and `modules`. */
export type InstallConfig = {
  plugins: { resolve: string; options: Record<string, unknown> }[]
  modules: {
    resolve: string
    key?: string
    options?: Record<string, unknown> & {
      providers?: Record<string, unknown>[]
    }
  }[]
}

export type FlowContext = {
  /** Anonymous client (Store API with a publishable key header, hooks). */
  http: Http
  /** Admin API client, logged in as the admin `medusa user` created. */
  admin: Http
  /** Direct SQL on the scenario's database, for checks a merchant would make in the admin. */
  sql: <T = any>(text: string, values?: unknown[]) => Promise<T[]>
  log: (message: string) => void
}

/**
 * One plugin installed into the plain fixture app: the workspace packages to
 * pack and install (their `@bozor/*` dependencies and peers are added), the
 * config a merchant would write, and the plugin's main flow over HTTP.
 */
export type Scenario = {
  name: string
  /** Package names, e.g. `@bozor/medusa-payme`. */
  packages: string[]
  config: () => InstallConfig
  flow: (ctx: FlowContext) => Promise<void>
  /**
   * Starts what the scenario talks to outside the app (a local fake of an
   * external API) before `config()` is read; `stop` closes it.
   */
  start?: () => Promise<void>
  stop?: () => Promise<void>
  /**
   * One of the plugin's dashboard screens, opened in the all-plugins run:
   * its path under `/app` (it may depend on what the flow created) and a
   * selector that shows only once the screen rendered its data.
   */
  screen?: (ctx: FlowContext) => Promise<{ path: string; ready: string }>
}

/**
 * The config of several scenarios at once, as one merchant would write it:
 * plugins listed once each, a module (e.g. the Payment Module) once with all
 * its providers.
 */
export function mergeConfigs(configs: InstallConfig[]): InstallConfig {
  const merged: InstallConfig = { plugins: [], modules: [] }
  for (const config of configs) {
    for (const plugin of config.plugins) {
      if (!merged.plugins.some((p) => p.resolve === plugin.resolve)) {
        merged.plugins.push(plugin)
      }
    }
    for (const mod of config.modules) {
      const same = merged.modules.find(
        (m) => m.resolve === mod.resolve && m.key === mod.key
      )
      if (!same) {
        merged.modules.push(structuredClone(mod))
        continue
      }
      const { providers = [], ...options } = mod.options ?? {}
      same.options = {
        ...same.options,
        ...options,
        providers: [...(same.options?.providers ?? []), ...providers],
      }
    }
  }
  return merged
}

/**
 * The page of the newest order whose payment log (an admin route answering
 * `{ [key]: [...] }` for `?order_id=`) has an entry: the order a payment
 * flow placed, for its order-page widget.
 */
export async function orderPageWithLog(
  ctx: FlowContext,
  route: string,
  key: string
): Promise<string> {
  const { orders } = await ctx.admin.ok(
    "GET",
    "/admin/orders?fields=id&order=-created_at&limit=50"
  )
  for (const { id } of orders as { id: string }[]) {
    const log = await ctx.admin.ok("GET", `${route}?order_id=${id}`)
    if (log[key].length) return `/orders/${id}`
  }
  throw new Error(`No order has entries in ${route}`)
}
