import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { uploadDriverDocumentsWorkflow } from "../../../../workflows/drivers/upload-driver-documents"
import { driverIdOf } from "../../../utils"
import { driverDetail } from "../../../views"
import type { DriverUploadDocumentsType } from "../../validators"

/** POST /driver/me/documents — uploads documents (base64) through the File Module. */
export async function POST(
  req: AuthenticatedMedusaRequest<DriverUploadDocumentsType>,
  res: MedusaResponse
) {
  const driver_id = driverIdOf(req)
  await uploadDriverDocumentsWorkflow(req.scope).run({
    input: { driver_id, documents: req.validatedBody.documents },
  })
  res.status(201).json({ driver: await driverDetail(req.scope, driver_id) })
}
