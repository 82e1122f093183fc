import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { findPaymeAccountStep } from "./steps/find-payme-account"
import { validatePaymeAmountStep } from "./steps/validate-payme-amount"
import { validatePaymePayableStep } from "./steps/validate-payme-payable"
import {
  buildPaymeReceiptDetail,
  PAYME_RECEIPT_CART_FIELDS,
  type PaymeReceiptCart,
} from "./utils/receipt-detail"

export type PaymeCheckPerformTransactionWorkflowInput = {
  /** As Payme sent them: checked by the steps, in the spec's order. */
  amount: unknown
  account: unknown
}

export const paymeCheckPerformTransactionWorkflowId =
  "payme-check-perform-transaction"

/**
 * CheckPerformTransaction (spec §1.5): account (-31050), amount (-31001),
 * payable (-31008), then allows with the fiscal receipt detail.
 */
export const paymeCheckPerformTransactionWorkflow = createWorkflow(
  paymeCheckPerformTransactionWorkflowId,
  (input: PaymeCheckPerformTransactionWorkflowInput) => {
    const account = findPaymeAccountStep({ account: input.account })
    validatePaymeAmountStep({ account, amount: input.amount })
    validatePaymePayableStep({ account })
    const { data: carts } = useQueryGraphStep({
      entity: "cart",
      fields: PAYME_RECEIPT_CART_FIELDS,
      filters: { id: account.cart_id },
    }).config({ name: "payme-receipt-cart" })
    const result = transform({ carts }, ({ carts }) => ({
      allow: true,
      detail: buildPaymeReceiptDetail(carts[0] as PaymeReceiptCart),
    }))
    return new WorkflowResponse(result)
  }
)
