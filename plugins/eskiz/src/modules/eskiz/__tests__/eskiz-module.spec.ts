import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { ESKIZ_MODULE, parseEskizPluginOptions } from ".."
import validateOptionsLoader from "../loaders/validate-options"
import { EskizToken } from "../models/eskiz-token"
import type EskizModuleService from "../service"
import { eskizCallbackToken } from "../../../utils/callback-token"
import { useEmptyDatabase } from "../../../../../../integration-tests/helpers/empty-database"

jest.setTimeout(60 * 1000)

const SECRET = "module-test-callback-secret"

describe("parseEskizPluginOptions", () => {
  it("defaults the provider id and allows no secret (callbacks then answer 401)", () => {
    expect(parseEskizPluginOptions({})).toEqual({
      callbackSecret: undefined,
      providerId: "eskiz",
    })
    expect(
      parseEskizPluginOptions({ callbackSecret: "", providerId: "" } as any)
    ).toEqual({ callbackSecret: undefined, providerId: "eskiz" })
    expect(
      parseEskizPluginOptions({ callbackSecret: SECRET, providerId: "sms" })
    ).toEqual({ callbackSecret: SECRET, providerId: "sms" })
  })

  it.each([
    [
      { callbackSecret: "short" },
      "Option `callbackSecret` of the Eskiz plugin must be at least 16 characters.",
    ],
    [
      { callbackSecret: 1234567890123456789 },
      "Option `callbackSecret` of the Eskiz plugin must be a string.",
    ],
    [
      { providerId: "eskiz sms" },
      "Option `providerId` of the Eskiz plugin must be a provider id (letters, digits, _ and -).",
    ],
  ])("refuses %j", (options, message) => {
    expect(() => parseEskizPluginOptions(options as any)).toThrow(message)
  })
})

describe("the module's options loader", () => {
  // Medusa runs it when it loads the module: a bad option stops the start-up.
  it("rejects a malformed option, naming it", async () => {
    await expect(
      validateOptionsLoader({ options: { callbackSecret: "short" } } as any)
    ).rejects.toThrow("Option `callbackSecret` of the Eskiz plugin")
    await expect(
      validateOptionsLoader({
        options: { callbackSecret: SECRET, database: {} },
      } as any)
    ).resolves.toBeUndefined()
  })
})

const dbName = useEmptyDatabase("eskiz")

moduleIntegrationTestRunner<EskizModuleService>({
  dbName,
  moduleName: ESKIZ_MODULE,
  moduleModels: [EskizToken],
  resolve: path.join(__dirname, ".."),
  moduleOptions: { callbackSecret: SECRET },
  testSuite: ({ service }) => {
    it("accepts only the token of that notification under the plugin's secret", () => {
      const token = eskizCallbackToken(SECRET, "noti_01A")
      expect(service.isCallbackToken("noti_01A", token)).toBe(true)
      expect(service.isCallbackToken("noti_01B", token)).toBe(false)
      expect(
        service.isCallbackToken(
          "noti_01A",
          eskizCallbackToken("another-secret-value!", "noti_01A")
        )
      ).toBe(false)
      expect(service.getProviderId()).toBe("eskiz")
    })

    it("keeps one live token per account key", async () => {
      const expires_at = new Date(Date.now() + 86400000)
      const token = await service.createEskizTokens({
        key: "eskiz:shop@bozor.uz",
        token: "t1",
        expires_at,
      })
      expect(token.id).toMatch(/^eztok_/)
      await expect(
        service.createEskizTokens({
          key: "eskiz:shop@bozor.uz",
          token: "t2",
          expires_at,
        })
      ).rejects.toThrow()
      expect(await service.listEskizTokens({})).toHaveLength(1)
    })
  },
})
