import { model } from "@medusajs/framework/utils"

/** A document the driver uploaded through Medusa's File Module. */
export const DriverDocument = model
  .define("driver_document", {
    id: model.id({ prefix: "ddoc" }).primaryKey(),
    driver_id: model.text(),
    kind: model.enum([
      "driver_license",
      "id_card",
      "vehicle_registration",
      "insurance",
      "photo",
      "other",
    ]),
    file_id: model.text(),
    url: model.text(),
    filename: model.text().nullable(),
    mime_type: model.text().nullable(),
  })
  .indexes([{ on: ["driver_id"], where: "deleted_at IS NULL" }])
