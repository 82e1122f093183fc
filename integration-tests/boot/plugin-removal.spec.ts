import { boot, createMigratedDatabase, dropDatabase } from "./lib/medusa"

// The Bozor app with any one plugin taken out of its config (the
// BOZOR_DISABLED_PLUGINS list in medusa-config.ts) still boots, and keeps
// every other plugin's modules: no plugin needs another to start.
jest.setTimeout(600 * 1000)

const DB_NAME = `bozor_boot_removal_${process.pid}`

/** One module key each plugin with a data module registers. */
const PLUGIN_MODULES: Record<string, string> = {
  payme: "payme",
  click: "click",
  eskiz: "eskiz",
  notifications: "notificationTemplates",
  reviews: "reviews",
  wishlist: "wishlist",
  disputes: "disputes",
  loyalty: "loyalty",
  delivery: "delivery",
}
/** Plugins that only bring providers (and routes): they must boot out too. */
const PROVIDER_PLUGINS = ["smtp", "paypal", "search"]

function loadedModules(output: string): string[] {
  const line = output.split("\n").find((l) => l.startsWith("BOZOR_MODULES="))
  if (!line) {
    throw new Error(`the app did not boot:\n${output.slice(-3000)}`)
  }
  return JSON.parse(line.slice("BOZOR_MODULES=".length))
}

describe("each plugin can be taken out", () => {
  beforeAll(() => createMigratedDatabase(DB_NAME))
  afterAll(() => dropDatabase(DB_NAME))

  it("boots with every plugin (the control)", async () => {
    const { code, output } = await boot(DB_NAME, "list-modules-script.ts")
    expect(code).toBe(0)
    expect(loadedModules(output)).toEqual(
      expect.arrayContaining(Object.values(PLUGIN_MODULES))
    )
  })

  it.each([...Object.keys(PLUGIN_MODULES), ...PROVIDER_PLUGINS])(
    "boots without %s and keeps the others",
    async (plugin) => {
      const { code, output } = await boot(DB_NAME, "list-modules-script.ts", {
        BOZOR_DISABLED_PLUGINS: plugin,
      })
      expect(code).toBe(0)
      const modules = loadedModules(output)
      if (PLUGIN_MODULES[plugin]) {
        expect(modules).not.toContain(PLUGIN_MODULES[plugin])
      }
      const others = Object.entries(PLUGIN_MODULES)
        .filter(([name]) => name !== plugin)
        .map(([, key]) => key)
      expect(modules).toEqual(expect.arrayContaining(others))
    }
  )
})
