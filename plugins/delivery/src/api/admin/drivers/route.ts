import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { DRIVER_FIELDS, service } from "../../views"
import type { AdminListDriversType } from "./validators"

/** GET /admin/drivers — the drivers queue (by status, search by name/e-mail/phone). */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListDriversType>,
  res: MedusaResponse
) {
  const { status, q, limit, offset } =
    req.validatedQuery as AdminListDriversType
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (q) {
    filters.$or = ["first_name", "last_name", "email", "phone"].map((f) => ({
      [f]: { $ilike: `%${q}%` },
    }))
  }
  const [drivers, count] = await service(req.scope).listAndCountDrivers(
    filters,
    {
      select: [...DRIVER_FIELDS] as string[],
      order: { created_at: "ASC" },
      take: limit,
      skip: offset,
    }
  )
  res.json({ drivers, count, limit, offset })
}
