import type { MedusaContainer } from "@medusajs/framework/types"
import type { z } from "@medusajs/framework/zod"
import {
  paymeCancelTransactionWorkflow,
  paymeChangePasswordWorkflow,
  paymeCheckPerformTransactionWorkflow,
  paymeCheckTransactionWorkflow,
  paymeCreateTransactionWorkflow,
  paymeGetStatementWorkflow,
  paymePerformTransactionWorkflow,
  paymeSetFiscalDataWorkflow,
} from "../../../workflows/payme"
import type { PaymeErrorName } from "../../../workflows/payme/errors"
import {
  CancelTransactionParams,
  ChangePasswordParams,
  CheckPerformTransactionParams,
  CreateTransactionParams,
  GetStatementParams,
  SetFiscalDataParams,
  TransactionIdParams,
} from "./validators"

/** One Merchant API method: its params schema and the workflow that answers it. */
export type PaymeMethod = {
  params: z.ZodTypeAny
  /** The error for params the schema refuses (with its `data`). */
  invalid: { name: PaymeErrorName; data?: string }
  /** Runs the workflow with the params as `params` parsed them. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each method's own input type
  run: (scope: MedusaContainer, input: any) => Promise<object>
}

const invalidRequest = { name: "INVALID_REQUEST" as const }

/** Runs a workflow and answers its result. */
const runner =
  <I, O extends object>(workflow: {
    (scope: MedusaContainer): {
      run: (args: { input: I }) => Promise<{ result: O }>
    }
  }) =>
  async (scope: MedusaContainer, input: I) =>
    (await workflow(scope).run({ input })).result

/** The Merchant API methods (spec §1.5), by name. */
export const PAYME_METHODS: Record<string, PaymeMethod> = {
  CheckPerformTransaction: {
    params: CheckPerformTransactionParams,
    invalid: invalidRequest,
    run: runner(paymeCheckPerformTransactionWorkflow),
  },
  CreateTransaction: {
    params: CreateTransactionParams,
    invalid: invalidRequest,
    run: runner(paymeCreateTransactionWorkflow),
  },
  PerformTransaction: {
    params: TransactionIdParams,
    invalid: invalidRequest,
    run: runner(paymePerformTransactionWorkflow),
  },
  CancelTransaction: {
    params: CancelTransactionParams,
    invalid: invalidRequest,
    run: runner(paymeCancelTransactionWorkflow),
  },
  CheckTransaction: {
    params: TransactionIdParams,
    invalid: invalidRequest,
    run: runner(paymeCheckTransactionWorkflow),
  },
  GetStatement: {
    params: GetStatementParams,
    invalid: invalidRequest,
    run: runner(paymeGetStatementWorkflow),
  },
  SetFiscalData: {
    params: SetFiscalDataParams,
    invalid: invalidRequest,
    run: runner(paymeSetFiscalDataWorkflow),
  },
  ChangePassword: {
    params: ChangePasswordParams,
    invalid: { name: "INVALID_PASSWORD", data: "password" },
    run: runner(paymeChangePasswordWorkflow),
  },
}
