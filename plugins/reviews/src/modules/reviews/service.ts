import type { Context } from "@medusajs/framework/types"
import type { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  generateEntityId,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { Review } from "./models/review"
import { ReviewReport } from "./models/review-report"
import { ReviewStats } from "./models/review-stats"
import { ReviewVote } from "./models/review-vote"
import {
  DEFAULT_REVIEWS_OPTIONS,
  type ResolvedReviewsModuleOptions,
  type ReviewRow,
  type ReviewStatsDTO,
  type ReviewStatsRow,
  type ReviewsModuleOptions,
  type ReviewVoteRow,
  type UpsertCustomerReviewInput,
  type UpsertCustomerReviewResult,
} from "./types"
import { REVIEW_COLUMNS } from "./columns"

/**
 * Reviews, votes, reports and per-product stats. Writes go through the
 * workflows in `src/workflows/reviews` of this plugin; the custom methods below hold the
 * read-check-write sequences that must be atomic, each in one transaction
 * serialised by a PostgreSQL advisory lock.
 */
export default class ReviewsModuleService extends MedusaService({
  Review,
  ReviewVote,
  ReviewReport,
  ReviewStats,
}) {
  protected readonly options_: ResolvedReviewsModuleOptions

  constructor(
    container: Record<string, unknown>,
    options: ReviewsModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = { ...DEFAULT_REVIEWS_OPTIONS, ...stripUndefined(options) }
  }

  /** The effective module options. */
  getOptions(): ResolvedReviewsModuleOptions {
    return { ...this.options_ }
  }

  /**
   * Creates the customer's review of a product, or edits it when one exists
   * (one review per customer and product). A new review counts against the
   * rate limit, counted from the `review` table; an edit does not. New and
   * edited reviews are `pending` unless `autoApprove` is on. Concurrent
   * calls of one customer are serialised, so two identical parallel creates
   * give one review.
   */
  @InjectTransactionManager()
  async upsertCustomerReview(
    input: UpsertCustomerReviewInput,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<UpsertCustomerReviewResult> {
    const knex = this.knex_(sharedContext)
    await lock(knex, `reviews:customer:${input.customer_id}`)
    const status = this.options_.autoApprove ? "approved" : "pending"
    const now = new Date()

    const existing: ReviewRow | undefined = await knex("review")
      .where({ product_id: input.product_id, customer_id: input.customer_id })
      .whereNull("deleted_at")
      .forUpdate()
      .first(REVIEW_COLUMNS)

    if (existing) {
      const [review] = await knex("review")
        .where({ id: existing.id })
        .update({
          rating: input.rating,
          title: input.title ?? null,
          content: input.content,
          media: input.media ?? null,
          status,
          rejection_reason: null,
          moderated_at: status === "approved" ? now : null,
          // Once verified, an edit keeps the mark.
          verified_purchase:
            existing.verified_purchase || input.verified_purchase,
          updated_at: now,
        })
        .returning(REVIEW_COLUMNS)
      return { review, created: false, previous: existing }
    }

    const { rateLimitMax, rateLimitWindowSeconds } = this.options_
    if (rateLimitMax > 0) {
      // Live reviews only (customers cannot delete theirs; a review the
      // merchant deleted no longer counts).
      const since = new Date(now.getTime() - rateLimitWindowSeconds * 1000)
      const [{ count }] = await knex("review")
        .where({ customer_id: input.customer_id })
        .whereNull("deleted_at")
        .andWhere("created_at", ">", since)
        .count<{ count: string }[]>("* as count")
      if (Number(count) >= rateLimitMax) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Customer ${input.customer_id} has written ${count} reviews in the last ${rateLimitWindowSeconds} seconds; the limit is ${rateLimitMax}. Try again later.`
        )
      }
    }

    const [review] = await knex("review")
      .insert({
        id: generateEntityId(undefined, "rev"),
        product_id: input.product_id,
        customer_id: input.customer_id,
        author_name: input.author_name ?? null,
        rating: input.rating,
        title: input.title ?? null,
        content: input.content,
        media: input.media ?? null,
        status,
        moderated_at: status === "approved" ? now : null,
        verified_purchase: input.verified_purchase,
        created_at: now,
        updated_at: now,
      })
      .returning(REVIEW_COLUMNS)
    return { review, created: true, previous: null }
  }

  /**
   * Sets (`helpful` true/false) or removes (`null`) a customer's vote on a
   * review and recounts the review's vote counters from the votes. Returns
   * the previous vote so a compensation can put it back.
   */
  @InjectTransactionManager()
  async setReviewVote(
    reviewId: string,
    customerId: string,
    helpful: boolean | null,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<{ previous: boolean | null; review: ReviewRow }> {
    const knex = this.knex_(sharedContext)
    // The review row lock serialises votes on one review.
    const review = await knex("review")
      .where({ id: reviewId })
      .whereNull("deleted_at")
      .forUpdate()
      .first("id")
    if (!review) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Review with id: ${reviewId} was not found`
      )
    }
    const existing: ReviewVoteRow | undefined = await knex("review_vote")
      .where({ review_id: reviewId, customer_id: customerId })
      .whereNull("deleted_at")
      .first("id", "helpful")
    const now = new Date()
    if (helpful === null) {
      if (existing) {
        await knex("review_vote").where({ id: existing.id }).delete()
      }
    } else if (existing) {
      await knex("review_vote")
        .where({ id: existing.id })
        .update({ helpful, updated_at: now })
    } else {
      await knex("review_vote").insert({
        id: generateEntityId(undefined, "revvote"),
        review_id: reviewId,
        customer_id: customerId,
        helpful,
        created_at: now,
        updated_at: now,
      })
    }
    const counts = knex("review_vote")
      .where({ review_id: reviewId })
      .whereNull("deleted_at")
    const [{ helpful_count, unhelpful_count }] = await counts.select(
      knex.raw(
        "count(*) filter (where helpful)::int as helpful_count, count(*) filter (where not helpful)::int as unhelpful_count"
      )
    )
    const [updated] = await knex("review")
      .where({ id: reviewId })
      .update({ helpful_count, unhelpful_count })
      .returning(REVIEW_COLUMNS)
    return { previous: existing ? existing.helpful : null, review: updated }
  }

  /**
   * Records (or, with `reason === undefined` and `remove`, deletes) a
   * customer's abuse report on a review and recounts `report_count`. One
   * report per customer and review; a repeated report updates the reason.
   */
  @InjectTransactionManager()
  async setReviewReport(
    reviewId: string,
    customerId: string,
    report: { reason: string | null } | null,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<{
    previous: { reason: string | null } | null
    review: ReviewRow
  }> {
    const knex = this.knex_(sharedContext)
    const review = await knex("review")
      .where({ id: reviewId })
      .whereNull("deleted_at")
      .forUpdate()
      .first("id")
    if (!review) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Review with id: ${reviewId} was not found`
      )
    }
    const existing: { id: string; reason: string | null } | undefined =
      await knex("review_report")
        .where({ review_id: reviewId, customer_id: customerId })
        .whereNull("deleted_at")
        .first("id", "reason")
    const now = new Date()
    if (report === null) {
      if (existing) {
        await knex("review_report").where({ id: existing.id }).delete()
      }
    } else if (existing) {
      await knex("review_report")
        .where({ id: existing.id })
        .update({ reason: report.reason, updated_at: now })
    } else {
      await knex("review_report").insert({
        id: generateEntityId(undefined, "revrep"),
        review_id: reviewId,
        customer_id: customerId,
        reason: report.reason,
        created_at: now,
        updated_at: now,
      })
    }
    const [{ report_count }] = await knex("review_report")
      .where({ review_id: reviewId })
      .whereNull("deleted_at")
      .select(knex.raw("count(*)::int as report_count"))
    const [updated] = await knex("review")
      .where({ id: reviewId })
      .update({ report_count })
      .returning(REVIEW_COLUMNS)
    return {
      previous: existing ? { reason: existing.reason } : null,
      review: updated,
    }
  }

  /**
   * Recomputes the stats rows of the given products from their approved,
   * live reviews (one aggregate per product, exact) and returns them. An
   * advisory lock per product serialises recomputations, and the aggregate
   * runs after the lock is held, so it sees every committed review change:
   * the last recomputation of a product always wins with fresh numbers.
   */
  @InjectTransactionManager()
  async recomputeReviewStats(
    productIds: string[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<ReviewStatsRow[]> {
    const knex = this.knex_(sharedContext)
    const ids = [...new Set(productIds)].sort()
    const rows: ReviewStatsRow[] = []
    for (const productId of ids) {
      await lock(knex, `reviews:stats:${productId}`)
      const result = await knex.raw(
        `insert into "review_stats" ("id", "product_id", "count", "average", "rating_1", "rating_2", "rating_3", "rating_4", "rating_5", "created_at", "updated_at")
         select ?, ?, count(*)::int, coalesce(round(avg(rating)::numeric, 2), 0)::float8,
           count(*) filter (where rating = 1)::int, count(*) filter (where rating = 2)::int,
           count(*) filter (where rating = 3)::int, count(*) filter (where rating = 4)::int,
           count(*) filter (where rating = 5)::int, now(), now()
         from "review" where "product_id" = ? and "status" = 'approved' and "deleted_at" is null
         on conflict ("product_id") where "deleted_at" is null do update set
           "count" = excluded."count", "average" = excluded."average",
           "rating_1" = excluded."rating_1", "rating_2" = excluded."rating_2",
           "rating_3" = excluded."rating_3", "rating_4" = excluded."rating_4",
           "rating_5" = excluded."rating_5", "updated_at" = now()
         returning "id", "product_id", "count", "average", "rating_1", "rating_2", "rating_3", "rating_4", "rating_5"`,
        [generateEntityId(undefined, "revstat"), productId, productId]
      )
      rows.push(result.rows[0])
    }
    return rows
  }

  /**
   * Puts stats rows back as they were (compensation of a recomputation):
   * rows that did not exist before are deleted.
   */
  @InjectTransactionManager()
  async putBackReviewStats(
    productIds: string[],
    previous: ReviewStatsRow[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<void> {
    const knex = this.knex_(sharedContext)
    for (const productId of [...new Set(productIds)].sort()) {
      await lock(knex, `reviews:stats:${productId}`)
      const before = previous.find((p) => p.product_id === productId)
      if (!before) {
        await knex("review_stats").where({ product_id: productId }).delete()
        continue
      }
      const { id: _id, product_id: _p, ...values } = before
      await knex("review_stats")
        .where({ product_id: productId })
        .whereNull("deleted_at")
        .update({ updated_at: new Date(), ...values })
    }
  }

  /** The `review_stats` fields `toStatsDTO` reads. */
  static readonly STATS_FIELDS = [
    "count",
    "average",
    "rating_1",
    "rating_2",
    "rating_3",
    "rating_4",
    "rating_5",
  ]

  /** Stats of one product as the Store API shows them (zeros when it has none). */
  static toStatsDTO(
    row?:
      | {
          [K in keyof Omit<ReviewStatsRow, "id" | "product_id">]?: unknown
        }
      | null
  ): ReviewStatsDTO {
    return {
      average: Number(row?.average ?? 0),
      count: Number(row?.count ?? 0),
      distribution: {
        "1": Number(row?.rating_1 ?? 0),
        "2": Number(row?.rating_2 ?? 0),
        "3": Number(row?.rating_3 ?? 0),
        "4": Number(row?.rating_4 ?? 0),
        "5": Number(row?.rating_5 ?? 0),
      },
    }
  }

  private knex_(sharedContext: Context<SqlEntityManager>): Knex {
    const manager = sharedContext.transactionManager!
    return manager.getTransactionContext() ?? manager.getKnex()
  }
}

/** Transaction-scoped advisory lock on a string key (released at commit/rollback). */
async function lock(knex: Knex, key: string) {
  await knex.raw("select pg_advisory_xact_lock(hashtextextended(?, 0))", [key])
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined)
  ) as Partial<T>
}
