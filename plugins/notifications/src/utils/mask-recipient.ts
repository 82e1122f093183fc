import { maskPhone } from "@bozor/uz-utils"

/** `dilnoza@example.uz` → `d***@example.uz`: enough to recognise, not to copy. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@")
  if (at <= 0) {
    return "***"
  }
  return `${email[0]}***${email.slice(at)}`
}

/** A notification's recipient as the dashboard may show it: phones to their last 4 digits, e-mails masked. */
export function maskRecipient(channel: string, to: string | null): string {
  if (!to) {
    return ""
  }
  return channel === "email" || to.includes("@") ? maskEmail(to) : maskPhone(to)
}
