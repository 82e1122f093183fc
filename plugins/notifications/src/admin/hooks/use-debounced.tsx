import { useEffect, useState } from "react"

/** `value`, once it has not changed for `ms` (the live preview asks the server at that pace). */
export const useDebounced = <T,>(value: T, ms = 300): T => {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}
