import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** One label / value line of a settings section, as Medusa's own pages. */
export const StatusRow = ({
  label,
  children,
  testId,
}: {
  label: string
  children: ReactNode
  testId?: string
}) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-center px-6 py-4">
    <Text size="small" leading="compact" weight="plus">
      {label}
    </Text>
    <div className="flex items-center gap-x-2" data-testid={testId}>
      {typeof children === "string" || typeof children === "number" ? (
        <Text size="small" leading="compact">
          {children}
        </Text>
      ) : (
        children
      )}
    </div>
  </div>
)
