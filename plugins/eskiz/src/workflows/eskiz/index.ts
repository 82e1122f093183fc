export * from "./report-eskiz-delivery-status"
export * from "./steps/validate-eskiz-callback-message"
