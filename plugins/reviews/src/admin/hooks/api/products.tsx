import { useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

/** Products for the queue's product filter (titles, newest 100). */
export const useProductOptions = () =>
  useQuery({
    queryKey: ["bozor-reviews", "product-options"],
    queryFn: () =>
      sdk.admin.product.list({
        limit: 100,
        fields: "id,title",
        order: "title",
      }),
  })
