import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createLoginCodeStep } from "./steps/create-login-code"
import { sendLoginCodeStep } from "./steps/send-login-code"

export const requestDriverLoginCodeWorkflowId =
  "delivery-request-driver-login-code"

/**
 * Texts a one-time login code to a driver's phone (normalised `998…`). A
 * phone of no driver, or one asked again too soon, gets nothing (and the
 * caller cannot tell which).
 */
export const requestDriverLoginCodeWorkflow = createWorkflow(
  requestDriverLoginCodeWorkflowId,
  (input: { phone: string }) => {
    const issued = createLoginCodeStep(
      transform({ input }, ({ input }) => ({
        phone: input.phone,
        phones: [input.phone, `+${input.phone}`],
      }))
    )
    when(
      "send-driver-login-code",
      { issued },
      ({ issued }) => !!issued.code
    ).then(() => {
      sendLoginCodeStep(
        transform({ issued, input }, ({ issued, input }) => ({
          phone: input.phone,
          code: issued.code!,
          driver_id: issued.driver_id!,
        }))
      )
    })
    return new WorkflowResponse(
      transform({ issued }, ({ issued }) => ({ sent: !!issued.code }))
    )
  }
)
