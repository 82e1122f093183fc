import { MedusaService } from "@medusajs/framework/utils"
import { EskizToken } from "./models/eskiz-token"
import {
  type EskizPluginOptions,
  type ResolvedEskizPluginOptions,
  parseEskizPluginOptions,
} from "./options"
import { isEskizCallbackToken } from "../../utils/callback-token"

/**
 * The Eskiz plugin's data: the shared API token (written by the provider
 * through the database connection, see `providers/notification-eskiz/token-store.ts`)
 * and the callback options.
 */
export default class EskizModuleService extends MedusaService({
  EskizToken,
}) {
  protected readonly options_: ResolvedEskizPluginOptions

  constructor(
    container: Record<string, unknown>,
    options: EskizPluginOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseEskizPluginOptions(options)
  }

  /** The notification module's id of the `notification-eskiz` provider. */
  getProviderId(): string {
    return this.options_.providerId
  }

  /**
   * Whether `token` is the delivery-callback token of `notificationId`; always
   * false when no callback secret is configured.
   */
  isCallbackToken(notificationId: string, token: unknown): boolean {
    if (!this.options_.callbackSecret) {
      return false
    }
    return isEskizCallbackToken(
      this.options_.callbackSecret,
      notificationId,
      token
    )
  }
}
