import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  uploadFilesWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { createDriverDocumentsStep } from "./steps/create-driver-documents"
import { validateDriverStatusStep } from "./steps/validate-driver-status"

export const uploadDriverDocumentsWorkflowId =
  "delivery-upload-driver-documents"

export type UploadDriverDocumentsWorkflowInput = {
  driver_id: string
  documents: {
    kind:
      | "driver_license"
      | "id_card"
      | "vehicle_registration"
      | "insurance"
      | "photo"
      | "other"
    filename: string
    mime_type: string
    /** Base64 content. */
    content: string
  }[]
}

/** Stores the files through Medusa's File Module (private) and records them as documents. */
export const uploadDriverDocumentsWorkflow = createWorkflow(
  uploadDriverDocumentsWorkflowId,
  (input: UploadDriverDocumentsWorkflowInput) => {
    const { data: drivers } = useQueryGraphStep({
      entity: "driver",
      fields: ["id", "status"],
      filters: { id: input.driver_id },
      options: { throwIfKeyNotFound: true },
    })
    validateDriverStatusStep({
      driver: transform({ drivers }, ({ drivers }) => drivers[0] as any),
      allowed: ["pending", "rejected"],
      action: "upload documents",
    })
    const files = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: input.documents.map((d) => ({
          filename: d.filename,
          mimeType: d.mime_type,
          content: d.content,
          access: "private" as const,
        })),
      })),
    })
    const documents = createDriverDocumentsStep(
      transform({ input, files }, ({ input, files }) =>
        files.map((file, i) => ({
          driver_id: input.driver_id,
          kind: input.documents[i].kind,
          file_id: file.id,
          url: file.url,
          filename: input.documents[i].filename,
          mime_type: input.documents[i].mime_type,
        }))
      )
    )
    return new WorkflowResponse(documents)
  }
)
