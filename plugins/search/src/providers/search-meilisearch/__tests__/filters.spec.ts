import { idsOnly, toMeilisearchFilter } from "../filters"

describe("Meilisearch filter compilation", () => {
  it.each([
    [{ status: "published" }, `status = "published"`],
    [{ in_stock: true }, `in_stock = true`],
    [{ collection_id: null }, `collection_id IS NULL`],
    [{ tags: ["a", "b"] }, `tags IN ["a", "b"]`],
    [
      { price_uzs: { $gte: 1000, $lt: 5000 } },
      `(price_uzs >= 1000) AND (price_uzs < 5000)`,
    ],
    [{ tags: { $nin: ["x"] } }, `tags NOT IN ["x"]`],
    [{ tags: { $contains: "x" } }, `tags = "x"`],
    [{ handle: { $prefix: "qo" } }, `handle STARTS WITH "qo"`],
    [{ thumbnail: { $exists: false } }, `thumbnail NOT EXISTS`],
    [{ status: { $ne: "draft" } }, `status != "draft"`],
    [
      { $or: [{ status: "a" }, { status: "b" }], in_stock: true },
      `((status = "a") OR (status = "b")) AND (in_stock = true)`,
    ],
    [{ $not: { status: "draft" } }, `NOT (status = "draft")`],
    [{ q: "ignored", status: "x" }, `status = "x"`],
    [{ title: `say "hi"` }, `title = "say \\"hi\\""`],
  ])("%j → %s", (filters, expected) => {
    expect(toMeilisearchFilter(filters as any)).toBe(expected)
  })

  it("rejects operators and field names it cannot express", () => {
    expect(() => toMeilisearchFilter({ title: { $like: "%a%" } })).toThrow(
      /\$like/
    )
    expect(() => toMeilisearchFilter({ "a OR 1": "x" })).toThrow(
      /Invalid search filter field/
    )
  })

  it("recognises a delete by id", () => {
    expect(idsOnly({ id: ["a", "b"] }, "id")).toEqual(["a", "b"])
    expect(idsOnly({ id: { $in: ["a"] } }, "id")).toEqual(["a"])
    expect(idsOnly({ id: "a" }, "id")).toEqual(["a"])
    expect(idsOnly({ id: ["a"], status: "x" }, "id")).toBeUndefined()
    expect(idsOnly({ status: "x" }, "id")).toBeUndefined()
  })
})
