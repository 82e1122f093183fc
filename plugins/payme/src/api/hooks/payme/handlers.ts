import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MathBN,
  Modules,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import {
  PAYME_MODULE,
  PAYME_TIMEOUT_MS,
  PaymeReason,
  PaymeState,
  paymeLockKey,
} from "../../../modules/payme"
import type PaymeModuleService from "../../../modules/payme/service"
import { sha256 } from "../../../modules/payme/service"
import { isTiyin, toTiyin } from "../../../providers/payme/utils/amount"
import { receiptItemTitle } from "../../../providers/payme/utils/receipt-item-title"
import {
  paymeCancelTransactionWorkflow,
  paymeChangePasswordWorkflow,
  paymeCreateTransactionWorkflow,
  paymePerformTransactionWorkflow,
  paymeRefundTransactionWorkflow,
  paymeSetFiscalDataWorkflow,
} from "../../../workflows/payme"
import { PaymeRpcError, toPaymeError } from "../../../workflows/payme/errors"
import {
  CancelTransactionParams,
  ChangePasswordParams,
  CheckPerformTransactionParams,
  CreateTransactionParams,
  GetStatementParams,
  SetFiscalDataParams,
  TransactionIdParams,
} from "./validators"

export const PAYME_PROVIDER_ID = "pp_payme_payme"

type Ctx = {
  scope: MedusaContainer
  payme: PaymeModuleService
  logger: Logger
  accountField: string
}

type PaymeTransactionRow = Awaited<
  ReturnType<PaymeModuleService["listPaymeTransactions"]>
>[number]

type Handler = (ctx: Ctx, params: Record<string, unknown>) => Promise<object>

/** The Merchant API methods (spec §1.5), by name. */
export const PAYME_METHODS: Record<string, Handler> = {
  CheckPerformTransaction: checkPerformTransaction,
  CreateTransaction: createTransaction,
  PerformTransaction: performTransaction,
  CancelTransaction: cancelTransaction,
  CheckTransaction: checkTransaction,
  GetStatement: getStatement,
  SetFiscalData: setFiscalData,
  ChangePassword: changePassword,
}

export function makeContext(scope: MedusaContainer): Ctx {
  const payme: PaymeModuleService = scope.resolve(PAYME_MODULE)
  return {
    scope,
    payme,
    logger: scope.resolve(ContainerRegistrationKeys.LOGGER),
    accountField: payme.getOptions().accountField ?? "order_id",
  }
}

function parse<T extends z.ZodTypeAny>(schema: T, params: unknown): z.infer<T> {
  const result = schema.safeParse(params)
  if (!result.success) {
    throw new PaymeRpcError("INVALID_REQUEST")
  }
  return result.data
}

// ---------------------------------------------------------------------------
// Account resolution (spec §1.5 CheckPerformTransaction: account, amount, payable)
// ---------------------------------------------------------------------------

type ResolvedAccount = {
  sessionId: string
  paymentCollectionId: string
  cartId: string
  amountTiyin: number
  sessionStatus: string
}

/**
 * The account value is the Medusa payment session id the checkout link was
 * built for; it leads to the payment collection and the cart.
 */
async function resolveAccount(
  ctx: Ctx,
  account: unknown
): Promise<ResolvedAccount> {
  const field = ctx.accountField
  const value =
    account && typeof account === "object" && !Array.isArray(account)
      ? (account as Record<string, unknown>)[field]
      : undefined
  if (
    (typeof value !== "string" && typeof value !== "number") ||
    String(value).length === 0 ||
    String(value).length > 100
  ) {
    throw new PaymeRpcError("ACCOUNT_NOT_FOUND", field)
  }
  const query = ctx.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [session],
  } = await query.graph({
    entity: "payment_session",
    fields: [
      "id",
      "amount",
      "currency_code",
      "status",
      "provider_id",
      "payment_collection_id",
    ],
    filters: { id: String(value) },
  })
  if (!session || session.provider_id !== PAYME_PROVIDER_ID) {
    throw new PaymeRpcError("ACCOUNT_NOT_FOUND", field)
  }
  const {
    data: [link],
  } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id"],
    filters: { payment_collection_id: session.payment_collection_id },
  })
  if (!link?.cart_id) {
    throw new PaymeRpcError("ACCOUNT_NOT_FOUND", field)
  }
  return {
    sessionId: session.id,
    paymentCollectionId: session.payment_collection_id,
    cartId: link.cart_id,
    amountTiyin: toTiyin(session.amount),
    sessionStatus: session.status,
  }
}

