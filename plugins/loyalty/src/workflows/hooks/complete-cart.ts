import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import { LOYALTY_MODULE } from "../../modules/loyalty"
import { LoyaltyEvents } from "../../modules/loyalty/events"
import type LoyaltyModuleService from "../../modules/loyalty/service"
import {
  type CartCreditLine,
  type CartRedemption,
  loyaltyCreditLines,
} from "../loyalty/cart"
import { redemptionProblem } from "../loyalty/redemption-check"

/** The fields of the completion snapshot this hook reads. */
type SnapshotCart = {
  id: string
  currency_code: string
  customer_id?: string | null
  customer?: { id?: string | null } | null
  item_total?: BigNumberInput
  raw_item_total?: BigNumberInput
  credit_lines?:
    ((CartCreditLine & { raw_amount?: BigNumberInput }) | null)[] | null
}

/**
 * Loyalty (issues #9, #14): the points a cart redeems leave the ledger while
 * the cart completes. What is spent comes from the loyalty module's
 * `loyalty_redemption` row (never from anything a client can write), checked
 * against the cart snapshot the order is built from: same customer, exactly
 * the recorded credit line and amount, still within the cap. The redeem entry
 * is keyed by the cart and written under a lock on the customer's account
 * row, so parallel completions spend once and two carts cannot spend the same
 * points. A completion that fails later undoes the entry.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart }, { container, eventGroupId }) => {
    const snapshot: SnapshotCart = cart
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const [row] = await service.listLoyaltyRedemptions({
      cart_id: snapshot.id,
    })
    const redemption: CartRedemption | null = row
      ? {
          id: row.id,
          customer_id: row.customer_id,
          points: Number(row.points),
          amount: row.amount,
          currency_code: row.currency_code,
          credit_line_id: row.credit_line_id,
        }
      : null
    const credit_lines = loyaltyCreditLines(snapshot.credit_lines).map((l) => ({
      ...l,
      amount: (l as { raw_amount?: BigNumberInput }).raw_amount ?? l.amount,
    }))
    if (!redemption && !credit_lines.length) {
      return new StepResponse(undefined, null)
    }
    const problem = redemptionProblem(
      {
        id: snapshot.id,
        customer_id: snapshot.customer_id ?? snapshot.customer?.id ?? null,
        currency_code: snapshot.currency_code,
        item_total: snapshot.raw_item_total ?? snapshot.item_total ?? 0,
        credit_lines,
      },
      redemption,
      await service.getSettings()
    )
    if (problem || !redemption) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cart ${snapshot.id} ${problem}; remove the loyalty points and apply the points again.`
      )
    }
    const posted = await service.postEntries(redemption.customer_id, [
      {
        type: "redeem",
        points: -redemption.points,
        source_type: "cart",
        source_id: snapshot.id,
        currency_code: redemption.currency_code,
        amount: redemption.amount as string | number,
        reason: "Redeemed at checkout",
        metadata: {
          redemption_id: redemption.id,
          credit_line_id: redemption.credit_line_id,
        },
      },
    ])
    const created = posted.created[0]
    if (created) {
      // Grouped with the workflow's events: released only if it succeeds.
      await container.resolve(Modules.EVENT_BUS).emit(
        {
          name: LoyaltyEvents.POINTS_REDEEMED,
          data: {
            customer_id: redemption.customer_id,
            transaction_id: created.id,
            points: created.points,
            cart_id: snapshot.id,
          },
          metadata: { eventGroupId },
        },
        {}
      )
    }
    return new StepResponse(
      undefined,
      created
        ? { customer_id: redemption.customer_id, ids: [created.id] }
        : null
    )
  },
  async (undo, { container, eventGroupId }) => {
    if (!undo) {
      return
    }
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await service.revertEntries(undo.customer_id, undo.ids)
    if (eventGroupId) {
      await container
        .resolve(Modules.EVENT_BUS)
        .clearGroupedEvents(eventGroupId, {
          eventNames: [LoyaltyEvents.POINTS_REDEEMED],
        })
    }
  }
)
