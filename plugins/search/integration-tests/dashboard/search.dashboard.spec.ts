import { useDashboardStore } from "../../../../integration-tests/helpers/dashboard"
import { createMeilisearchFake } from "../fakes/meilisearch"

jest.setTimeout(180 * 1000)

// The merchant rebuilds the product index from the dashboard: the store runs
// on the Meilisearch provider (against the local fake), /app/settings/product-search
// shows the index and Meilisearch's health, Reindex shows its progress until
// done, and the Admin API shows the new version serving.
const API_KEY = "dashboard-meili-key"
const fake = createMeilisearchFake({ apiKey: API_KEY })
// Read by the harness in its beforeAll, after this one has filled it in.
const env: Record<string, string> = {}

beforeAll(async () => {
  env.MEILISEARCH_HOST = await fake.listen()
  env.MEILISEARCH_API_KEY = API_KEY
  env.SEARCH_PROVIDER = "meilisearch"
})

afterAll(() => fake.close())

describe("search dashboard", () => {
  const store = useDashboardStore({ env })

  const status = async () =>
    (await store.admin.get("/admin/search/status")).data.search

  it("reindexes from the settings page and shows the progress until done", async () => {
    const { data: products } = await store.admin.get(
      "/admin/products?limit=1&fields=id"
    )
    // The store starts from a copy of the PostgreSQL-indexed demo store: the
    // migration moves the index to Meilisearch and the boot seed fills it.
    const ready = (s: any) =>
      s.index?.provider === "meilisearch" &&
      s.documents === products.count &&
      !s.reindex.running
    let before = await status()
    for (let i = 0; i < 240 && !ready(before); i++) {
      await new Promise((r) => setTimeout(r, 250))
      before = await status()
    }
    expect(before).toMatchObject({
      index: { provider: "meilisearch", status: "ready" },
      documents: products.count,
      reindex: { running: false },
      meilisearch: { reachable: true, pending_tasks: 0 },
    })
    const version = before.index.active_version

    const page = store.page
    await store.gotoApp("/settings/product-search")
    const provider = page.locator('[data-testid="search-provider"]')
    await provider.waitFor()
    expect(await provider.innerText()).toBe("Meilisearch")
    expect(
      await page.locator('[data-testid="search-meilisearch"]').innerText()
    ).toContain("Reachable")
    expect(
      await page.locator('[data-testid="search-documents"]').innerText()
    ).toBe(`${products.count} of ${products.count} products`)
    expect(
      await page.locator('[data-testid="search-pending-tasks"]').innerText()
    ).toBe("0")

    // Meilisearch holds the tasks: the reindex stays in progress meanwhile.
    fake.hold()
    try {
      await page.locator('[data-testid="search-reindex"]').click()
      await page
        .getByRole("alertdialog")
        .getByRole("button", { name: "Reindex" })
        .click()
      const progress = page.locator('[data-testid="search-reindex-progress"]')
      await progress.waitFor()
      expect(["starting", "running"]).toContain(
        await progress.getAttribute("data-state")
      )
      const running = await status()
      expect(running.reindex.running).toBe(true)
      expect(running.meilisearch.pending_tasks).toBeGreaterThanOrEqual(1)
      // A second start while it runs is refused.
      const again = await store.admin
        .post("/admin/search/reindex", {})
        .catch((e: any) => e.response)
      expect(again.status).toBe(409)
      expect(
        await page.locator('[data-testid="search-reindex"]').isDisabled()
      ).toBe(true)
    } finally {
      fake.release()
    }

    await page
      .locator('[data-testid="search-reindex-progress"][data-state="done"]')
      .waitFor({ timeout: 60_000 })
    expect(
      await page.locator('[data-testid="search-reindex-message"]').innerText()
    ).toBe(`Done: ${products.count} documents indexed`)
    expect(
      await page.locator('[data-testid="search-active-version"]').innerText()
    ).toBe(String(version + 1))

    const after = await status()
    expect(after).toMatchObject({
      index: { status: "ready", active_version: version + 1 },
      documents: products.count,
      last_sync: { status: "done", documents_synced: products.count },
      reindex: { running: false },
      meilisearch: { reachable: true, pending_tasks: 0 },
    })
    // The new version is a new Meilisearch index holding every product.
    const fresh = [...fake.indexes.values()].filter(
      (index) => index.documents.size === products.count
    )
    expect(fresh.length).toBeGreaterThanOrEqual(1)
    await store.screenshot("search-page")
  })
})