function checkAmount(resolved: ResolvedAccount, amount: unknown) {
  if (!isTiyin(amount) || amount !== resolved.amountTiyin) {
    throw new PaymeRpcError("WRONG_AMOUNT")
  }
}

/** The cart can still be paid: not completed, session pending, no live transaction. */
async function checkPayable(ctx: Ctx, resolved: ResolvedAccount) {
  const query = ctx.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at"],
    filters: { id: resolved.cartId },
  })
  if (!cart) {
    throw new PaymeRpcError("ACCOUNT_NOT_FOUND", ctx.accountField)
  }
  if (
    cart.completed_at ||
    resolved.sessionStatus !== PaymentSessionStatus.PENDING
  ) {
    throw new PaymeRpcError("CANNOT_PERFORM")
  }
  const live = await ctx.payme.listPaymeTransactions(
    {
      cart_id: resolved.cartId,
      state: [PaymeState.CREATED, PaymeState.PERFORMED],
    },
    { take: 1 }
  )
  if (live.length) {
    throw new PaymeRpcError("CANNOT_PERFORM")
  }
}

// ---------------------------------------------------------------------------
// Fiscal receipt detail (CheckPerformTransaction `detail`)
// ---------------------------------------------------------------------------

type CartLine = {
  title?: string
  product_title?: string
  variant_title?: string
  quantity: unknown
  unit_price: unknown
  adjustments?: { amount: unknown }[]
  tax_lines?: { rate: unknown }[]
  variant?: { metadata?: Record<string, unknown> | null } | null
  product?: { metadata?: Record<string, unknown> | null } | null
}

type CartShipping = {
  name?: string
  amount: unknown
  adjustments?: { amount: unknown }[]
  tax_lines?: { rate: unknown }[]
}

/**
 * Receipt items for Payme's fiscalisation: title, unit price in tiyin, count,
 * MXIK (IKPU) code, package code and VAT percent from the cart's lines and
 * the product/variant metadata (`mxik`, `package_code`), plus shipping.
 */
async function buildDetail(ctx: Ctx, cartId: string) {
  const query = ctx.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.quantity",
      "items.unit_price",
      "items.adjustments.amount",
      "items.tax_lines.rate",
      "items.variant.metadata",
      "items.product.metadata",
      "shipping_methods.name",
      "shipping_methods.amount",
      "shipping_methods.adjustments.amount",
      "shipping_methods.tax_lines.rate",
    ],
    filters: { id: cartId },
  })
  const sum = (values: { amount: unknown }[] | undefined) =>
    (values ?? []).reduce(
      (acc, v) => MathBN.add(acc, v.amount as string),
      MathBN.convert(0)
    )
  const vat = (lines: { rate: unknown }[] | undefined) =>
    Number(
      (lines ?? []).reduce(
        (acc, l) => MathBN.add(acc, l.rate as string),
        MathBN.convert(0)
      )
    )
  const code = (line: CartLine, key: "mxik" | "package_code") => {
    const value = line.variant?.metadata?.[key] ?? line.product?.metadata?.[key]
    return value === undefined || value === null ? undefined : String(value)
  }
  const items = ((cart?.items ?? []) as CartLine[]).map((line) => ({
    title: receiptItemTitle(line),
    price: toTiyin(line.unit_price as string),
    count: Number(line.quantity),
    code: code(line, "mxik"),
    package_code: code(line, "package_code"),
    vat_percent: vat(line.tax_lines),
    discount: toTiyin(sum(line.adjustments)),
  }))
  const shippingMethods = (cart?.shipping_methods ?? []) as CartShipping[]
  const shipping = shippingMethods.length
    ? {
        title: shippingMethods.map((s) => s.name).join(", "),
        price: toTiyin(
          MathBN.sub(
            shippingMethods.reduce(
              (acc, s) => MathBN.add(acc, s.amount as string),
              MathBN.convert(0)
            ),
            shippingMethods.reduce(
              (acc, s) => MathBN.add(acc, sum(s.adjustments)),
              MathBN.convert(0)
            )
          )
        ),
      }
    : undefined
  return { receipt_type: 0, items, ...(shipping ? { shipping } : {}) }
}

