import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

export const validateNotificationPreferencesStepId =
  "notifications-validate-notification-preferences-step"

export type NotificationPreferenceValues = {
  sms_transactional: boolean
  sms_marketing: boolean
  email_transactional: boolean
  email_marketing: boolean
  push_marketing: boolean
}

/**
 * Transactional messages (order, payment, delivery) must reach the customer
 * somehow: transactional SMS can be turned off only while transactional e-mail
 * stays on and the customer has an e-mail address, and the other way round
 * (then a phone number is needed).
 */
export const validateNotificationPreferencesStep = createStep(
  validateNotificationPreferencesStepId,
  async (input: {
    customer: { id: string; email?: string | null; phone?: string | null }
    preferences: NotificationPreferenceValues
  }) => {
    const { customer, preferences: p } = input
    if (!p.sms_transactional && !(p.email_transactional && customer.email)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Transactional SMS can only be turned off for customer ${customer.id} while transactional e-mail is on and an e-mail address is on file.`
      )
    }
    if (!p.email_transactional && !(p.sms_transactional && customer.phone)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Transactional e-mail can only be turned off for customer ${customer.id} while transactional SMS is on and a phone number is on file.`
      )
    }
  }
)
