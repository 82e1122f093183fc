import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CLICK_MODULE, parseClickModuleOptions } from ".."
import validateOptionsLoader from "../loaders/validate-options"
import { ClickTransaction } from "../models/click-transaction"
import type ClickModuleService from "../service"
import { useEmptyDatabase } from "../../../../../../integration-tests/helpers/empty-database"

jest.setTimeout(60 * 1000)

// Issue #15: the Click callbacks read their options from the plugin's module
// (the plugin's options), no longer from the payment provider's entry in the
// config module.
const OPTIONS = {
  service_id: 30001,
  merchant_id: "20001",
  merchant_user_id: "40001",
  secret_key: "click-options-secret",
  return_url: "https://shop.example.uz/click-return",
  test_mode: true,
  api_url: "",
}

describe("parseClickModuleOptions", () => {
  it("treats no credentials as Click not configured", () => {
    expect(parseClickModuleOptions({})).toBeNull()
    expect(parseClickModuleOptions(undefined)).toBeNull()
    expect(
      parseClickModuleOptions({ service_id: "", secret_key: undefined })
    ).toBeNull()
  })

  it.each([
    [{ ...OPTIONS, secret_key: "" }, "Option `secret_key` is required"],
    [
      { service_id: "30001", secret_key: "s" },
      "Option `merchant_id` is required",
    ],
    [
      { ...OPTIONS, service_id: "30-001" },
      "Option `service_id` of the Click plugin must be Click's numeric id.",
    ],
    [
      { ...OPTIONS, return_url: "not a url" },
      "Option `return_url` of the Click plugin must be an absolute URL.",
    ],
    [
      { ...OPTIONS, test_mode: "yes" },
      "Option `test_mode` of the Click plugin must be a boolean.",
    ],
    [
      { ...OPTIONS, timeout_ms: 0 },
      "Option `timeout_ms` of the Click plugin must be >= 1.",
    ],
  ])("refuses %j", (options, message) => {
    expect(() => parseClickModuleOptions(options as any)).toThrow(message)
  })
})

describe("the module's options loader", () => {
  // Medusa runs it when it loads the module: a bad option stops the start-up.
  it("rejects a malformed option, naming it", async () => {
    await expect(
      validateOptionsLoader({
        options: { ...OPTIONS, merchant_user_id: "user-1" },
      } as any)
    ).rejects.toThrow(
      "Option `merchant_user_id` of the Click plugin must be Click's numeric id."
    )
    await expect(
      validateOptionsLoader({ options: OPTIONS } as any)
    ).resolves.toBeUndefined()
  })
})

const dbName = useEmptyDatabase("click")

moduleIntegrationTestRunner<ClickModuleService>({
  dbName,
  moduleName: CLICK_MODULE,
  moduleModels: [ClickTransaction],
  resolve: path.join(__dirname, ".."),
  moduleOptions: OPTIONS,
  testSuite: ({ service }) => {
    describe("getOptions", () => {
      it("returns the plugin's options, ids as strings, unset URLs left out", () => {
        expect(service.getOptions()).toEqual({
          service_id: "30001",
          merchant_id: "20001",
          merchant_user_id: "40001",
          secret_key: "click-options-secret",
          return_url: "https://shop.example.uz/click-return",
          test_mode: true,
        })
      })
    })
  },
})
