import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import { LOYALTY_MODULE } from "../../modules/loyalty"
import { LoyaltyEvents } from "../../modules/loyalty/events"
import type LoyaltyModuleService from "../../modules/loyalty/service"
import { loyaltyCartFields, toLoyaltyCart } from "../loyalty/cart"

/**
 * Loyalty (issue #9): the points a cart redeems leave the ledger while the
 * cart completes. The redeem entry is keyed by the cart, written under a lock
 * on the customer's account row, so two carts completing at once cannot spend
 * the same points: the second one fails with a clear error. A completion that
 * fails later undoes the entry; a repeated completion finds it and spends
 * nothing more.
 */
completeCartWorkflow.hooks.validate(
  async ({ cart: { id } }, { container, eventGroupId }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: loyaltyCartFields,
      filters: { id },
    })
    const cart = toLoyaltyCart(data[0])
    if (!cart?.loyalty || !cart.customer_id) {
      return new StepResponse(undefined, null)
    }
    if (!(cart.loyalty.points > 0)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Cart ${cart.id} has an invalid loyalty redemption.`
      )
    }
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    // The cap was checked when the points were applied; items removed since
    // may have made the discount too large a share of the cart.
    const before = MathBN.add(cart.total, cart.loyalty.amount)
    const cap = MathBN.mult(before, service.getOptions().maxRedeemShare)
    if (MathBN.gt(cart.loyalty.amount, cap)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The loyalty discount of cart ${cart.id} is now more than the allowed share of its total; apply the points again.`
      )
    }
    const posted = await service.postEntries(cart.customer_id, [
      {
        type: "redeem",
        points: -cart.loyalty.points,
        source_type: "cart",
        source_id: cart.id,
        currency_code: cart.currency_code,
        amount: cart.loyalty.amount,
        reason: "Redeemed at checkout",
        metadata: { promotion_id: cart.loyalty.promotion_id },
      },
    ])
    const created = posted.created[0]
    if (created) {
      // Grouped with the workflow's events: released only if it succeeds.
      await container.resolve(Modules.EVENT_BUS).emit(
        {
          name: LoyaltyEvents.POINTS_REDEEMED,
          data: {
            customer_id: cart.customer_id,
            transaction_id: created.id,
            points: created.points,
            cart_id: cart.id,
          },
          metadata: { eventGroupId },
        },
        {}
      )
    }
    return new StepResponse(
      undefined,
      created ? { customer_id: cart.customer_id, ids: [created.id] } : null
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
