import { useDashboardStore } from "../../../../integration-tests/helpers/dashboard"

jest.setTimeout(180 * 1000)

type Customer = { id: string; token: string }

// The merchant moderates reviews in the dashboard: customers write them
// through the Store API, the admin approves, rejects with a reason and
// batch-approves on /app/reviews, and the Admin API shows the result.
describe("reviews dashboard", () => {
  const store = useDashboardStore()
  let products: { id: string; title: string }[]
  const reviews: Record<string, string> = {}

  const registerCustomer = async (
    email: string,
    first_name: string,
    last_name: string
  ): Promise<Customer> => {
    const password = "dashboard-customer-1"
    const reg = await store.storefront.post(
      "/auth/customer/emailpass/register",
      { email, password }
    )
    const { data } = await store.storefront.post(
      "/store/customers",
      { email, first_name, last_name },
      { headers: { authorization: `Bearer ${reg.data.token}` } }
    )
    const login = await store.storefront.post("/auth/customer/emailpass", {
      email,
      password,
    })
    return { id: data.customer.id, token: login.data.token }
  }

  const writeReview = async (
    customer: Customer,
    productId: string,
    body: Record<string, unknown>
  ) => {
    const { data, status } = await store.storefront.post(
      `/store/products/${productId}/reviews`,
      body,
      { headers: { authorization: `Bearer ${customer.token}` } }
    )
    expect(status).toBe(201)
    return data.review.id as string
  }

  const review = async (id: string) =>
    (await store.admin.get(`/admin/reviews/${id}`)).data.review

  /** Polls the Admin API (bounded) until the review has `status`. */
  const reviewWithStatus = async (id: string, status: string) => {
    for (let i = 0; i < 40; i++) {
      const r = await review(id)
      if (r.status === status) return r
      await new Promise((r) => setTimeout(r, 250))
    }
    return review(id)
  }

  const row = (id: string) =>
    store.page.locator(`[data-testid="review-row"][data-review-id="${id}"]`)

  beforeAll(async () => {
    const res = await store.storefront.get(
      "/store/products?limit=2&order=created_at&fields=id,title"
    )
    products = res.data.products
    const [alisa, bobur, dilnoza, sardor] = await Promise.all([
      registerCustomer("alisa@dashboard.bozor.uz", "Alisa", "Karimova"),
      registerCustomer("bobur@dashboard.bozor.uz", "Bobur", "Toshev"),
      registerCustomer("dilnoza@dashboard.bozor.uz", "Dilnoza", "Rahimova"),
      registerCustomer("sardor@dashboard.bozor.uz", "Sardor", "Aliyev"),
    ])
    const [a, b] = products
    reviews.toApprove = await writeReview(alisa, a.id, {
      rating: 5,
      title: "Zo'r mahsulot",
      content: "Sifati a'lo, tez yetkazib berishdi. Tavsiya qilaman!",
    })
    reviews.toReject = await writeReview(bobur, a.id, {
      rating: 1,
      title: "Reklama",
      content: "Arzon narxlar bizning do'konimizda, kanalimizga a'zo bo'ling",
    })
    reviews.batchOne = await writeReview(dilnoza, a.id, {
      rating: 4,
      content: "Yaxshi, lekin o'rami biroz ezilgan edi.",
    })
    reviews.batchTwo = await writeReview(sardor, b.id, {
      rating: 3,
      title: "O'rtacha",
      content: "Narxiga yarasha.",
    })
  })

  it("shows the pending queue and approves a review through the UI", async () => {
    await store.gotoApp("/reviews")
    await row(reviews.toApprove).waitFor()
    // The pending queue is the default: all four reviews wait there.
    await expect(
      store.page.locator('[data-testid="review-row"]').count()
    ).resolves.toBe(4)
    expect(
      await row(reviews.toApprove)
        .locator('[data-testid="review-rating"]')
        .getAttribute("data-rating")
    ).toBe("5")
    expect(await row(reviews.toApprove).innerText()).toContain("Alisa Karimova")
    expect(await row(reviews.toApprove).innerText()).toContain(
      products[0].title
    )
    await store.screenshot("reviews-page")

    await row(reviews.toApprove)
      .locator('[data-testid="review-approve"]')
      .click()
    // Approved reviews leave the pending queue.
    await row(reviews.toApprove).waitFor({ state: "detached" })

    const approved = await reviewWithStatus(reviews.toApprove, "approved")
    expect(approved).toEqual(
      expect.objectContaining({
        id: reviews.toApprove,
        status: "approved",
        rejection_reason: null,
      })
    )
  })

  it("rejects a review with the reason typed in the prompt", async () => {
    const reason = "Reklama: mahsulot haqida emas"
    await store.gotoApp("/reviews")
    await row(reviews.toReject).locator('[data-testid="review-reject"]').click()
    const prompt = store.page.locator('[data-testid="reject-review-prompt"]')
    await prompt.waitFor()
    await prompt.locator('[data-testid="reject-reason"]').fill(reason)
    await prompt.locator('[data-testid="reject-confirm"]').click()
    await row(reviews.toReject).waitFor({ state: "detached" })

    const rejected = await reviewWithStatus(reviews.toReject, "rejected")
    expect(rejected.status).toBe("rejected")
    expect(rejected.rejection_reason).toBe(reason)

    // The rejected filter shows it with its reason.
    await store.gotoApp("/reviews?status=rejected")
    await row(reviews.toReject).waitFor()
    expect(
      await row(reviews.toReject)
        .locator('[data-testid="review-rejection-reason"]')
        .innerText()
    ).toContain(reason)
  })

  it("approves the selected reviews at once", async () => {
    await store.gotoApp("/reviews")
    await row(reviews.batchOne).waitFor()
    await row(reviews.batchOne).locator('[data-testid="review-select"]').click()
    await row(reviews.batchTwo).locator('[data-testid="review-select"]').click()
    await store.page.locator('[data-testid="batch-approve"]').click()
    await store.page.locator('[data-testid="reviews-empty"]').waitFor()

    for (const id of [reviews.batchOne, reviews.batchTwo]) {
      expect((await reviewWithStatus(id, "approved")).status).toBe("approved")
    }
  })

  it("shows the product's rating stats on its page and links to its reviews", async () => {
    const [a] = products
    // Approved on this product: 5 (Alisa) and 4 (Dilnoza); 1 was rejected.
    const stats = (
      await store.admin.get(`/admin/reviews/stats?product_id=${a.id}`)
    ).data.stats
    expect(stats).toEqual({
      product_id: a.id,
      average: 4.5,
      count: 2,
      distribution: { "1": 0, "2": 0, "3": 0, "4": 1, "5": 1 },
    })

    await store.gotoApp(`/products/${a.id}`)
    const widget = store.page.locator('[data-testid="product-review-stats"]')
    await widget.waitFor()
    await widget
      .locator('[data-testid="product-review-average"]')
      .waitFor({ state: "visible" })
    expect(
      await widget.locator('[data-testid="product-review-average"]').innerText()
    ).toBe("4.5")
    expect(
      await widget.locator('[data-testid="product-review-count"]').innerText()
    ).toBe("2 approved reviews")
    expect(
      await widget.locator('[data-testid="product-review-star-5"]').innerText()
    ).toMatch(/5\s+1/)
    await widget.scrollIntoViewIfNeeded()
    await store.screenshot("reviews-product-widget")

    await widget.locator('[data-testid="product-review-link"]').click()
    await store.page.waitForURL((url) => url.pathname === "/app/reviews")
    const url = new URL(store.page.url())
    expect(url.searchParams.get("product_id")).toBe(a.id)
    await row(reviews.toApprove).waitFor()
    const shown = await store.page
      .locator('[data-testid="review-row"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-review-id")))
    expect(shown.sort()).toEqual(
      [reviews.toApprove, reviews.toReject, reviews.batchOne].sort()
    )
  })
})
