import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import paymeCancelStaleTransactions from "@bozor/medusa-payme/jobs/payme-cancel-stale-transactions"
import type { SeedResult } from "../../../../src/scripts/seed/seed-demo-store"
import {
  paymeHelpers,
  paymeId,
  seedPayme,
  TWELVE_HOURS,
  usePaymeEnv,
} from "../helpers/payme"

jest.setTimeout(180 * 1000)

usePaymeEnv()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult

    beforeAll(async () => {
      seed = await seedPayme(getContainer())
    })

    const {
      rpc,
      paymeCart,
      txRows,
      orderOfCart,
      paymentOfSession,
      createAndPerform,
    } = paymeHelpers(api, getContainer, () => seed)

    describe("repeats and parallel duplicates", () => {
      it("creates one transaction for parallel identical CreateTransaction calls", async () => {
        const cart = await paymeCart()
        const params = {
          id: paymeId(),
          time: Date.now(),
          amount: cart.amount,
          account: cart.account,
        }
        const answers = await Promise.all(
          Array.from({ length: 6 }, () =>
            rpc("CreateTransaction", params, { id: 7 })
          )
        )
        for (const answer of answers) {
          expect(answer.error).toBeUndefined()
          expect(answer.result).toEqual(answers[0].result)
        }
        expect(await txRows()).toHaveLength(1)
      })

      it("lets only one of parallel CreateTransaction calls with different ids win the cart", async () => {
        const cart = await paymeCart()
        const answers = await Promise.all(
          Array.from({ length: 5 }, () =>
            rpc("CreateTransaction", {
              id: paymeId(),
              time: Date.now(),
              amount: cart.amount,
              account: cart.account,
            })
          )
        )
        expect(answers.filter((a) => a.result?.state === 1)).toHaveLength(1)
        expect(answers.filter((a) => a.error?.code === -31008)).toHaveLength(4)
        expect(await txRows()).toHaveLength(1)
      })

      it("performs once for parallel identical PerformTransaction calls: one order, one capture", async () => {
        const cart = await paymeCart()
        const id = paymeId()
        await rpc("CreateTransaction", {
          id,
          time: Date.now(),
          amount: cart.amount,
          account: cart.account,
        })
        const answers = await Promise.all(
          Array.from({ length: 4 }, () =>
            rpc("PerformTransaction", { id }, { id: 9 })
          )
        )
        for (const answer of answers) {
          expect(answer.error).toBeUndefined()
          expect(answer.result).toEqual(answers[0].result)
        }
        expect(answers[0].result.state).toBe(2)
        expect(await orderOfCart(cart.cartId)).toHaveLength(1)
        const payments = await paymentOfSession(cart.session.id)
        expect(payments).toHaveLength(1)
        expect(payments[0].captures).toHaveLength(1)
        const [row] = await txRows()
        expect(new Date(row.perform_time).getTime()).toBe(
          answers[0].result.perform_time
        )
      })

      it("refunds once for parallel identical CancelTransaction calls", async () => {
        const cart = await paymeCart()
        const { id } = await createAndPerform(cart)
        const answers = await Promise.all(
          Array.from({ length: 4 }, () =>
            rpc("CancelTransaction", { id, reason: 5 }, { id: 11 })
          )
        )
        for (const answer of answers) {
          expect(answer.result).toEqual(answers[0].result)
        }
        expect(answers[0].result.state).toBe(-2)
        const [payment] = await paymentOfSession(cart.session.id)
        expect(payment.refunds).toHaveLength(1)
      })
    })

    describe("the 12-hour rule", () => {
      it("refuses CreateTransaction whose Payme time is 12 hours old and stores nothing", async () => {
        const cart = await paymeCart()
        const body = await rpc("CreateTransaction", {
          id: paymeId(),
          time: Date.now() - TWELVE_HOURS - 1000,
          amount: cart.amount,
          account: cart.account,
        })
        expect(body.error.code).toBe(-31008)
        expect(await txRows()).toHaveLength(0)
      })

      it("cancels with reason 4 a transaction that expires before Perform", async () => {
        const cart = await paymeCart()
        const id = paymeId()
        const created = await rpc("CreateTransaction", {
          id,
          time: Date.now() - TWELVE_HOURS + 1500,
          amount: cart.amount,
          account: cart.account,
        })
        expect(created.result.state).toBe(1)
        await new Promise((r) => setTimeout(r, 2000))
        const perform = await rpc("PerformTransaction", { id })
        expect(perform.error.code).toBe(-31008)
        const checked = await rpc("CheckTransaction", { id })
        expect(checked.result).toMatchObject({
          state: -1,
          reason: 4,
          perform_time: 0,
        })
        expect(checked.result.cancel_time).toBeGreaterThan(0)
        expect(await orderOfCart(cart.cartId)).toHaveLength(0)
        // A repeated CreateTransaction of the expired transaction: -31008.
        expect(
          (
            await rpc("CreateTransaction", {
              id,
              time: Date.now() - TWELVE_HOURS + 1500,
              amount: cart.amount,
              account: cart.account,
            })
          ).error.code
        ).toBe(-31008)
      })

      it("the scheduled job cancels stale created transactions only", async () => {
        const stale = await paymeCart()
        const fresh = await paymeCart()
        const staleId = paymeId()
        const freshId = paymeId()
        await rpc("CreateTransaction", {
          id: staleId,
          time: Date.now() - TWELVE_HOURS + 1000,
          amount: stale.amount,
          account: stale.account,
        })
        await rpc("CreateTransaction", {
          id: freshId,
          time: Date.now(),
          amount: fresh.amount,
          account: fresh.account,
        })
        await new Promise((r) => setTimeout(r, 1500))
        const summary = await paymeCancelStaleTransactions(
          getContainer() as MedusaContainer
        )
        expect(summary).toEqual({ cancelled: 1, failed: 0 })
        expect(
          (await rpc("CheckTransaction", { id: staleId })).result
        ).toMatchObject({ state: -1, reason: 4 })
        expect(
          (await rpc("CheckTransaction", { id: freshId })).result
        ).toMatchObject({ state: 1, reason: null })
        // Running it again changes nothing.
        expect(
          await paymeCancelStaleTransactions(getContainer() as MedusaContainer)
        ).toEqual({ cancelled: 0, failed: 0 })
      })
    })
  },
})
