import type { AdminOrder, AdminPayment } from "@medusajs/framework/types"
import { useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

const ORDER_PAYMENT_FIELDS = [
  "id",
  "currency_code",
  "*payment_collections",
  "*payment_collections.payments",
  "*payment_collections.payments.captures",
  "*payment_collections.payments.refunds",
].join(",")

export const isPayPalProvider = (providerId?: string | null) =>
  !!providerId?.startsWith("pp_paypal_")

/** The order's PayPal payments, with their captures and refunds. */
export const usePayPalPayments = (orderId: string) =>
  useQuery({
    queryKey: ["paypal_payments", orderId],
    queryFn: async () => {
      const { order } = await sdk.admin.order.retrieve(orderId, {
        fields: ORDER_PAYMENT_FIELDS,
      })
      return paypalPaymentsOf(order)
    },
  })

const paypalPaymentsOf = (order: AdminOrder): AdminPayment[] =>
  (order.payment_collections ?? []).flatMap((collection) =>
    (collection.payments ?? []).filter((payment) =>
      isPayPalProvider(payment.provider_id)
    )
  )
