import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliveryService } from "../../service"

export const createDriverDocumentsStepId =
  "delivery-create-driver-documents-step"

export type CreateDriverDocumentsStepInput = {
  driver_id: string
  kind:
    | "driver_license"
    | "id_card"
    | "vehicle_registration"
    | "insurance"
    | "photo"
    | "other"
  file_id: string
  url: string
  filename?: string | null
  mime_type?: string | null
}[]

/** Records the uploaded files as the driver's documents. */
export const createDriverDocumentsStep = createStep(
  createDriverDocumentsStepId,
  async (input: CreateDriverDocumentsStepInput, { container }) => {
    const docs = await deliveryService(container).createDriverDocuments(input)
    return new StepResponse(
      docs,
      docs.map((d) => d.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await deliveryService(container).deleteDriverDocuments(ids)
  }
)
