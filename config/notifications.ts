import { env, optional, optionalNumber, ProviderConfig } from "./env"

/**
 * Secret of the Eskiz delivery-callback tokens: the same value for the
 * `notification-eskiz` provider (signs each SMS's callback URL) and the
 * `@bozor/medusa-eskiz` plugin (checks the callbacks).
 */
export const eskizCallbackSecret = optional("ESKIZ_CALLBACK_SECRET")

/** Notification providers: one per channel (Medusa's rule). */
export const notificationProviders: ProviderConfig[] = [
  {
    resolve: "@medusajs/medusa/notification-local",
    id: "local",
    options: { name: "Local Notification Provider", channels: ["feed"] },
  },
  // Eskiz SMS (PlayMobile as fallback route) when its credentials are set.
  ...(env.ESKIZ_EMAIL && env.ESKIZ_PASSWORD
    ? [
        {
          resolve: "@bozor/medusa-eskiz/providers/notification-eskiz",
          id: "eskiz",
          options: {
            channels: ["sms"],
            email: env.ESKIZ_EMAIL,
            password: env.ESKIZ_PASSWORD,
            from: optional("ESKIZ_FROM"),
            apiUrl: optional("ESKIZ_API_URL"),
            callbackUrl: optional("ESKIZ_CALLBACK_URL"),
            callbackSecret: eskizCallbackSecret,
            timeoutMs: optionalNumber("SMS_TIMEOUT_MS"),
            playmobile:
              env.PLAYMOBILE_LOGIN && env.PLAYMOBILE_PASSWORD
                ? {
                    login: env.PLAYMOBILE_LOGIN,
                    password: env.PLAYMOBILE_PASSWORD,
                    originator: optional("PLAYMOBILE_ORIGINATOR"),
                    apiUrl: optional("PLAYMOBILE_API_URL"),
                  }
                : undefined,
          },
        },
      ]
    : []),
  // E-mail over SMTP when a server is set.
  ...(env.SMTP_HOST
    ? [
        {
          resolve: "@bozor/medusa-smtp/providers/notification-smtp",
          id: "smtp",
          options: {
            channels: ["email"],
            host: env.SMTP_HOST,
            port: optionalNumber("SMTP_PORT"),
            secure: env.SMTP_SECURE === "true",
            user: optional("SMTP_USER"),
            password: optional("SMTP_PASSWORD"),
            from: env.SMTP_FROM || "Bozor <no-reply@bozor.uz>",
          },
        },
      ]
    : []),
]
