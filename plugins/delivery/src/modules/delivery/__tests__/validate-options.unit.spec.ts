import { validateDeliveryOptions } from "../loaders/validate-options"
import BozorCourierFulfillmentProviderService from "../../../providers/bozor-courier/service"

describe("delivery options", () => {
  it("fills the defaults, ignoring unset env values", () => {
    expect(
      validateDeliveryOptions({ offerTimeoutSeconds: undefined, database: {} })
    ).toMatchObject({
      offerTimeoutSeconds: 60,
      autoDispatch: true,
      locationMinIntervalMs: 1000,
      earningBase: 10000,
      earningPerKm: 2000,
      currencyCode: "uzs",
      depot: { lat: 41.3111, lng: 69.2797 },
    })
  })

  it.each([
    [{ offerTimeoutSeconds: 1 }, "offerTimeoutSeconds", "at least 5"],
    [{ offerTimeoutSeconds: Number("abc") }, "offerTimeoutSeconds", ""],
    [{ earningPerKm: -1 }, "earningPerKm", "at least 0"],
    [{ depot: { lat: 95, lng: 69 } }, "depot.lat", "at most 90"],
    [{ currencyCode: "UZS" }, "currencyCode", "lower-case"],
  ])("refuses %j naming the option", (options, name, message) => {
    expect(() => validateDeliveryOptions(options)).toThrow(
      new RegExp(
        `Option \`${name.replace(".", "\\.")}\` of @bozor/medusa-delivery is invalid.*${message}`
      )
    )
  })

  it("checks the provider's options", () => {
    expect(() =>
      BozorCourierFulfillmentProviderService.validateOptions({
        perKmAmount: -5,
      })
    ).toThrow(/Option `perKmAmount` of the bozor-courier fulfillment provider/)
    expect(() =>
      BozorCourierFulfillmentProviderService.validateOptions({})
    ).not.toThrow()
  })
})
