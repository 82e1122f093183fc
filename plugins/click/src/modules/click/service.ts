import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  generateEntityId,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { ClickOptions } from "../../providers/click/types"
import { ClickTransaction } from "./models/click-transaction"
import { type ClickModuleOptions, parseClickModuleOptions } from "./options"
import type {
  ClickTransactionDTO,
  ClickTransactionStatus,
  PrepareClickTransactionInput,
} from "./types"

const TABLE = "click_transaction"

type Row = { id: string }

/**
 * Stores Click SHOP API attempts. Every state change is a single conditional
 * SQL statement, so concurrent duplicate callbacks are serialised by
 * PostgreSQL (unique indexes and row locks), not by the Node process.
 */
export default class ClickModuleService extends MedusaService({
  ClickTransaction,
}) {
  protected readonly options_: ClickOptions | null

  constructor(
    container: Record<string, unknown>,
    options: ClickModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    // Already validated by the module's loader at start-up.
    this.options_ = parseClickModuleOptions(options)
  }

  /**
   * The plugin's Click options (service id, secret key, merchant ids, test
   * mode), or null when the store has not configured Click.
   */
  getOptions(): ClickOptions | null {
    return this.options_ ? { ...this.options_ } : null
  }

  /**
   * Inserts the attempt unless one with the same `click_trans_id` exists
   * (`ON CONFLICT DO NOTHING`), and returns the stored row either way.
   */
  @InjectTransactionManager()
  async prepareTransaction(
    input: PrepareClickTransactionInput,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ transaction: ClickTransactionDTO; created: boolean }> {
    const manager = sharedContext.transactionManager!
    const amount = MathBN.convert(input.amount).toFixed()
    const inserted: Row[] = await manager.execute(
      `INSERT INTO "${TABLE}" ("id", "click_trans_id", "click_paydoc_id", "merchant_trans_id",
         "payment_session_id", "payment_collection_id", "cart_id", "amount", "raw_amount",
         "currency_code", "status")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, 'prepared')
       ON CONFLICT ("click_trans_id") WHERE "deleted_at" IS NULL DO NOTHING
       RETURNING "id"`,
      [
        generateEntityId(undefined, "clktx"),
        input.click_trans_id,
        input.click_paydoc_id,
        input.merchant_trans_id,
        input.payment_session_id,
        input.payment_collection_id,
        input.cart_id,
        amount,
        JSON.stringify({ value: amount, precision: 20 }),
        input.currency_code,
      ]
    )
    const created = inserted.length > 0
    const [transaction] = await this.listClickTransactions(
      { click_trans_id: input.click_trans_id },
      { take: 1 },
      sharedContext
    )
    return { transaction: transaction as ClickTransactionDTO, created }
  }

  /**
   * Moves one attempt from `from` to `to` when, and only when, it is in
   * `from` at the moment of the UPDATE (PostgreSQL locks the row and
   * re-checks the condition for a concurrent writer). Returns null when
   * another request changed it first. A second attempt of an already paid
   * cart violates the partial unique index and gives a CONFLICT error.
   */
  @InjectTransactionManager()
  async transitionTransaction(
    id: string,
    from: ClickTransactionStatus,
    to: ClickTransactionStatus,
    fields: {
      order_id?: string | null
      click_error?: number | null
      click_error_note?: string | null
    } = {},
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ClickTransactionDTO | null> {
    const manager = sharedContext.transactionManager!
    const sets = [`"status" = ?`, `"updated_at" = now()`]
    const params: unknown[] = [to]
    if (to === "confirmed") {
      sets.push(`"confirmed_at" = now()`)
    }
    if (to === "cancelled") {
      sets.push(`"cancelled_at" = now()`)
    }
    for (const key of [
      "order_id",
      "click_error",
      "click_error_note",
    ] as const) {
      if (fields[key] !== undefined) {
        sets.push(`"${key}" = ?`)
        params.push(fields[key])
      }
    }
    let rows: Row[]
    try {
      rows = await manager.execute(
        `UPDATE "${TABLE}" SET ${sets.join(", ")}
         WHERE "id" = ? AND "status" = ? AND "deleted_at" IS NULL
         RETURNING "id"`,
        [...params, id, from]
      )
    } catch (e) {
      if ((e as { code?: string }).code === "23505") {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `The cart of Click transaction ${id} is already paid.`
        )
      }
      throw e
    }
    if (!rows.length) {
      return null
    }
    return (await this.retrieveClickTransaction(
      id,
      {},
      sharedContext
    )) as ClickTransactionDTO
  }
}
