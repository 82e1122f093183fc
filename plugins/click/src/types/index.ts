export type {
  ClickMerchantResponse,
  ClickOptions,
  ClickPaymentData,
} from "../providers/click/types"
export type { ClickModuleOptions } from "../modules/click/options"
export type {
  ClickTransactionDTO,
  ClickTransactionStatus,
} from "../modules/click/types"
export type { ClickErrorCode } from "../workflows/click/errors"
export { ClickError, CLICK_ERROR_NOTES } from "../workflows/click/errors"
export { CLICK_PROVIDER_ID } from "../workflows/click/steps/find-click-payment-target"