// ---------------------------------------------------------------------------
// Transactions
// ---------------------------------------------------------------------------

const ms = (date: Date | string | null | undefined) =>
  date ? new Date(date).getTime() : 0

async function findTransaction(ctx: Ctx, paymeId: string) {
  const [tx] = await ctx.payme.listPaymeTransactions({ payme_id: paymeId })
  return tx as PaymeTransactionRow | undefined
}

async function requireTransaction(ctx: Ctx, paymeId: string) {
  const tx = await findTransaction(ctx, paymeId)
  if (!tx) {
    throw new PaymeRpcError("TRANSACTION_NOT_FOUND")
  }
  return tx
}

/** Serialises callbacks on one cart (across instances with a Redis/Postgres locking provider). */
function withCartLock<T>(ctx: Ctx, cartId: string, job: () => Promise<T>) {
  const locking = ctx.scope.resolve(Modules.LOCKING)
  return locking.execute(paymeLockKey(cartId), job, { timeout: 30 })
}

const isExpired = (tx: PaymeTransactionRow, now = Date.now()) =>
  now - ms(tx.payme_time) >= PAYME_TIMEOUT_MS

/** The 12-hour rule (spec §1.7): cancels a stale created transaction with reason 4. */
export async function cancelIfExpired(
  scope: MedusaContainer,
  tx: PaymeTransactionRow
) {
  if (tx.state !== PaymeState.CREATED || !isExpired(tx)) {
    return false
  }
  await paymeCancelTransactionWorkflow(scope).run({
    input: { id: tx.id, reason: PaymeReason.TIMEOUT, cancel_time: Date.now() },
  })
  return true
}

function createResult(tx: PaymeTransactionRow) {
  return {
    create_time: ms(tx.create_time),
    transaction: tx.id,
    state: tx.state,
    receivers: null,
  }
}

async function repeatCreate(ctx: Ctx, tx: PaymeTransactionRow) {
  if (tx.state !== PaymeState.CREATED) {
    throw new PaymeRpcError("CANNOT_PERFORM")
  }
  if (await cancelIfExpired(ctx.scope, tx)) {
    throw new PaymeRpcError("CANNOT_PERFORM")
  }
  return createResult(tx)
}

function transactionResult(tx: PaymeTransactionRow) {
  return {
    create_time: ms(tx.create_time),
    perform_time: ms(tx.perform_time),
    cancel_time: ms(tx.cancel_time),
    transaction: tx.id,
    state: tx.state,
    reason: tx.reason ?? null,
  }
}

async function checkPerformTransaction(ctx: Ctx, raw: Record<string, unknown>) {
  const params = parse(CheckPerformTransactionParams, raw)
  const resolved = await resolveAccount(ctx, params.account)
  checkAmount(resolved, params.amount)
  await checkPayable(ctx, resolved)
  return { allow: true, detail: await buildDetail(ctx, resolved.cartId) }
}

