import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { Dispute } from "./models/dispute"
import { DisputeMessage } from "./models/dispute-message"
import { DisputeTransition } from "./models/dispute-transition"
import type {
  DisputeActor,
  DisputeStatus,
  DisputesModuleOptions,
} from "./types"

const DEFAULT_WINDOW_DAYS = 30
const DEFAULT_SLA_HOURS = 48

export type TransitionDisputeInput = {
  id: string
  from: DisputeStatus
  to: DisputeStatus
  actor: DisputeActor
  note?: string | null
  /** Other columns to set with the status (decision, refund, …). */
  data?: Record<string, unknown>
}

/** What the storefront list asks of {@link DisputesModuleService.listCustomerDisputes}. */
export type CustomerDisputesQuery = {
  /** Flat dispute columns (others are dropped). */
  select: string[]
  status?: DisputeStatus[]
  order_id?: string[]
  skip: number
  take: number
  /** Column → ASC/DESC; newest first by default. */
  order?: Record<string, string>
}

/** The dispute table's own columns, the only ones a flat read may name. */
const DISPUTE_COLUMNS = new Set([
  "id",
  "order_id",
  "customer_id",
  "status",
  "reason",
  "description",
  "requested_amount",
  "currency_code",
  "evidence",
  "decision",
  "refunded_amount",
  "resolution_note",
  "resolved_by",
  "closed_at",
  "merchant_answered_at",
  "overdue_flagged_at",
  "last_refund_error",
  "last_refund_error_at",
  "created_at",
  "updated_at",
])

/** `model.bigNumber()` columns: PostgreSQL `numeric`, served as numbers. */
const MONEY_COLUMNS = ["requested_amount", "refunded_amount"]

