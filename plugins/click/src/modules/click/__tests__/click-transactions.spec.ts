import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaError } from "@medusajs/framework/utils"
import { CLICK_MODULE } from ".."
import { ClickTransaction } from "../models/click-transaction"
import type ClickModuleService from "../service"
import type { PrepareClickTransactionInput } from "../types"
import { useEmptyDatabase } from "../../../../../../integration-tests/helpers/empty-database"

jest.setTimeout(60 * 1000)

const attempt = (
  click_trans_id: string,
  cart_id = "cart_1"
): PrepareClickTransactionInput => ({
  click_trans_id,
  click_paydoc_id: `9${click_trans_id}`,
  merchant_trans_id: `payses_${cart_id}`,
  payment_session_id: `payses_${cart_id}`,
  payment_collection_id: `pay_col_${cart_id}`,
  cart_id,
  amount: 675000,
  currency_code: "uzs",
})

const dbName = useEmptyDatabase("click")

moduleIntegrationTestRunner<ClickModuleService>({
  dbName,
  moduleName: CLICK_MODULE,
  moduleModels: [ClickTransaction],
  resolve: path.join(__dirname, ".."),
  testSuite: ({ service }) => {
    describe("prepareTransaction", () => {
      it("stores one row per click_trans_id with increasing integer prepare ids", async () => {
        const a = await service.prepareTransaction(attempt("100"))
        const b = await service.prepareTransaction(attempt("101"))
        expect(a.created).toBe(true)
        expect(b.created).toBe(true)
        expect(Number.isInteger(a.transaction.prepare_id)).toBe(true)
        expect(b.transaction.prepare_id).toBeGreaterThan(
          a.transaction.prepare_id
        )
        expect(a.transaction).toMatchObject({
          status: "prepared",
          cart_id: "cart_1",
          currency_code: "uzs",
        })
        expect(Number(a.transaction.amount)).toBe(675000)
      })

      it("returns the stored row to concurrent duplicates", async () => {
        const results = await Promise.all(
          Array.from({ length: 8 }, () =>
            service.prepareTransaction(attempt("200"))
          )
        )
        expect(results.filter((r) => r.created)).toHaveLength(1)
        const ids = new Set(results.map((r) => r.transaction.prepare_id))
        expect(ids.size).toBe(1)
        expect(
          await service.listClickTransactions({ click_trans_id: "200" })
        ).toHaveLength(1)
      })
    })

    describe("transitionTransaction", () => {
      it("lets exactly one of concurrent identical transitions win", async () => {
        const { transaction } = await service.prepareTransaction(attempt("300"))
        const results = await Promise.all(
          Array.from({ length: 6 }, () =>
            service.transitionTransaction(
              transaction.id,
              "prepared",
              "confirming"
            )
          )
        )
        expect(results.filter(Boolean)).toHaveLength(1)
        const done = await service.transitionTransaction(
          transaction.id,
          "confirming",
          "confirmed",
          { order_id: "order_1" }
        )
        expect(done).toMatchObject({ status: "confirmed", order_id: "order_1" })
        expect(done!.confirmed_at).toBeTruthy()
        // A confirmed attempt cannot be cancelled any more.
        expect(
          await service.transitionTransaction(
            transaction.id,
            "prepared",
            "cancelled"
          )
        ).toBeNull()
      })

      it("refuses a second paid attempt for the same cart (partial unique index)", async () => {
        const first = await service.prepareTransaction(attempt("400", "cart_9"))
        const second = await service.prepareTransaction(
          attempt("401", "cart_9")
        )
        await service.transitionTransaction(
          first.transaction.id,
          "prepared",
          "confirming"
        )
        const error = await service
          .transitionTransaction(
            second.transaction.id,
            "prepared",
            "confirming"
          )
          .catch((e) => e)
        expect(MedusaError.isMedusaError(error)).toBe(true)
        expect(error.type).toBe(MedusaError.Types.CONFLICT)
        // Cancelling the other attempt stays possible.
        const cancelled = await service.transitionTransaction(
          second.transaction.id,
          "prepared",
          "cancelled",
          { click_error: -5017, click_error_note: "Cancelled" }
        )
        expect(cancelled).toMatchObject({
          status: "cancelled",
          click_error: -5017,
        })
        expect(cancelled!.cancelled_at).toBeTruthy()
      })
    })
  },
})
