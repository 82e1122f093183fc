import { ExclamationCircle } from "@medusajs/icons"
import { Skeleton, Text } from "@medusajs/ui"

export const LoadingRows = ({ rows = 3 }: { rows?: number }) => (
  <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="loading">
    {Array.from({ length: rows }, (_, i) => (
      <Skeleton key={i} className="h-8 w-full" />
    ))}
  </div>
)

export const ErrorMessage = ({
  title,
  error,
}: {
  title: string
  error: unknown
}) => (
  <div
    className="flex items-start gap-x-2 px-6 py-4 text-ui-fg-error"
    data-testid="error"
  >
    <ExclamationCircle />
    <div>
      <Text size="small" weight="plus">
        {title}
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        {error instanceof Error ? error.message : String(error ?? "")}
      </Text>
    </div>
  </div>
)

export const EmptyState = ({
  title,
  hint,
  testId = "empty-state",
}: {
  title: string
  hint?: string
  testId?: string
}) => (
  <div
    className="flex flex-col items-center gap-y-1 px-6 py-10 text-center"
    data-testid={testId}
  >
    <Text size="small" weight="plus">
      {title}
    </Text>
    {hint && (
      <Text size="small" className="text-ui-fg-subtle">
        {hint}
      </Text>
    )}
  </div>
)
