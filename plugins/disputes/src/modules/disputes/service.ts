import {
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
}
