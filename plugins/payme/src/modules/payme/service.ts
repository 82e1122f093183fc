import { createHash, timingSafeEqual } from "node:crypto"
import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Knex, SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { PaymeCredential } from "./models/payme-credential"
import { PaymeTransaction } from "./models/payme-transaction"
import type { PaymeModuleOptions } from "./types"

export const sha256 = (value: string) =>
  createHash("sha256").update(value, "utf8").digest()

type TransitionData = {
  state: number
  reason?: number | null
  perform_time?: Date
  cancel_time?: Date
  order_id?: string | null
  payment_id?: string | null
  refund_id?: string | null
}

/**
 * Payme transactions and the cashbox key. Writes go through workflows; the
 * custom methods below need the transaction manager.
 */
export default class PaymeModuleService extends MedusaService({
  PaymeTransaction,
  PaymeCredential,
}) {
  protected readonly options_: PaymeModuleOptions

  constructor(
    container: Record<string, unknown>,
    options: PaymeModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = options
  }

  /** The module options (merchant id, account field, test mode). */
  getOptions(): PaymeModuleOptions {
    return { accountField: "order_id", ...this.options_ }
  }

  /**
   * Compare-and-set a transaction's state in one UPDATE: the row changes only
   * when its state is one of `from`. Concurrent callers are serialised by the
   * row lock PostgreSQL takes; the loser gets `null` and re-reads the row.
   */
  @InjectTransactionManager()
  async transitionTransaction(
    id: string,
    from: number[],
    data: TransitionData,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<{ id: string; state: number } | null> {
    const knex = this.knex_(sharedContext)
    const rows = await knex("payme_transaction")
      .where({ id })
      .whereIn("state", from)
      .whereNull("deleted_at")
      .update({ ...data, updated_at: knex.fn.now() })
      .returning(["id", "state"])
    return rows[0] ?? null
  }

  /**
   * Constant-time check of a presented key against the effective cashbox key:
   * the one set by ChangePassword when it was made against the configured
   * key, the configured key otherwise.
   */
  @InjectManager()
  async verifyKey(
    presented: string,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<boolean> {
    const { merchantId, secretKey, testMode } = this.getOptions()
    if (!merchantId || !secretKey) {
      return false
    }
    const knex = this.knex_(sharedContext)
    const row = await knex("payme_credential")
      .where({ merchant_id: merchantId, test_mode: !!testMode })
      .whereNull("deleted_at")
      .first("base_key_hash", "key_hash")
    const configured = sha256(secretKey)
    const expected =
      row && safeEqual(Buffer.from(row.base_key_hash, "hex"), configured)
        ? Buffer.from(row.key_hash, "hex")
        : configured
    return safeEqual(sha256(presented), expected)
  }

  private knex_(sharedContext: Context<SqlEntityManager>): Knex {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager)!
    return manager.getTransactionContext() ?? manager.getKnex()
  }
}

function safeEqual(a: Buffer, b: Buffer) {
  return a.length === b.length && timingSafeEqual(a, b)
}