async function createTransaction(ctx: Ctx, raw: Record<string, unknown>) {
  const params = parse(CreateTransactionParams, raw)
  const existing = await findTransaction(ctx, params.id)
  if (existing) {
    return repeatCreate(ctx, existing)
  }
  const resolved = await resolveAccount(ctx, params.account)
  checkAmount(resolved, params.amount)
  return withCartLock(ctx, resolved.cartId, async () => {
    // Re-read under the lock: a concurrent duplicate may have created it.
    const again = await findTransaction(ctx, params.id)
    if (again) {
      return repeatCreate(ctx, again)
    }
    await checkPayable(ctx, resolved)
    if (Date.now() - params.time >= PAYME_TIMEOUT_MS) {
      throw new PaymeRpcError("CANNOT_PERFORM")
    }
    try {
      const { result } = await paymeCreateTransactionWorkflow(ctx.scope).run({
        input: {
          payme_id: params.id,
          payme_time: params.time,
          amount: params.amount as number,
          account: params.account as Record<string, unknown>,
          create_time: Date.now(),
          payment_session_id: resolved.sessionId,
          payment_collection_id: resolved.paymentCollectionId,
          cart_id: resolved.cartId,
        },
      })
      ctx.logger.info(
        `[payme] CreateTransaction ${params.id}: transaction ${result.id} for cart ${resolved.cartId}`
      )
      return createResult(result)
    } catch (error) {
      // A unique index refused a concurrent duplicate (another instance):
      // the same Payme id answers the first result, another id gets -31008.
      const winner = await findTransaction(ctx, params.id)
      if (winner) {
        return repeatCreate(ctx, winner)
      }
      ctx.logger.warn(
        `[payme] CreateTransaction ${params.id} for cart ${resolved.cartId} refused: ${(error as Error).message}`
      )
      throw new PaymeRpcError("CANNOT_PERFORM")
    }
  })
}

function performResult(tx: PaymeTransactionRow) {
  return {
    transaction: tx.id,
    perform_time: ms(tx.perform_time),
    state: tx.state,
  }
}

async function performTransaction(ctx: Ctx, raw: Record<string, unknown>) {
  const params = parse(TransactionIdParams, raw)
  const first = await requireTransaction(ctx, params.id)
  return withCartLock(ctx, first.cart_id, async () => {
    const tx = await requireTransaction(ctx, params.id)
    if (tx.state === PaymeState.PERFORMED) {
      return performResult(tx)
    }
    if (tx.state !== PaymeState.CREATED) {
      throw new PaymeRpcError("CANNOT_PERFORM")
    }
    if (await cancelIfExpired(ctx.scope, tx)) {
      throw new PaymeRpcError("CANNOT_PERFORM")
    }
    try {
      await paymePerformTransactionWorkflow(ctx.scope).run({
        input: {
          id: tx.id,
          payme_id: tx.payme_id,
          payment_session_id: tx.payment_session_id,
          cart_id: tx.cart_id,
          perform_time: Date.now(),
        },
      })
    } catch (error) {
      ctx.logger.error(
        `[payme] PerformTransaction ${tx.payme_id} (transaction ${tx.id}, cart ${tx.cart_id}) failed: ${(error as Error).message}`
      )
      const mapped = toPaymeError(error)
      throw mapped.code === -32400 && isMedusaError(error)
        ? new PaymeRpcError("CANNOT_PERFORM")
        : mapped
    }
    const after = await requireTransaction(ctx, params.id)
    if (after.state !== PaymeState.PERFORMED) {
      throw new PaymeRpcError("CANNOT_PERFORM")
    }
    ctx.logger.info(
      `[payme] PerformTransaction ${tx.payme_id}: order ${after.order_id} for cart ${tx.cart_id}`
    )
    return performResult(after)
  })
}

function cancelResult(tx: PaymeTransactionRow) {
  return {
    transaction: tx.id,
    cancel_time: ms(tx.cancel_time),
    state: tx.state,
  }
}

