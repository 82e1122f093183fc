import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PAYME_MODULE } from ".."
import { PaymeCredential } from "../models/payme-credential"
import { PaymeTransaction } from "../models/payme-transaction"
import PaymeModuleService, { sha256 } from "../service"
import { useEmptyDatabase } from "../../../../../../integration-tests/helpers/empty-database"

jest.setTimeout(60 * 1000)

const OPTIONS = {
  merchantId: "m-1",
  secretKey: "configured-key",
  testMode: true,
}

const tx = (over: Record<string, unknown> = {}) => ({
  payme_id: `p${Math.random().toString(16).slice(2, 14)}`,
  payme_time: new Date(),
  amount: 67500000,
  account: { order_id: "payses_1" },
  state: 1,
  create_time: new Date(),
  payment_session_id: "payses_1",
  payment_collection_id: "pay_col_1",
  cart_id: "cart_1",
  ...over,
})

const dbName = useEmptyDatabase("payme")

moduleIntegrationTestRunner<PaymeModuleService>({
  dbName,
  moduleName: PAYME_MODULE,
  moduleModels: [PaymeTransaction, PaymeCredential],
  resolve: path.join(__dirname, ".."),
  moduleOptions: OPTIONS,
  testSuite: ({ service }) => {
    describe("payme_transaction constraints", () => {
      it("refuses a second row with the same Payme id", async () => {
        const first = await service.createPaymeTransactions(
          tx({ payme_id: "same" })
        )
        await expect(
          service.createPaymeTransactions(
            tx({ payme_id: "same", cart_id: "cart_2" })
          )
        ).rejects.toThrow()
        const rows = await service.listPaymeTransactions({ payme_id: "same" })
        expect(rows.map((r) => r.id)).toEqual([first.id])
      })

      it("allows one live (state 1 or 2) transaction per cart, any number of cancelled ones", async () => {
        await service.createPaymeTransactions(tx({ state: -1, reason: 3 }))
        await service.createPaymeTransactions(tx({ state: -2, reason: 5 }))
        const live = await service.createPaymeTransactions(tx())
        await expect(service.createPaymeTransactions(tx())).rejects.toThrow()
        await expect(
          service.createPaymeTransactions(tx({ state: 2 }))
        ).rejects.toThrow()
        expect(
          (
            await service.listPaymeTransactions({
              cart_id: "cart_1",
              state: [1, 2],
            })
          ).map((r) => r.id)
        ).toEqual([live.id])
      })

      it("refuses unknown states", async () => {
        await expect(
          service.createPaymeTransactions(tx({ state: 3 }))
        ).rejects.toThrow()
      })
    })

    describe("transitionTransaction (compare-and-set)", () => {
      it("lets exactly one of concurrent transitions win", async () => {
        const created = await service.createPaymeTransactions(tx())
        const results = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            service.transitionTransaction(created.id, [1], {
              state: 2,
              perform_time: new Date(1700000000000 + i),
            })
          )
        )
        const winners = results.filter(Boolean)
        expect(winners).toHaveLength(1)
        const [row] = await service.listPaymeTransactions({ id: created.id })
        expect(row.state).toBe(2)
        // A later transition from the wrong state changes nothing.
        expect(
          await service.transitionTransaction(created.id, [1], {
            state: -1,
            reason: 4,
          })
        ).toBeNull()
        const [after] = await service.listPaymeTransactions({ id: created.id })
        expect(after).toMatchObject({ state: 2, reason: null })
      })
    })

    describe("verifyKey", () => {
      it("accepts exactly the configured key until ChangePassword stores another", async () => {
        expect(await service.verifyKey("configured-key")).toBe(true)
        expect(await service.verifyKey("configured-ke")).toBe(false)
        expect(await service.verifyKey("")).toBe(false)
        await service.createPaymeCredentials({
          merchant_id: "m-1",
          test_mode: true,
          base_key_hash: sha256("configured-key").toString("hex"),
          key_hash: sha256("rotated-key").toString("hex"),
        })
        expect(await service.verifyKey("rotated-key")).toBe(true)
        expect(await service.verifyKey("configured-key")).toBe(false)
      })

      it("ignores a stored key made against another configured key or mode", async () => {
        await service.createPaymeCredentials({
          merchant_id: "m-1",
          test_mode: true,
          base_key_hash: sha256("an-older-configured-key").toString("hex"),
          key_hash: sha256("rotated-key").toString("hex"),
        })
        await service.createPaymeCredentials({
          merchant_id: "m-1",
          test_mode: false,
          base_key_hash: sha256("configured-key").toString("hex"),
          key_hash: sha256("production-key").toString("hex"),
        })
        expect(await service.verifyKey("configured-key")).toBe(true)
        expect(await service.verifyKey("rotated-key")).toBe(false)
        expect(await service.verifyKey("production-key")).toBe(false)
      })
    })
  },
})
