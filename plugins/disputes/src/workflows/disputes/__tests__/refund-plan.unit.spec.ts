import { planRefund } from "../utils/refund-plan"
import {
  canTransition,
  DISPUTE_STATUSES,
} from "../../../modules/disputes/types"

const payment = (id: string, captured: number[], refunded: number[] = []) => ({
  id,
  captures: captured.map((amount) => ({ amount })),
  refunds: refunded.map((amount) => ({ amount })),
})

describe("planRefund", () => {
  it.each([
    ["all that is refundable", [payment("a", [100])], undefined, "100", "a"],
    ["a part", [payment("a", [100])], 40, "40", "a"],
    [
      "minus earlier refunds",
      [payment("a", [100], [30])],
      undefined,
      "70",
      "a",
    ],
    [
      "on the first payment that covers it all",
      [payment("a", [50], [50]), payment("b", [30]), payment("c", [80])],
      60,
      "60",
      "c",
    ],
    ["decimals exactly", [payment("a", [10.1, 0.2])], 10.3, "10.3", "a"],
  ])("refunds %s through one payment", (_, payments, amount, expected, id) => {
    const plan = planRefund(payments, amount)
    expect(plan.amount).toBe(expected)
    expect(plan.allocation).toEqual({ payment_id: id, amount: expected })
  })

  it("never splits a refund over several payments", () => {
    // Before issue #14 this was spread as b: 80, c: 10; a failure on c then
    // left b refunded.
    const plan = planRefund(
      [payment("a", [50], [50]), payment("b", [80]), payment("c", [20])],
      90
    )
    expect(plan).toEqual({
      refundable: "100",
      refundable_by_one: "80",
      amount: "90",
      allocation: null,
    })
    // Everything refundable over two payments cannot be one refund either.
    expect(
      planRefund([payment("a", [60]), payment("b", [40])]).allocation
    ).toBeNull()
  })

  it("plans nothing when nothing is captured", () => {
    expect(planRefund([payment("a", [])])).toEqual({
      refundable: "0",
      refundable_by_one: "0",
      amount: "0",
      allocation: null,
    })
  })

  it("reports the refundable total so an over-refund can be refused", () => {
    const plan = planRefund([payment("a", [100], [60])], 50)
    expect(plan).toMatchObject({
      refundable: "40",
      amount: "50",
      allocation: null,
    })
  })
})

describe("dispute state machine", () => {
  const allowed = [
    ["open", "under_review"],
    ["open", "withdrawn"],
    ["under_review", "resolved"],
    ["under_review", "rejected"],
    ["under_review", "withdrawn"],
  ]
  it("allows exactly the issue's transitions", () => {
    for (const from of DISPUTE_STATUSES) {
      for (const to of DISPUTE_STATUSES) {
        const expected = allowed.some(([f, t]) => f === from && t === to)
        expect([from, to, canTransition(from, to)]).toEqual([
          from,
          to,
          expected,
        ])
      }
    }
  })
})