async function cancelTransaction(ctx: Ctx, raw: Record<string, unknown>) {
  const params = parse(CancelTransactionParams, raw)
  const first = await requireTransaction(ctx, params.id)
  return withCartLock(ctx, first.cart_id, async () => {
    const tx = await requireTransaction(ctx, params.id)
    if (
      tx.state === PaymeState.CANCELLED ||
      tx.state === PaymeState.CANCELLED_AFTER_PERFORM
    ) {
      return cancelResult(tx)
    }
    try {
      if (tx.state === PaymeState.CREATED) {
        await paymeCancelTransactionWorkflow(ctx.scope).run({
          input: { id: tx.id, reason: params.reason, cancel_time: Date.now() },
        })
      } else {
        await paymeRefundTransactionWorkflow(ctx.scope).run({
          input: {
            id: tx.id,
            payme_id: tx.payme_id,
            order_id: tx.order_id ?? null,
            payment_id: tx.payment_id ?? null,
            reason: params.reason,
            cancel_time: Date.now(),
          },
        })
      }
    } catch (error) {
      ctx.logger.warn(
        `[payme] CancelTransaction ${tx.payme_id} (transaction ${tx.id}, order ${tx.order_id}) refused: ${(error as Error).message}`
      )
      const mapped = toPaymeError(error)
      throw mapped.code === -32400 && isMedusaError(error)
        ? new PaymeRpcError("CANNOT_CANCEL")
        : mapped
    }
    const after = await requireTransaction(ctx, params.id)
    ctx.logger.info(
      `[payme] CancelTransaction ${tx.payme_id}: state ${after.state}, reason ${after.reason}`
    )
    return cancelResult(after)
  })
}

async function checkTransaction(ctx: Ctx, raw: Record<string, unknown>) {
  const params = parse(TransactionIdParams, raw)
  return transactionResult(await requireTransaction(ctx, params.id))
}

async function getStatement(ctx: Ctx, raw: Record<string, unknown>) {
  const params = parse(GetStatementParams, raw)
  if (params.from > params.to) {
    return { transactions: [] }
  }
  const rows = await ctx.payme.listPaymeTransactions(
    { payme_time: { $gte: new Date(params.from), $lte: new Date(params.to) } },
    { order: { payme_time: "ASC" } }
  )
  return {
    transactions: rows.map((tx) => ({
      id: tx.payme_id,
      time: ms(tx.payme_time),
      amount: Number(MathBN.convert(tx.amount).toFixed(0)),
      account: tx.account,
      ...transactionResult(tx),
      receivers: null,
    })),
  }
}

async function setFiscalData(ctx: Ctx, raw: Record<string, unknown>) {
  const params = parse(SetFiscalDataParams, raw)
  const tx = await requireTransaction(ctx, params.id)
  await paymeSetFiscalDataWorkflow(ctx.scope).run({
    input: { id: tx.id, type: params.type, fiscal_data: params.fiscal_data },
  })
  return { success: true }
}

async function changePassword(ctx: Ctx, raw: Record<string, unknown>) {
  const result = ChangePasswordParams.safeParse(raw)
  if (!result.success) {
    throw new PaymeRpcError("INVALID_PASSWORD", "password")
  }
  const { merchantId, secretKey, testMode } = ctx.payme.getOptions()
  await paymeChangePasswordWorkflow(ctx.scope).run({
    input: {
      merchant_id: merchantId!,
      test_mode: !!testMode,
      base_key_hash: sha256(secretKey!).toString("hex"),
      key_hash: sha256(result.data.password).toString("hex"),
    },
  })
  ctx.logger.info(
    `[payme] ChangePassword: the cashbox key of ${merchantId} was changed`
  )
  return { success: true }
}

function isMedusaError(error: unknown) {
  return !!(error as { type?: unknown } | undefined)?.type
}
