import type { LoaderOptions } from "@medusajs/framework/types"
import {
  type NotificationsPluginOptions,
  validateNotificationsOptions,
} from "../../../utils/options"

/** Checks the plugin's options when the module loads: a bad one stops the start-up, named. */
export default async function validateOptionsLoader({
  options,
}: LoaderOptions<NotificationsPluginOptions>) {
  validateNotificationsOptions(options ?? {})
}
