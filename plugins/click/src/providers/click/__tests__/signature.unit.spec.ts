import {
  clickAuthHeader,
  clickConfirmationProof,
  clickSignString,
  verifyClickConfirmationProof,
  verifyClickSignature,
} from "../utils/signature"

// Worked examples of spec §2.4 and §2.9 (secret "s3cr3t").
const prepare = {
  click_trans_id: "2090000000",
  service_id: "321",
  merchant_trans_id: "ord_1",
  amount: "15000.00",
  action: "0",
  sign_time: "2024-05-01 12:00:00",
}

describe("Click SHOP API signature", () => {
  it("computes the Prepare sign of the spec's example", () => {
    expect(clickSignString("prepare", prepare, "s3cr3t")).toBe(
      "52f90d4f0dc6890a295c61b0217bb3c0"
    )
  })

  it("computes the Complete sign of the spec's example", () => {
    const complete = {
      ...prepare,
      merchant_prepare_id: "5001",
      action: "1",
      sign_time: "2024-05-01 12:05:00",
    }
    expect(clickSignString("complete", complete, "s3cr3t")).toBe(
      "6bcfb36f66da0b9dda7c690425ad73ba"
    )
  })

  it("ignores a merchant_prepare_id posted with a Prepare", () => {
    expect(
      clickSignString(
        "prepare",
        { ...prepare, merchant_prepare_id: "0" },
        "s3cr3t"
      )
    ).toBe("52f90d4f0dc6890a295c61b0217bb3c0")
  })

  it("verifies case-insensitively and refuses any change", () => {
    const sign = "52F90D4F0DC6890A295C61B0217BB3C0"
    expect(verifyClickSignature("prepare", prepare, sign, "s3cr3t")).toBe(true)
    expect(
      verifyClickSignature(
        "prepare",
        { ...prepare, amount: "15000" },
        sign,
        "s3cr3t"
      )
    ).toBe(false)
    expect(verifyClickSignature("prepare", prepare, sign, "other")).toBe(false)
    expect(verifyClickSignature("prepare", prepare, "short", "s3cr3t")).toBe(
      false
    )
  })
})

describe("Click Merchant API Auth header", () => {
  it("matches the spec's example digest", () => {
    expect(clickAuthHeader("123", "s3cr3t", 1519051543)).toBe(
      "123:1436b3572404c553464596132fa3079610c5f663:1519051543"
    )
  })

  it("uses a 10-digit UNIX timestamp by default", () => {
    expect(clickAuthHeader("7", "k")).toMatch(/^7:[0-9a-f]{40}:\d{10}$/)
  })
})

describe("confirmation proof", () => {
  const c = {
    click_trans_id: "1",
    click_paydoc_id: "2",
    merchant_prepare_id: 3,
    amount: "10.00",
  }
  it("binds the session and the attempt", () => {
    const proof = clickConfirmationProof("payses_1", c, "k")
    expect(verifyClickConfirmationProof("payses_1", c, proof, "k")).toBe(true)
    expect(verifyClickConfirmationProof("payses_2", c, proof, "k")).toBe(false)
    expect(
      verifyClickConfirmationProof(
        "payses_1",
        { ...c, amount: "1.00" },
        proof,
        "k"
      )
    ).toBe(false)
    expect(verifyClickConfirmationProof("payses_1", c, proof, "k2")).toBe(false)
  })
})