export default class DisputesModuleService extends MedusaService({
  Dispute,
  DisputeMessage,
  DisputeTransition,
}) {
  protected readonly options_: Required<DisputesModuleOptions>

  constructor(
    container: Record<string, unknown>,
    options: DisputesModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = {
      windowDays: options.windowDays ?? DEFAULT_WINDOW_DAYS,
      slaHours: options.slaHours ?? DEFAULT_SLA_HOURS,
    }
  }

  getOptions(): Required<DisputesModuleOptions> {
    return { ...this.options_ }
  }

  /** Creates a dispute and records its opening (null → open) atomically. */
  @InjectTransactionManager()
  async openDispute(
    data: {
      order_id: string
      customer_id: string
      reason: string
      description: string
      requested_amount?: number | string | null
      currency_code: string
      evidence?: unknown[] | null
    },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const dispute = await this.createDisputes(
      {
        ...data,
        status: "open",
        evidence: data.evidence ?? null,
      } as any,
      sharedContext
    )
    await this.createDisputeTransitions(
      {
        dispute_id: dispute.id,
        from_status: null,
        to_status: "open",
        actor_type: "customer",
        actor_id: data.customer_id,
      },
      sharedContext
    )
    return dispute
  }

  /**
   * Moves a dispute from `from` to `to` and records it. The update is a
   * compare-and-set on the status, so of two concurrent requests only one
   * changes anything; the other gets a 400.
   */
  @InjectTransactionManager()
  async transitionDispute(
    input: TransitionDisputeInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const merchant = input.actor.type === "merchant"
    const updated: { id: string }[] =
      await sharedContext.transactionManager!.execute(
        `UPDATE dispute SET status = ?, updated_at = now(),
           merchant_answered_at = CASE WHEN ? THEN COALESCE(merchant_answered_at, now()) ELSE merchant_answered_at END
         WHERE id = ? AND status = ? AND deleted_at IS NULL RETURNING id`,
        [input.to, merchant, input.id, input.from]
      )
    if (!updated.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Dispute ${input.id} is no longer ${input.from}; it cannot move to ${input.to}.`
      )
    }
    if (input.data && Object.keys(input.data).length) {
      await this.updateDisputes(
        { id: input.id, ...input.data } as any,
        sharedContext
      )
    }
    const transition = await this.createDisputeTransitions(
      {
        dispute_id: input.id,
        from_status: input.from,
        to_status: input.to,
        actor_type: input.actor.type,
        actor_id: input.actor.id ?? null,
        note: input.note ?? null,
      },
      sharedContext
    )
    return { transition_id: transition.id }
  }

  /** Adds a message; a public merchant message counts as the merchant's answer. */
  @InjectTransactionManager()
  async addDisputeMessage(
    data: {
      dispute_id: string
      author_type: "customer" | "merchant"
      author_id?: string | null
      visibility: "public" | "internal"
      body?: string | null
      evidence?: unknown[] | null
    },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const message = await this.createDisputeMessages(
      { ...data, evidence: data.evidence ?? null } as any,
      sharedContext
    )
    if (data.author_type === "merchant" && data.visibility === "public") {
      await sharedContext.transactionManager!.execute(
        `UPDATE dispute SET merchant_answered_at = now(), updated_at = now()
         WHERE id = ? AND merchant_answered_at IS NULL`,
        [data.dispute_id]
      )
    }
    return message
  }

  /**
   * Flags (at most `limit`) active disputes opened before `before` that have
   * no merchant answer and were not flagged yet. Rows locked by a concurrent
   * run are skipped, so each dispute is flagged once.
   */
  @InjectTransactionManager()
  async flagOverdueDisputes(
    { before, limit }: { before: Date; limit: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    const rows: {
      id: string
      order_id: string
      customer_id: string
      created_at: Date
    }[] = await sharedContext.transactionManager!.execute(
      `UPDATE dispute SET overdue_flagged_at = now(), updated_at = now()
        WHERE id IN (
          SELECT id FROM dispute
           WHERE status IN ('open', 'under_review') AND deleted_at IS NULL
             AND merchant_answered_at IS NULL AND overdue_flagged_at IS NULL
             AND created_at < ?
           ORDER BY created_at, id LIMIT ? FOR UPDATE SKIP LOCKED)
        RETURNING id, order_id, customer_id, created_at`,
      [before, limit]
    )
    return rows
  }

  /**
   * A customer's disputes, flat columns only, for the storefront list: one
   * query on the `(customer_id)` index, no entity mapping (issue #17). The
   * count query runs only when the page does not tell the total (a page
   * shorter than `take` that starts at 0, or has rows, ends the list).
   * Money columns come back as numbers, as Query serves them.
   */
  @InjectManager()
  async listCustomerDisputes(
    customer_id: string,
    config: CustomerDisputesQuery,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ disputes: Record<string, unknown>[]; count: number }> {
    const columns = config.select.filter((c) => DISPUTE_COLUMNS.has(c))
    const order = Object.entries(config.order ?? { created_at: "DESC" })
    for (const [column, direction] of order) {
      if (
        !DISPUTE_COLUMNS.has(column) ||
        !["ASC", "DESC"].includes(String(direction).toUpperCase())
      ) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Disputes cannot be ordered by ${column} ${direction}.`
        )
      }
    }
    const knex = sharedContext.manager!.getKnex()
    const filtered = () => {
      const q = knex("dispute")
        .where("customer_id", customer_id)
        .whereNull("deleted_at")
      if (config.status?.length) q.whereIn("status", config.status)
      if (config.order_id?.length) q.whereIn("order_id", config.order_id)
      return q
    }
    const q = filtered()
      .select(columns.length ? columns : ["id"])
      .offset(config.skip)
      .limit(config.take)
    for (const [column, direction] of order) {
      q.orderBy(column, String(direction).toLowerCase() as "asc" | "desc")
    }
    const rows: Record<string, unknown>[] = await q
    for (const row of rows) {
      for (const column of MONEY_COLUMNS) {
        if (row[column] != null) row[column] = Number(row[column])
      }
    }
    const ended =
      rows.length < config.take && (rows.length > 0 || config.skip === 0)
    const count = ended
      ? config.skip + rows.length
      : Number(
          (await filtered().count<{ count: string }[]>("* as count"))[0].count
        )
    return { disputes: rows, count }
  }
}
