import { env, optional, optionalNumber, ProviderConfig } from "./env"

/**
 * Secret of the Eskiz delivery-callback tokens: the same value for the
 * `notification-eskiz` provider (signs each SMS's callback URL) and the
 * `@bozor/medusa-eskiz` plugin (checks the callbacks).
 */
export const eskizCallbackSecret = optional("ESKIZ_CALLBACK_SECRET")

/** Push (issue #19): the FCM service account, when all three are set. */
export const fcmConfigured = !!(
  env.FCM_PROJECT_ID &&
  env.FCM_CLIENT_EMAIL &&
  env.FCM_PRIVATE_KEY
)

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
  // Push through Firebase Cloud Messaging when its service account is set.
  ...(fcmConfigured
    ? [
        {
          resolve: "@bozor/medusa-push/providers/notification-fcm",
          id: "fcm",
          options: {
            channels: ["push"],
            projectId: env.FCM_PROJECT_ID,
            clientEmail: env.FCM_CLIENT_EMAIL,
            // A PEM key in one env line has its newlines written as \n.
            privateKey: env.FCM_PRIVATE_KEY?.replace(/\\n/g, "\n"),
            apiUrl: optional("FCM_API_URL"),
            tokenUrl: optional("FCM_TOKEN_URL"),
            timeoutMs: optionalNumber("FCM_TIMEOUT_MS"),
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
