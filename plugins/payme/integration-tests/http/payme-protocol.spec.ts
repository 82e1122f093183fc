import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../../src/scripts/seed/seed-demo-store"
import {
  AUTH,
  basic,
  ENV,
  paymeHelpers,
  paymeId,
  seedPayme,
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

    const { rpc, paymeCart, pg, txRows, createAndPerform } = paymeHelpers(
      api,
      getContainer,
      () => seed
    )

    describe("authorization", () => {
      it("answers -32504 to wrong or missing credentials and changes nothing", async () => {
        const cart = await paymeCart()
        const params = {
          id: paymeId(),
          time: Date.now(),
          amount: cart.amount,
          account: cart.account,
        }
        const wrong = [
          basic("Paycom", "wrong-key"),
          basic("Paycom2", ENV.PAYME_SECRET_KEY),
          basic("paycom", ENV.PAYME_SECRET_KEY),
          `Bearer ${ENV.PAYME_SECRET_KEY}`,
          "Basic !!!",
          null,
        ]
        for (const auth of wrong) {
          for (const method of [
            "CreateTransaction",
            "CheckPerformTransaction",
            "GetStatement",
            "ChangePassword",
          ]) {
            const body = await rpc(
              method,
              { ...params, from: 0, to: Date.now(), password: "x" },
              { auth }
            )
            expect(body.result).toBeUndefined()
            expect(body.error.code).toBe(-32504)
            expect(body.error.message).toEqual({
              ru: expect.any(String),
              uz: expect.any(String),
              en: "Insufficient privilege to perform this method.",
            })
          }
        }
        expect(await txRows()).toHaveLength(0)
        expect(await pg()("payme_credential")).toHaveLength(0)
        // The right key still works afterwards.
        const ok = await rpc("CheckPerformTransaction", {
          amount: cart.amount,
          account: cart.account,
        })
        expect(ok.result.allow).toBe(true)
      })
    })

    describe("GetStatement", () => {
      it("lists the transactions of a period by Payme time, as CheckTransaction shows them", async () => {
        const a = await paymeCart()
        const b = await paymeCart()
        const t0 = Date.now() - 60_000
        const idA = paymeId()
        const idB = paymeId()
        await rpc("CreateTransaction", {
          id: idA,
          time: t0,
          amount: a.amount,
          account: a.account,
        })
        await rpc("CreateTransaction", {
          id: idB,
          time: t0 + 10_000,
          amount: b.amount,
          account: b.account,
        })
        await rpc("PerformTransaction", { id: idB })

        const both = await rpc("GetStatement", { from: t0, to: t0 + 10_000 })
        expect(both.result.transactions.map((t: any) => t.id)).toEqual([
          idA,
          idB,
        ])
        for (const t of both.result.transactions) {
          const checked = await rpc("CheckTransaction", { id: t.id })
          expect(t).toEqual({
            id: t.id,
            time: t.id === idA ? t0 : t0 + 10_000,
            amount: a.amount,
            account: t.id === idA ? a.account : b.account,
            ...checked.result,
            receivers: null,
          })
        }
        const onlyB = await rpc("GetStatement", {
          from: t0 + 1,
          to: t0 + 20_000,
        })
        expect(onlyB.result.transactions.map((t: any) => t.id)).toEqual([idB])
        expect(
          (await rpc("GetStatement", { from: t0 - 5000, to: t0 - 1 })).result
        ).toEqual({ transactions: [] })
        expect((await rpc("GetStatement", { from: t0 })).error.code).toBe(
          -32600
        )
      })
    })

    describe("SetFiscalData and ChangePassword", () => {
      it("stores the fiscal receipt per type", async () => {
        const cart = await paymeCart()
        const { id } = await createAndPerform(cart)
        const fiscal = {
          receipt_id: 12345,
          status_code: 0,
          message: "accepted",
          terminal_id: "EP000000000025",
          fiscal_sign: "123456789012",
          qr_code_url:
            "https://ofd.soliq.uz/check?t=EP000000000025&r=12345&c=20240101120000&s=123456789012",
          date: "20240101120000",
        }
        expect(
          (
            await rpc("SetFiscalData", {
              id,
              type: "PERFORM",
              fiscal_data: fiscal,
            })
          ).result
        ).toEqual({ success: true })
        const [row] = await txRows({ payme_id: id })
        expect(row.fiscal_data).toEqual({ PERFORM: fiscal })
        expect(
          (
            await rpc("SetFiscalData", {
              id: paymeId(),
              type: "PERFORM",
              fiscal_data: fiscal,
            })
          ).error.code
        ).toBe(-31003)
        expect(
          (
            await rpc("SetFiscalData", {
              id,
              type: "OTHER",
              fiscal_data: fiscal,
            })
          ).error.code
        ).toBe(-32600)
      })

      it("switches to the new key on ChangePassword", async () => {
        const empty = await rpc("ChangePassword", { password: "" })
        expect(empty.error).toMatchObject({ code: -31050, data: "password" })
        expect(
          (await rpc("ChangePassword", { password: "new-key-42" })).result
        ).toEqual({ success: true })
        const old = await rpc("CheckTransaction", { id: paymeId() })
        expect(old.error.code).toBe(-32504)
        const renewed = await rpc(
          "CheckTransaction",
          { id: paymeId() },
          { auth: basic("Paycom", "new-key-42") }
        )
        expect(renewed.error.code).toBe(-31003)
        const [credential] = await pg()("payme_credential")
        expect(credential.key_hash).not.toContain("new-key-42")
      })
    })

    describe("protocol errors", () => {
      it("answers -31003 for unknown transactions", async () => {
        for (const method of [
          "CheckTransaction",
          "PerformTransaction",
          "CancelTransaction",
        ]) {
          const body = await rpc(method, { id: paymeId(), reason: 1 })
          expect(body.error.code).toBe(-31003)
          expect(body.error.message.en).toBe("Transaction not found.")
        }
      })

      it("answers -32601 with the method name, -32600 for bad params, echoing string ids", async () => {
        const unknown = await rpc("ChargeEverything", {}, { id: "abc-1" })
        expect(unknown.error).toMatchObject({
          code: -32601,
          data: "ChargeEverything",
        })
        expect((await rpc("CheckTransaction", {})).error.code).toBe(-32600)
        expect(
          (await rpc("CancelTransaction", { id: paymeId() })).error.code
        ).toBe(-32600)
        expect(
          (
            await rpc("CreateTransaction", {
              id: paymeId(),
              amount: 100,
              account: {},
            })
          ).error.code
        ).toBe(-32600)
      })

      it("answers -32700 to broken JSON and -32300 to other HTTP methods, always HTTP 200", async () => {
        const broken = await api.post("/hooks/payme", '{"id": 1, "method": ', {
          headers: { authorization: AUTH, "content-type": "application/json" },
          transformRequest: (d: unknown) => d,
          validateStatus: () => true,
        })
        expect(broken.status).toBe(200)
        expect(broken.data).toMatchObject({ id: null, error: { code: -32700 } })
        const get = await api.get("/hooks/payme", {
          validateStatus: () => true,
        })
        expect(get.status).toBe(200)
        expect(get.data.error.code).toBe(-32300)
        const noEnvelope = await api.post(
          "/hooks/payme",
          { params: {} },
          {
            headers: { authorization: AUTH },
            validateStatus: () => true,
          }
        )
        expect(noEnvelope.status).toBe(200)
        expect(noEnvelope.data.error.code).toBe(-32600)
      })
    })
  },
})
