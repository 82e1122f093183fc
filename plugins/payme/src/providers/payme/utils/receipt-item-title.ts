/**
 * Variant titles Medusa invents for a product that has no variants of its
 * own: the admin dashboard creates "Default variant" (with "Default option" =
 * "Default option value") when "This product has variants" is off. They name
 * nothing the buyer chose, so a receipt leaves them out.
 */
export const PLACEHOLDER_VARIANT_TITLES = ["default variant"]

const normalise = (text: string | null | undefined) =>
  (text ?? "").replace(/\s+/g, " ").trim()

/** True for a title Medusa made up rather than the merchant. */
export function isPlaceholderVariantTitle(title: string | null | undefined) {
  return PLACEHOLDER_VARIANT_TITLES.includes(normalise(title).toLowerCase())
}

/**
 * The name of a line on the fiscal receipt (Payme `detail.items[].title`,
 * issue #14): what the buyer bought, as the merchant named it. That is the
 * product title with the variant title in parentheses, e.g. "Atlas ko'ylak
 * (M)" or "Qurut (Standart)": a merchant's variant name, even a single one,
 * tells the buyer which kind they paid for. The variant is left out only when
 * it says nothing: empty, Medusa's placeholder ("Default variant"), or the
 * product title again.
 */
export function receiptItemTitle(line: {
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
}): string {
  const product = normalise(line.product_title) || normalise(line.title)
  const variant = normalise(line.variant_title)
  if (
    !variant ||
    isPlaceholderVariantTitle(variant) ||
    variant.toLowerCase() === product.toLowerCase()
  ) {
    return product || variant
  }
  return product ? `${product} (${variant})` : variant
}
