import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export const Message = ({
  children,
  error,
  testId,
}: {
  children: ReactNode
  error?: boolean
  testId?: string
}) => (
  <div className="px-6 py-4" data-testid={testId}>
    <Text
      size="small"
      className={error ? "text-ui-fg-error" : "text-ui-fg-subtle"}
    >
      {children}
    </Text>
  </div>
)
