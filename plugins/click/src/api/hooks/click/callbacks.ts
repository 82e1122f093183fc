import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { CLICK_MODULE } from "../../../modules/click"
import type ClickModuleService from "../../../modules/click/service"
import type { ClickTransactionDTO } from "../../../modules/click/types"
import type { ClickOptions } from "../../../modules/providers/click/types"
import {
  clickAmountMatches,
  toClickAmount,
} from "../../../modules/providers/click/utils/amount"
import {
  clickConfirmationProof,
  verifyClickSignature,
} from "../../../modules/providers/click/utils/signature"
import { cancelClickTransactionWorkflow } from "../../../workflows/click/cancel-click-transaction"
import { confirmClickPaymentWorkflow } from "../../../workflows/click/confirm-click-payment"
import { prepareClickTransactionWorkflow } from "../../../workflows/click/prepare-click-transaction"
import {
  CLICK_ERROR_NOTES,
  ClickError,
  ClickErrorCode,
  clickCodeForError,
} from "./errors"
import {
  ClickCompleteBody,
  ClickCompleteBodyType,
  ClickPrepareBody,
} from "./validators"

export const CLICK_PROVIDER_ID = "pp_click_click"

type Fields = Record<string, unknown>

export type ClickPrepareAnswer = {
  click_trans_id: number | string | null
  merchant_trans_id: string | null
  merchant_prepare_id: number | null
  error: ClickErrorCode
  error_note: string
}

export type ClickCompleteAnswer = {
  click_trans_id: number | string | null
  merchant_trans_id: string | null
  merchant_confirm_id: number | null
  error: ClickErrorCode
  error_note: string
}

/**
 * The Click provider's options as registered in medusa-config.ts, or null
 * when Click is not configured. Read from the payment module's provider list
 * so that the hooks and the provider share one configuration.
 */
export function getClickOptions(
  container: MedusaContainer
): ClickOptions | null {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const modules = (config.modules ?? {}) as unknown
  const entries = Array.isArray(modules)
    ? modules
    : Object.values(modules as Record<string, unknown>)
  for (const entry of entries) {
    const providers = (entry as { options?: { providers?: unknown } })?.options
      ?.providers
    if (!Array.isArray(providers)) {
      continue
    }
    for (const p of providers as {
      id?: string
      resolve?: unknown
      options?: ClickOptions
    }[]) {
      if (
        p?.id === "click" &&
        typeof p.resolve === "string" &&
        /providers\/click\/?$/.test(p.resolve) &&
        p.options
      ) {
        return {
          ...p.options,
          service_id: String(p.options.service_id),
          merchant_user_id: String(p.options.merchant_user_id),
          merchant_id: String(p.options.merchant_id),
        }
      }
    }
  }
  return null
}

function requireOptions(container: MedusaContainer): ClickOptions {
  const options = getClickOptions(container)
  if (!options) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Click is not configured on this store."
    )
  }
  return options
}

/** Click's bigint ids are echoed as JSON numbers when they fit in one. */
function echoId(value: unknown): number | string | null {
  if (typeof value !== "string" || !/^\d{1,20}$/.test(value)) {
    return null
  }
  const n = Number(value)
  return Number.isSafeInteger(n) ? n : value
}

function echoString(value: unknown): string | null {
  return typeof value === "string" && value.length <= 255 ? value : null
}

type Target = {
  session: {
    id: string
    status: string
    amount: number
    currency_code: string
    payment_collection_id: string
  }
  cart: { id: string; completed_at: string | Date | null }
}

/**
 * Resolves Click's merchant_trans_id (a Click payment session id) to the
 * session and its cart; null when either is missing or not a Click session.
 */
async function findTarget(
  container: MedusaContainer,
  merchantTransId: string
): Promise<Target | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [session],
  } = await query.graph({
    entity: "payment_session",
    fields: [
      "id",
      "status",
      "amount",
      "currency_code",
      "provider_id",
      "payment_collection_id",
    ],
    filters: { id: merchantTransId },
  })
  if (!session || session.provider_id !== CLICK_PROVIDER_ID) {
    return null
  }
  const {
    data: [link],
  } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id"],
    filters: { payment_collection_id: session.payment_collection_id },
  })
  if (!link?.cart_id) {
    return null
  }
  const {
    data: [cart],
  } = await query.graph({
    entity: "cart",
    fields: ["id", "completed_at"],
    filters: { id: link.cart_id },
  })
  if (!cart) {
    return null
  }
  return {
    session: {
      id: session.id,
      status: session.status,
      amount: session.amount as number,
      currency_code: session.currency_code,
      payment_collection_id: session.payment_collection_id,
    },
    cart: { id: cart.id, completed_at: cart.completed_at ?? null },
  }
}

