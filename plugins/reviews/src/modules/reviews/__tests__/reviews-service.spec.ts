import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { REVIEWS_MODULE } from ".."
import { validateReviewsOptions } from "../loaders/validate-options"
import { Review } from "../models/review"
import { ReviewReport } from "../models/review-report"
import { ReviewStats } from "../models/review-stats"
import { ReviewVote } from "../models/review-vote"
import ReviewsModuleService from "../service"
import type { UpsertCustomerReviewInput } from "../types"
import { useEmptyDatabase } from "../../../../../../integration-tests/helpers/empty-database"

jest.setTimeout(60 * 1000)

const review = (
  customer_id: string,
  rating: number,
  product_id = "prod_1"
): UpsertCustomerReviewInput => ({
  product_id,
  customer_id,
  rating,
  content: `Rated ${rating}`,
  verified_purchase: false,
})

describe("validateReviewsOptions", () => {
  it.each([
    [{ autoApprove: "yes" }, /autoApprove/],
    [{ rateLimitMax: -1 }, /rateLimitMax/],
    [{ rateLimitMax: 1.5 }, /rateLimitMax/],
    [{ rateLimitMax: Number("abc") }, /rateLimitMax/],
    [{ rateLimitWindowSeconds: 0 }, /rateLimitWindowSeconds/],
  ])("refuses %j", (options, message) => {
    expect(() => validateReviewsOptions(options as never)).toThrow(message)
  })

  it("accepts the defaults and valid values", () => {
    expect(() => validateReviewsOptions({})).not.toThrow()
    expect(() =>
      validateReviewsOptions({
        autoApprove: true,
        rateLimitMax: 0,
        rateLimitWindowSeconds: 60,
      })
    ).not.toThrow()
  })
})

const dbName = useEmptyDatabase("reviews")

moduleIntegrationTestRunner<ReviewsModuleService>({
  dbName,
  moduleName: REVIEWS_MODULE,
  moduleModels: [Review, ReviewVote, ReviewReport, ReviewStats],
  resolve: path.join(__dirname, ".."),
  moduleOptions: { autoApprove: true, rateLimitMax: 2 },
  testSuite: ({ service }) => {
    describe("with autoApprove", () => {
      it("approves new and edited reviews at once and keeps stats exact", async () => {
        const a = await service.upsertCustomerReview(review("cus_a", 5))
        expect(a.created).toBe(true)
        expect(a.review.status).toBe("approved")
        expect(a.review.moderated_at).toBeTruthy()
        await service.upsertCustomerReview(review("cus_b", 2))
        const [stats] = await service.recomputeReviewStats(["prod_1"])
        expect(ReviewsModuleService.toStatsDTO(stats)).toEqual({
          average: 3.5,
          count: 2,
          distribution: { "1": 0, "2": 1, "3": 0, "4": 0, "5": 1 },
        })

        const edit = await service.upsertCustomerReview(review("cus_a", 3))
        expect(edit.created).toBe(false)
        expect(edit.previous?.rating).toBe(5)
        expect(edit.review.status).toBe("approved")
        const [again] = await service.recomputeReviewStats(["prod_1"])
        expect(again.id).toBe(stats.id)
        expect(ReviewsModuleService.toStatsDTO(again).average).toBe(2.5)
      })

      it("counts only new reviews against the rate limit", async () => {
        await service.upsertCustomerReview(review("cus_a", 5, "prod_1"))
        await service.upsertCustomerReview(review("cus_a", 4, "prod_2"))
        await service.upsertCustomerReview(review("cus_a", 3, "prod_2"))
        await expect(
          service.upsertCustomerReview(review("cus_a", 4, "prod_3"))
        ).rejects.toThrow(/the limit is 2/)
        expect(
          await service.listReviews({ customer_id: "cus_a" })
        ).toHaveLength(2)
      })

      it("refuses a rating outside 1..5 in the database itself", async () => {
        await expect(
          service.createReviews(review("cus_x", 6))
        ).rejects.toThrow()
        await expect(
          service.createReviews(review("cus_x", 0))
        ).rejects.toThrow()
        expect(await service.listReviews({})).toHaveLength(0)
      })

      it("refuses a second live review of one product by one customer in the database", async () => {
        await service.createReviews(review("cus_x", 4))
        await expect(
          service.createReviews(review("cus_x", 5))
        ).rejects.toThrow()
        expect(await service.listReviews({})).toHaveLength(1)
      })

      it("puts stats back as they were", async () => {
        await service.upsertCustomerReview(review("cus_a", 5))
        const before = await service.recomputeReviewStats(["prod_1"])
        await service.upsertCustomerReview(review("cus_b", 1))
        await service.recomputeReviewStats(["prod_1", "prod_9"])
        await service.putBackReviewStats(["prod_1", "prod_9"], before)
        const rows = await service.listReviewStats({})
        expect(rows.map((r) => [r.product_id, r.count, r.average])).toEqual([
          ["prod_1", 1, 5],
        ])
      })
    })
  },
})
