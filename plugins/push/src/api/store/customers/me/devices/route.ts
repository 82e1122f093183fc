import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { registerPushDeviceWorkflow } from "../../../../../workflows/push/register-push-device"
import { STORE_DEVICE_FIELDS } from "./query-config"
import type {
  StoreListDevicesType,
  StoreRegisterDeviceType,
} from "./validators"

/** `GET /store/customers/me/devices`: the authenticated customer's devices, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreListDevicesType>,
  res: MedusaResponse
) => {
  const { offset, limit } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "push_device",
    fields: [...STORE_DEVICE_FIELDS],
    filters: { customer_id: req.auth_context.actor_id },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  res.json({
    devices: data,
    count: metadata?.count ?? data.length,
    offset,
    limit,
  })
}

/** `POST /store/customers/me/devices`: registers (or refreshes) a device token for the customer. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreRegisterDeviceType>,
  res: MedusaResponse
) => {
  const { result } = await registerPushDeviceWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [device],
  } = await query.graph({
    entity: "push_device",
    fields: [...STORE_DEVICE_FIELDS],
    filters: { id: result.id },
  })
  res.json({ device })
}