function clickService(container: MedusaContainer): ClickModuleService {
  return container.resolve(CLICK_MODULE)
}

async function findTransaction(
  container: MedusaContainer,
  filters: Record<string, unknown>
): Promise<ClickTransactionDTO | undefined> {
  const [tx] = await clickService(container).listClickTransactions(filters, {
    take: 1,
  })
  return tx as ClickTransactionDTO | undefined
}

function log(
  container: MedusaContainer,
  options: ClickOptions,
  action: "prepare" | "complete",
  f: Fields,
  code: ClickErrorCode
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // Never the signature or the secret: ids and the outcome only.
  const msg = `[click] ${action} click_trans_id=${echoId(f.click_trans_id)} merchant_trans_id=${echoString(
    f.merchant_trans_id
  )} -> ${code}`
  if (code === ClickError.SIGN_CHECK_FAILED) {
    logger.warn(msg)
  } else if (options.test_mode || code === ClickError.SUCCESS) {
    logger.info(msg)
  } else {
    logger.debug(msg)
  }
}

/**
 * Prepare (action 0, spec §2.2). Checks in the spec's order
 * −8 → −1 → −3 → −5 → −4 → −2 → −9, then stores the attempt once per
 * click_trans_id and answers its integer merchant_prepare_id.
 */
export async function handleClickPrepare(
  container: MedusaContainer,
  body: Fields
): Promise<ClickPrepareAnswer> {
  const options = requireOptions(container)
  const answer = (
    error: ClickErrorCode,
    prepareId: number | null = null
  ): ClickPrepareAnswer => {
    log(container, options, "prepare", body, error)
    return {
      click_trans_id: echoId(body.click_trans_id),
      merchant_trans_id: echoString(body.merchant_trans_id),
      merchant_prepare_id: prepareId,
      error,
      error_note: CLICK_ERROR_NOTES[error],
    }
  }

  const parsed = ClickPrepareBody.safeParse(body)
  if (!parsed.success) {
    return answer(ClickError.ERROR_IN_REQUEST)
  }
  const f = parsed.data
  if (
    f.service_id !== options.service_id ||
    !verifyClickSignature("prepare", f, f.sign_string, options.secret_key)
  ) {
    return answer(ClickError.SIGN_CHECK_FAILED)
  }
  if (f.action !== "0") {
    return answer(ClickError.ACTION_NOT_FOUND)
  }
  const target = await findTarget(container, f.merchant_trans_id)
  if (!target) {
    return answer(ClickError.USER_DOES_NOT_EXIST)
  }
  const existing = await findTransaction(container, {
    click_trans_id: f.click_trans_id,
  })
  if (existing && existing.merchant_trans_id !== f.merchant_trans_id) {
    // One Click attempt cannot pay two carts.
    return answer(ClickError.ERROR_IN_REQUEST)
  }
  const paid = await findTransaction(container, {
    cart_id: target.cart.id,
    status: ["confirming", "confirmed"],
  })
  if (
    target.cart.completed_at ||
    paid ||
    ["authorized", "captured"].includes(target.session.status)
  ) {
    return answer(ClickError.ALREADY_PAID)
  }
  if (!clickAmountMatches(f.amount, target.session.amount)) {
    return answer(ClickError.INCORRECT_AMOUNT)
  }
  if (existing?.status === "cancelled" || Number(f.error) < 0) {
    return answer(ClickError.TRANSACTION_CANCELLED)
  }

  const { result } = await prepareClickTransactionWorkflow(container).run({
    input: {
      click_trans_id: f.click_trans_id,
      click_paydoc_id: f.click_paydoc_id,
      merchant_trans_id: f.merchant_trans_id,
      payment_session_id: target.session.id,
      payment_collection_id: target.session.payment_collection_id,
      cart_id: target.cart.id,
      amount: target.session.amount,
      currency_code: target.session.currency_code,
    },
  })
  return answer(ClickError.SUCCESS, result.prepare_id)
}

