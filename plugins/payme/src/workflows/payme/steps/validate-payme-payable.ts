import {
  ContainerRegistrationKeys,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { PAYME_MODULE, PaymeState } from "../../../modules/payme"
import type PaymeModuleService from "../../../modules/payme/service"
import { paymeMedusaError } from "../errors"
import type { PaymeAccount } from "./find-payme-account"

export type ValidatePaymePayableStepInput = {
  account: PaymeAccount
}

export const validatePaymePayableStepId = "payme-validate-payable-step"

/**
 * The cart can still be paid: it exists (else -31050), is not completed, its
 * session is pending and it has no live Payme transaction (else -31008).
 */
export const validatePaymePayableStep = createStep(
  validatePaymePayableStepId,
  async (input: ValidatePaymePayableStepInput, { container }) => {
    const { account } = input
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [cart],
    } = await query.graph({
      entity: "cart",
      fields: ["id", "completed_at"],
      filters: { id: account.cart_id },
    })
    if (!cart) {
      throw paymeMedusaError(
        "NOT_FOUND",
        "ACCOUNT_NOT_FOUND",
        `Cart ${account.cart_id} was not found.`,
        account.field
      )
    }
    if (
      cart.completed_at ||
      account.session_status !== PaymentSessionStatus.PENDING
    ) {
      throw paymeMedusaError(
        "NOT_ALLOWED",
        "CANNOT_PERFORM",
        `Cart ${account.cart_id} cannot be paid (completed or session not pending).`
      )
    }
    const payme: PaymeModuleService = container.resolve(PAYME_MODULE)
    const live = await payme.listPaymeTransactions(
      {
        cart_id: account.cart_id,
        state: [PaymeState.CREATED, PaymeState.PERFORMED],
      },
      { take: 1 }
    )
    if (live.length) {
      throw paymeMedusaError(
        "NOT_ALLOWED",
        "CANNOT_PERFORM",
        `Cart ${account.cart_id} already has a live Payme transaction.`
      )
    }
  }
)
