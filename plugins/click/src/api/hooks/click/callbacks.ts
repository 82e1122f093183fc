import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { CLICK_MODULE } from "../../../modules/click"
import type ClickModuleService from "../../../modules/click/service"
import type { ClickOptions } from "../../../providers/click/types"
import { verifyClickSignature } from "../../../providers/click/utils/signature"
import {
  CLICK_ERROR_NOTES,
  ClickError,
  ClickErrorCode,
  clickCodeForError,
  clickCodeOf,
} from "../../../workflows/click/errors"
import { completeClickTransactionWorkflow } from "../../../workflows/click/complete-click-transaction"
import { prepareClickTransactionWorkflow } from "../../../workflows/click/prepare-click-transaction"
import {
  ClickCompleteBody,
  ClickCompleteBodyType,
  ClickPrepareBody,
} from "./validators"

type Fields = Record<string, unknown>

export type ClickPrepareAnswer = {
  click_trans_id: number | string | null
  merchant_trans_id: string | null
  merchant_prepare_id: number | null
  error: ClickErrorCode
  error_note: string
}

export type ClickCompleteAnswer = {
  click_trans_id: number | string | null
  merchant_trans_id: string | null
  merchant_confirm_id: number | null
  error: ClickErrorCode
  error_note: string
}

/**
 * The plugin's Click options (given to its module in medusa-config.ts);
 * a store without Click answers 404.
 */
function requireOptions(container: MedusaContainer): ClickOptions {
  const click: ClickModuleService = container.resolve(CLICK_MODULE)
  const options = click.getOptions()
  if (!options) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "Click is not configured on this store."
    )
  }
  return options
}

/** Click's bigint ids are echoed as JSON numbers when they fit in one. */
function echoId(value: unknown): number | string | null {
  if (typeof value !== "string" || !/^\d{1,20}$/.test(value)) {
    return null
  }
  const n = Number(value)
  return Number.isSafeInteger(n) ? n : value
}

function echoString(value: unknown): string | null {
  return typeof value === "string" && value.length <= 255 ? value : null
}

function log(
  container: MedusaContainer,
  options: ClickOptions,
  action: "prepare" | "complete",
  f: Fields,
  code: ClickErrorCode
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  // Never the signature or the secret: ids and the outcome only.
  const msg = `[click] ${action} click_trans_id=${echoId(f.click_trans_id)} merchant_trans_id=${echoString(
    f.merchant_trans_id
  )} -> ${code}`
  if (code === ClickError.SIGN_CHECK_FAILED) {
    logger.warn(msg)
  } else if (options.test_mode || code === ClickError.SUCCESS) {
    logger.info(msg)
  } else {
    logger.debug(msg)
  }
}

/**
 * Prepare (action 0, spec §2.2): parse (−8), check the md5 sign in constant
 * time (−1) and the action (−3), then run one workflow whose steps check
 * −5 → −4 → −2 → −9 and store the attempt once per click_trans_id.
 */
export async function handleClickPrepare(
  container: MedusaContainer,
  body: Fields
): Promise<ClickPrepareAnswer> {
  const options = requireOptions(container)
  const answer = (
    error: ClickErrorCode,
    prepareId: number | null = null
  ): ClickPrepareAnswer => {
    log(container, options, "prepare", body, error)
    return {
      click_trans_id: echoId(body.click_trans_id),
      merchant_trans_id: echoString(body.merchant_trans_id),
      merchant_prepare_id: prepareId,
      error,
      error_note: CLICK_ERROR_NOTES[error],
    }
  }

  const parsed = ClickPrepareBody.safeParse(body)
  if (!parsed.success) {
    return answer(ClickError.ERROR_IN_REQUEST)
  }
  const f = parsed.data
  if (
    f.service_id !== options.service_id ||
    !verifyClickSignature("prepare", f, f.sign_string, options.secret_key)
  ) {
    return answer(ClickError.SIGN_CHECK_FAILED)
  }
  if (f.action !== "0") {
    return answer(ClickError.ACTION_NOT_FOUND)
  }

  try {
    const { result } = await prepareClickTransactionWorkflow(container).run({
      input: {
        click_trans_id: f.click_trans_id,
        click_paydoc_id: f.click_paydoc_id,
        merchant_trans_id: f.merchant_trans_id,
        amount: f.amount,
        error: Number(f.error),
      },
    })
    return answer(ClickError.SUCCESS, result.prepare_id)
  } catch (e) {
    const code = clickCodeOf(e)
    if (code === undefined) {
      throw e
    }
    return answer(code)
  }
}

/**
 * Complete (action 1, spec §2.3): parse (−8), check the md5 sign in constant
 * time (−1) and the action (−3), then run one workflow whose steps check
 * −5 → −6 → −4 → −2 → −9; error 0 confirms (order created), error < 0
 * cancels (−9).
 */
export async function handleClickComplete(
  container: MedusaContainer,
  body: Fields
): Promise<ClickCompleteAnswer> {
  const options = requireOptions(container)
  const answer = (
    error: ClickErrorCode,
    confirmId: number | null = null
  ): ClickCompleteAnswer => {
    log(container, options, "complete", body, error)
    return {
      click_trans_id: echoId(body.click_trans_id),
      merchant_trans_id: echoString(body.merchant_trans_id),
      merchant_confirm_id: confirmId,
      error,
      error_note: CLICK_ERROR_NOTES[error],
    }
  }

  const parsed = ClickCompleteBody.safeParse(body)
  if (!parsed.success) {
    return answer(ClickError.ERROR_IN_REQUEST)
  }
  const f: ClickCompleteBodyType = parsed.data
  if (
    f.service_id !== options.service_id ||
    !verifyClickSignature("complete", f, f.sign_string, options.secret_key)
  ) {
    return answer(ClickError.SIGN_CHECK_FAILED)
  }
  if (f.action !== "1") {
    return answer(ClickError.ACTION_NOT_FOUND)
  }

  const prepareId = Number(f.merchant_prepare_id)
  try {
    const { result } = await completeClickTransactionWorkflow(container).run({
      input: {
        click_trans_id: f.click_trans_id,
        click_paydoc_id: f.click_paydoc_id,
        merchant_trans_id: f.merchant_trans_id,
        merchant_prepare_id: prepareId,
        amount: f.amount,
        error: Number(f.error),
        error_note: f.error_note ?? null,
      },
    })
    return result.cancelled
      ? answer(ClickError.TRANSACTION_CANCELLED)
      : answer(ClickError.SUCCESS, result.prepare_id)
  } catch (e) {
    // A concurrent callback may have moved the attempt first: the answer
    // follows its status as stored now.
    const [now] = Number.isSafeInteger(prepareId)
      ? await container
          .resolve<ClickModuleService>(CLICK_MODULE)
          .listClickTransactions({ prepare_id: prepareId }, { take: 1 })
      : []
    const code = clickCodeForError(e, now?.status)
    if (code === ClickError.FAILED_TO_UPDATE_USER) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .error(
          `[click] complete of click_trans_id=${f.click_trans_id} for payment session ${f.merchant_trans_id} failed: ${
            (e as Error).message
          }`
        )
    }
    return answer(code)
  }
}
