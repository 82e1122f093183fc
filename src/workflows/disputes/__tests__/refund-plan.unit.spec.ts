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
    [
      "all that is refundable",
      [payment("a", [100])],
      undefined,
      "100",
      [["a", "100"]],
    ],
    ["a part", [payment("a", [100])], 40, "40", [["a", "40"]]],
    [
      "minus earlier refunds",
      [payment("a", [100], [30])],
      undefined,
      "70",
      [["a", "70"]],
    ],
    [
      "over two payments",
      [payment("a", [50], [50]), payment("b", [80]), payment("c", [20])],
      90,
      "90",
      [
        ["b", "80"],
        ["c", "10"],
      ],
    ],
    [
      "decimals exactly",
      [payment("a", [10.1, 0.2])],
      10.3,
      "10.3",
      [["a", "10.3"]],
    ],
    ["nothing captured", [payment("a", [])], undefined, "0", []],
  ])("plans %s", (_, payments, amount, expected, allocations) => {
    const plan = planRefund(payments, amount)
    expect(plan.amount).toBe(expected)
    expect(plan.allocations.map((a) => [a.payment_id, a.amount])).toEqual(
      allocations
    )
  })

  it("reports the refundable total so an over-refund can be refused", () => {
    const plan = planRefund([payment("a", [100], [60])], 50)
    expect(plan).toMatchObject({ refundable: "40", amount: "50" })
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
