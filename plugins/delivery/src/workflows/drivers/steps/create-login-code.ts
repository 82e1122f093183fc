import { randomInt } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateEntityId } from "@medusajs/framework/utils"
import { hashLoginCode } from "../../../modules/delivery/service"
import { deliveryService } from "../../service"

export const createLoginCodeStepId = "delivery-create-login-code-step"

type Issued = { code: string | null; driver_id: string | null }

/**
 * A new 6-digit code for the phone of an existing driver, unless one was
 * issued less than `loginCodeResendSeconds` ago (then `code: null`). Only
 * its hash is stored.
 */
export const createLoginCodeStep = createStep(
  createLoginCodeStepId,
  async (
    input: { phone: string; phones: string[] },
    { container }
  ): Promise<StepResponse<Issued, string | null>> => {
    const service = deliveryService(container)
    const options = service.getOptions()
    const [driver] = await service.listDrivers(
      { phone: input.phones, status: ["approved", "under_review", "pending"] },
      { select: ["id", "first_name"], order: { created_at: "DESC" }, take: 1 }
    )
    if (!driver) {
      return new StepResponse({ code: null, driver_id: null }, null)
    }
    const [recent] = await service.listDriverLoginCodes(
      {
        phone: input.phone,
        created_at: {
          $gt: new Date(Date.now() - options.loginCodeResendSeconds * 1000),
        },
      },
      { select: ["id"], take: 1 }
    )
    if (recent) {
      return new StepResponse({ code: null, driver_id: null }, null)
    }
    const id = generateEntityId(undefined, "dlc")
    const code = String(randomInt(0, 1_000_000)).padStart(6, "0")
    await service.createDriverLoginCodes({
      id,
      phone: input.phone,
      driver_id: driver.id,
      code_hash: hashLoginCode(id, code),
      expires_at: new Date(Date.now() + options.loginCodeTtlSeconds * 1000),
    })
    return new StepResponse({ code, driver_id: driver.id }, id)
  },
  async (id, { container }) => {
    if (!id) return
    await deliveryService(container).deleteDriverLoginCodes(id)
  }
)
