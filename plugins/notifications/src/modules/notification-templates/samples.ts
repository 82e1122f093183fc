/**
 * Long but realistic values: an SMS template must fit two segments with them
 * (and with the configured store name, which replaces `store_name`). The
 * dashboard's preview renders with the same values.
 */
export const SAMPLE_VARIABLES = {
  customer_name: "Dilnoza Karimova",
  order_number: "100245",
  total: "12 345 000 so'm",
  amount: "12 345 000 so'm",
  store_name: "Bozor",
  product_title: "Cho'yan qozon, 12 l",
  price: "2 500 000 so'm",
  old_price: "2 900 000 so'm",
  decision: "2 500 000 so'm qaytarildi",
  message: "Mahsulot shikastlangan holda keldi",
  points: "1250",
  expires_on: "2026-12-31",
}

/** The sample value of a variable a capability declared that has none above. */
export const SAMPLE_VALUE = "Namuna qiymati 12345"

/** Sample values for a kind's variables, signed with the store's name. */
export function sampleVariables(
  variables: readonly string[],
  storeName: string
): Record<string, string> {
  return {
    ...Object.fromEntries(
      variables.map((name) => [
        name,
        SAMPLE_VARIABLES[name as keyof typeof SAMPLE_VARIABLES] ?? SAMPLE_VALUE,
      ])
    ),
    store_name: storeName,
  }
}
