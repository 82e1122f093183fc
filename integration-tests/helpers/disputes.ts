import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import {
  seedDemoStore,
  SeedResult,
} from "../../src/scripts/seed/seed-demo-store"
import { prepareCart } from "./checkout"
import { adminHeaders, registerCustomer } from "./customers"

// 1 × Qozon (650 000 so'm) + Tashkent courier (25 000 so'm).
export const DISPUTE_ORDER_TOTAL = 675000

export type DisputeBuyer = {
  customer: { id: string; email: string }
  headers: Record<string, string>
}

/**
 * Shared setup of the disputes specs: call inside `testSuite`. Seeds the demo
 * store in `beforeAll`, logs the admin in before each test, and gives
 * helpers to make customers, paid orders and disputes through the HTTP API.
 */
export function useDisputesKit({
  api,
  getContainer,
  dbConnection,
  adminPassword,
}: {
  api: AxiosInstance
  getContainer: () => MedusaContainer
  dbConnection: any
  adminPassword: string
}) {
  const kit = {
    seed: undefined as unknown as SeedResult,
    variantId: "",
    admin: {} as Record<string, string>,
    rows: (sql: string, bindings: unknown[] = []): Promise<any[]> =>
      dbConnection.raw(sql, bindings).then((r: any) => r.rows),
    /** The response of a request, also when it failed. */
    settle: (p: Promise<unknown>) =>
      p
        .then((r: any) => ({ status: r.status, data: r.data }))
        .catch((e: any) => ({
          status: e.response?.status,
          data: e.response?.data,
        })),
    disputeRow: async (id: string) =>
      (await kit.rows("SELECT * FROM dispute WHERE id = ?", [id]))[0],
    customer: async (): Promise<DisputeBuyer> =>
      registerCustomer(
        api,
        kit.seed.publishableKey,
        `disputer${++count}-${Date.now()}@example.uz`
      ),
    /** A completed order of the customer, paid with pp_system_default (authorized). */
    orderOf: async (c: DisputeBuyer) => {
      const { cartId } = await prepareCart(api, {
        publishableKey: kit.seed.publishableKey,
        regionId: kit.seed.regionUzId,
        variantId: kit.variantId,
        email: c.customer.email,
        shippingOption: "Toshkent bo'ylab kuryer",
      })
      await api.post(
        `/store/carts/${cartId}/customer`,
        {},
        { headers: c.headers }
      )
      const res = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        { headers: c.headers }
      )
      const order = res.data.order
      const [payment] = await kit.rows(
        `SELECT p.id FROM payment p
           JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id
          WHERE opc.order_id = ? AND p.deleted_at IS NULL`,
        [order.id]
      )
      return {
        id: order.id as string,
        display_id: order.display_id as number,
        paymentId: payment.id as string,
      }
    },
    capture: (paymentId: string, amount?: number) =>
      capturePaymentWorkflow(getContainer()).run({
        input: { payment_id: paymentId, amount },
      }),
    openDispute: async (
      c: DisputeBuyer,
      orderId: string,
      body: Record<string, unknown> = {}
    ) => {
      const res = await api.post(
        `/store/orders/${orderId}/disputes`,
        {
          reason: "damaged",
          description: "The qozon arrived cracked.",
          ...body,
        },
        { headers: c.headers }
      )
      return res.data.dispute as { id: string; status: string }
    },
    review: (id: string) =>
      api.post(`/admin/disputes/${id}/review`, {}, { headers: kit.admin }),
  }
  let count = 0

  beforeAll(async () => {
    const container = getContainer()
    kit.seed = await seedDemoStore(container, { adminPassword })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [variant],
    } = await query.graph({
      entity: "product_variant",
      fields: ["id"],
      filters: { sku: "QOZON-STANDART" },
    })
    kit.variantId = variant.id
  })

  beforeEach(async () => {
    kit.admin = await adminHeaders(api, kit.seed.adminEmail, adminPassword)
  })

  return kit
}
