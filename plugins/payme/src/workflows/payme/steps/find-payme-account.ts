import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYME_MODULE } from "../../../modules/payme"
import type PaymeModuleService from "../../../modules/payme/service"
import { toTiyin } from "../../../providers/payme/utils/amount"
import { paymeMedusaError } from "../errors"

/** The Payme payment provider's id as the app registers it (`id: "payme"`). */
export const PAYME_PROVIDER_ID = "pp_payme_payme"

export type FindPaymeAccountStepInput = {
  /** Payme's `params.account`, as sent. */
  account: unknown
}

/** What a Payme account value leads to, in plain values. */
export type PaymeAccount = {
  /** The account field name (module option `accountField`). */
  field: string
  session_id: string
  payment_collection_id: string
  cart_id: string
  amount_tiyin: number
  session_status: string
}

export const findPaymeAccountStepId = "payme-find-account-step"

/**
 * The account value is the Medusa payment session id the checkout link was
 * built for; it leads to the payment collection and the cart. Anything else
 * throws NOT_FOUND carrying -31050 with the account field as `data`.
 */
export const findPaymeAccountStep = createStep(
  findPaymeAccountStepId,
  async (input: FindPaymeAccountStepInput, { container }) => {
    const payme: PaymeModuleService = container.resolve(PAYME_MODULE)
    const field = payme.getOptions().accountField ?? "order_id"
    const account = input.account
    const value =
      account && typeof account === "object" && !Array.isArray(account)
        ? (account as Record<string, unknown>)[field]
        : undefined
    const notFound = () =>
      paymeMedusaError(
        "NOT_FOUND",
        "ACCOUNT_NOT_FOUND",
        `No Payme payment session ${String(value)} with a cart.`,
        field
      )
    if (
      (typeof value !== "string" && typeof value !== "number") ||
      String(value).length === 0 ||
      String(value).length > 100
    ) {
      throw notFound()
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
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
      throw notFound()
    }
    const {
      data: [link],
    } = await query.graph({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: session.payment_collection_id },
    })
    if (!link?.cart_id) {
      throw notFound()
    }
    const found: PaymeAccount = {
      field,
      session_id: session.id,
      payment_collection_id: session.payment_collection_id,
      cart_id: link.cart_id,
      amount_tiyin: toTiyin(session.amount),
      session_status: session.status,
    }
    return new StepResponse(found)
  }
)