/**
 * Complete (action 1, spec §2.3). Checks −8 → −1 → −3 → −5 → −6 → −4 → −2
 * → −9; then error 0 confirms (order created), error < 0 cancels (−9).
 */
export async function handleClickComplete(
  container: MedusaContainer,
  body: Fields
): Promise<ClickCompleteAnswer> {
  const options = requireOptions(container)
  const answer = (
    error: ClickErrorCode,
    confirmId: number | null = null
  ): ClickCompleteAnswer => {
    log(container, options, "complete", body, error)
    return {
      click_trans_id: echoId(body.click_trans_id),
      merchant_trans_id: echoString(body.merchant_trans_id),
      merchant_confirm_id: confirmId,
      error,
      error_note: CLICK_ERROR_NOTES[error],
    }
  }

  const parsed = ClickCompleteBody.safeParse(body)
  if (!parsed.success) {
    return answer(ClickError.ERROR_IN_REQUEST)
  }
  const f: ClickCompleteBodyType = parsed.data
  if (
    f.service_id !== options.service_id ||
    !verifyClickSignature("complete", f, f.sign_string, options.secret_key)
  ) {
    return answer(ClickError.SIGN_CHECK_FAILED)
  }
  if (f.action !== "1") {
    return answer(ClickError.ACTION_NOT_FOUND)
  }
  const target = await findTarget(container, f.merchant_trans_id)
  if (!target) {
    return answer(ClickError.USER_DOES_NOT_EXIST)
  }
  const prepareId = Number(f.merchant_prepare_id)
  const tx = Number.isSafeInteger(prepareId)
    ? await findTransaction(container, { prepare_id: prepareId })
    : undefined
  if (
    !tx ||
    tx.click_trans_id !== f.click_trans_id ||
    tx.merchant_trans_id !== f.merchant_trans_id
  ) {
    return answer(ClickError.TRANSACTION_DOES_NOT_EXIST)
  }
  if (tx.status === "confirmed" || tx.status === "confirming") {
    return answer(ClickError.ALREADY_PAID)
  }
  if (
    !clickAmountMatches(f.amount, tx.amount) ||
    !clickAmountMatches(f.amount, target.session.amount)
  ) {
    return answer(ClickError.INCORRECT_AMOUNT)
  }
  if (tx.status === "cancelled") {
    return answer(ClickError.TRANSACTION_CANCELLED)
  }

  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const clickError = Number(f.error)
  if (clickError < 0) {
    // Click could not debit the payer: annul the attempt and answer −9 (§2.3).
    try {
      await cancelClickTransactionWorkflow(container).run({
        input: {
          id: tx.id,
          click_error: clickError,
          click_error_note: f.error_note ?? null,
        },
      })
      return answer(ClickError.TRANSACTION_CANCELLED)
    } catch (e) {
      const now = await findTransaction(container, { id: tx.id })
      return answer(clickCodeForError(e, now?.status))
    }
  }

  const confirmation = {
    click_trans_id: tx.click_trans_id,
    click_paydoc_id: f.click_paydoc_id,
    merchant_prepare_id: tx.prepare_id,
    amount: toClickAmount(tx.amount),
  }
  try {
    await confirmClickPaymentWorkflow(container).run({
      input: {
        id: tx.id,
        cart_id: tx.cart_id,
        payment_session_id: tx.payment_session_id,
        confirmation,
        proof: clickConfirmationProof(
          tx.payment_session_id,
          confirmation,
          options.secret_key
        ),
      },
    })
    return answer(ClickError.SUCCESS, tx.prepare_id)
  } catch (e) {
    const now = await findTransaction(container, { id: tx.id })
    const code = clickCodeForError(e, now?.status)
    if (code === ClickError.FAILED_TO_UPDATE_USER) {
      logger.error(
        `[click] complete of click_trans_id=${tx.click_trans_id} for cart ${tx.cart_id} failed: ${
          (e as Error).message
        }`
      )
    }
    return answer(code)
  }
}
