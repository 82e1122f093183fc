import { MathBN } from "@medusajs/framework/utils"
import { toTiyin } from "../../../providers/payme/utils/amount"
import { receiptItemTitle } from "../../../providers/payme/utils/receipt-item-title"

/** The cart fields the receipt detail is built from. */
export const PAYME_RECEIPT_CART_FIELDS = [
  "id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.adjustments.amount",
  "items.tax_lines.rate",
  "items.variant.metadata",
  "items.product.metadata",
  "shipping_methods.name",
  "shipping_methods.amount",
  "shipping_methods.adjustments.amount",
  "shipping_methods.tax_lines.rate",
]

type CartLine = {
  title?: string
  product_title?: string
  variant_title?: string
  quantity: unknown
  unit_price: unknown
  adjustments?: { amount: unknown }[]
  tax_lines?: { rate: unknown }[]
  variant?: { metadata?: Record<string, unknown> | null } | null
  product?: { metadata?: Record<string, unknown> | null } | null
}

type CartShipping = {
  name?: string
  amount: unknown
  adjustments?: { amount: unknown }[]
  tax_lines?: { rate: unknown }[]
}

/** A cart as read with {@link PAYME_RECEIPT_CART_FIELDS}. */
export type PaymeReceiptCart =
  { items?: unknown; shipping_methods?: unknown } | null | undefined

const sum = (values: { amount: unknown }[] | undefined) =>
  (values ?? []).reduce(
    (acc, v) => MathBN.add(acc, v.amount as string),
    MathBN.convert(0)
  )

const vat = (lines: { rate: unknown }[] | undefined) =>
  Number(
    (lines ?? []).reduce(
      (acc, l) => MathBN.add(acc, l.rate as string),
      MathBN.convert(0)
    )
  )

const code = (line: CartLine, key: "mxik" | "package_code") => {
  const value = line.variant?.metadata?.[key] ?? line.product?.metadata?.[key]
  return value === undefined || value === null ? undefined : String(value)
}

/**
 * Receipt items for Payme's fiscalisation (CheckPerformTransaction `detail`):
 * title, unit price in tiyin, count, MXIK (IKPU) code, package code and VAT
 * percent from the cart's lines and the product/variant metadata (`mxik`,
 * `package_code`), plus shipping.
 */
export function buildPaymeReceiptDetail(cart: PaymeReceiptCart) {
  const items = ((cart?.items ?? []) as CartLine[]).map((line) => ({
    title: receiptItemTitle(line),
    price: toTiyin(line.unit_price as string),
    count: Number(line.quantity),
    code: code(line, "mxik"),
    package_code: code(line, "package_code"),
    vat_percent: vat(line.tax_lines),
    discount: toTiyin(sum(line.adjustments)),
  }))
  const shippingMethods = (cart?.shipping_methods ?? []) as CartShipping[]
  const shipping = shippingMethods.length
    ? {
        title: shippingMethods.map((s) => s.name).join(", "),
        price: toTiyin(
          MathBN.sub(
            shippingMethods.reduce(
              (acc, s) => MathBN.add(acc, s.amount as string),
              MathBN.convert(0)
            ),
            shippingMethods.reduce(
              (acc, s) => MathBN.add(acc, sum(s.adjustments)),
              MathBN.convert(0)
            )
          )
        ),
      }
    : undefined
  return { receipt_type: 0, items, ...(shipping ? { shipping } : {}) }
}
