import { MedusaError } from "@medusajs/framework/utils"

/** A Payme Merchant API message: Payme shows it in the payer's language (spec §1.2). */
export type PaymeMessage = { ru: string; uz: string; en: string }

/** Every error code the endpoint answers with (spec §1.6) and its message. */
export const PAYME_ERRORS = {
  /** Request method is not POST. */
  METHOD_NOT_POST: {
    code: -32300,
    message: {
      ru: "Метод запроса должен быть POST.",
      uz: "So'rov usuli POST bo'lishi kerak.",
      en: "Request method must be POST.",
    },
  },
  PARSE_ERROR: {
    code: -32700,
    message: {
      ru: "Ошибка разбора JSON.",
      uz: "JSON tahlilida xatolik.",
      en: "JSON parse error.",
    },
  },
  INVALID_REQUEST: {
    code: -32600,
    message: {
      ru: "Отсутствуют обязательные поля в RPC-запросе или тип полей не соответствует спецификации.",
      uz: "RPC so'rovida majburiy maydonlar yo'q yoki ularning turi noto'g'ri.",
      en: "Required RPC fields are missing or have a wrong type.",
    },
  },
  METHOD_NOT_FOUND: {
    code: -32601,
    message: {
      ru: "Запрашиваемый метод не найден.",
      uz: "So'ralgan usul topilmadi.",
      en: "Method not found.",
    },
  },
  INSUFFICIENT_PRIVILEGE: {
    code: -32504,
    message: {
      ru: "Недостаточно привилегий для выполнения метода.",
      uz: "Usulni bajarish uchun huquqlar yetarli emas.",
      en: "Insufficient privilege to perform this method.",
    },
  },
  SYSTEM_ERROR: {
    code: -32400,
    message: {
      ru: "Системная ошибка.",
      uz: "Tizim xatosi.",
      en: "System error.",
    },
  },
  WRONG_AMOUNT: {
    code: -31001,
    message: {
      ru: "Неверная сумма.",
      uz: "Noto'g'ri summa.",
      en: "Incorrect amount.",
    },
  },
  TRANSACTION_NOT_FOUND: {
    code: -31003,
    message: {
      ru: "Транзакция не найдена.",
      uz: "Tranzaksiya topilmadi.",
      en: "Transaction not found.",
    },
  },
  CANNOT_CANCEL: {
    code: -31007,
    message: {
      ru: "Заказ выполнен. Невозможно отменить транзакцию.",
      uz: "Buyurtma bajarilgan. Tranzaksiyani bekor qilib bo'lmaydi.",
      en: "The order is completed. The transaction cannot be cancelled.",
    },
  },
  CANNOT_PERFORM: {
    code: -31008,
    message: {
      ru: "Невозможно выполнить операцию.",
      uz: "Amalni bajarib bo'lmaydi.",
      en: "Unable to perform the operation.",
    },
  },
  /** -31050: account not found; `data` is the account field (spec §1.2). */
  ACCOUNT_NOT_FOUND: {
    code: -31050,
    message: {
      ru: "Неверный код заказа.",
      uz: "Harid kodida xatolik.",
      en: "Incorrect order code.",
    },
  },
  /** -31050 for ChangePassword without a password (P8), `data` = "password". */
  INVALID_PASSWORD: {
    code: -31050,
    message: {
      ru: "Неверный пароль.",
      uz: "Parol noto'g'ri.",
      en: "Invalid password.",
    },
  },
} as const satisfies Record<string, { code: number; message: PaymeMessage }>

export type PaymeErrorName = keyof typeof PAYME_ERRORS

/** A JSON-RPC error the endpoint answers with (HTTP 200 all the same). */
export class PaymeRpcError extends Error {
  readonly code: number
  readonly localized: PaymeMessage
  readonly data?: string

  constructor(name: PaymeErrorName, data?: string) {
    super(PAYME_ERRORS[name].message.en)
    this.name = "PaymeRpcError"
    this.code = PAYME_ERRORS[name].code
    this.localized = PAYME_ERRORS[name].message
    this.data = data
  }

  toJSON() {
    return {
      code: this.code,
      message: this.localized,
      ...(this.data !== undefined ? { data: this.data } : {}),
    }
  }
}

const PAYME_ERROR_CODE_PREFIX = "payme:"

/**
 * A `MedusaError` that carries a Payme error through a workflow: the
 * orchestrator serialises step errors, keeping `code`, `message` and `type`.
 */
export function paymeMedusaError(
  type: keyof typeof MedusaError.Types,
  name: PaymeErrorName,
  message: string,
  data?: string
) {
  return new MedusaError(
    MedusaError.Types[type],
    message,
    `${PAYME_ERROR_CODE_PREFIX}${name}${data !== undefined ? `:${data}` : ""}`
  )
}

/**
 * What a method answers when Medusa refused a state change (a MedusaError
 * without a Payme code, e.g. the cart cannot become an order), instead of a
 * system error.
 */
export const PAYME_METHOD_REFUSALS: Record<string, PaymeErrorName> = {
  PerformTransaction: "CANNOT_PERFORM",
  CancelTransaction: "CANNOT_CANCEL",
}

/**
 * The single translation of anything thrown while answering a callback into a
 * Payme error: our own errors keep their code, a MedusaError carrying a Payme
 * code becomes that code, another MedusaError the method's refusal (if it has
 * one), anything else is a system error (-32400).
 */
export function toPaymeError(error: unknown, method?: string): PaymeRpcError {
  if (error instanceof PaymeRpcError) {
    return error
  }
  const refusal =
    method &&
    Object.prototype.hasOwnProperty.call(PAYME_METHOD_REFUSALS, method)
      ? PAYME_METHOD_REFUSALS[method]
      : undefined
  const code = (error as { code?: unknown } | undefined)?.code
  if (typeof code === "string" && code.startsWith(PAYME_ERROR_CODE_PREFIX)) {
    const [name, ...data] = code
      .slice(PAYME_ERROR_CODE_PREFIX.length)
      .split(":")
    if (name in PAYME_ERRORS) {
      return new PaymeRpcError(
        name as PaymeErrorName,
        data.length ? data.join(":") : undefined
      )
    }
  }
  if (refusal && (error as { type?: unknown } | undefined)?.type) {
    return new PaymeRpcError(refusal)
  }
  return new PaymeRpcError("SYSTEM_ERROR")
}
