import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { useWishlistStats } from "../hooks/api/wishlists"

const TOP = 20

export const MostWishedSection = () => {
  const { t } = useTranslation()
  const { data, isPending, isError, error } = useWishlistStats(TOP)

  let body
  if (isPending) {
    body = <Message>{t("bozorWishlist.loading")}</Message>
  } else if (isError) {
    body = (
      <Message error testId="wishlist-products-error">
        {t("bozorWishlist.loadError", { message: error.message })}
      </Message>
    )
  } else if (!data.products.length) {
    body = (
      <Message testId="wishlist-products-empty">
        {t("bozorWishlist.products.empty")}
      </Message>
    )
  } else {
    body = (
      <Table data-testid="wishlist-products">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell className="w-12">#</Table.HeaderCell>
            <Table.HeaderCell>
              {t("bozorWishlist.products.product")}
            </Table.HeaderCell>
            <Table.HeaderCell className="text-right">
              {t("bozorWishlist.products.wishlists")}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.products.map((product, index) => (
            <Table.Row
              key={product.product_id}
              data-testid="wishlist-product-row"
              data-product-id={product.product_id}
            >
              <Table.Cell>{index + 1}</Table.Cell>
              <Table.Cell>
                <Link
                  to={`/products/${product.product_id}`}
                  className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                  data-testid="wishlist-product-title"
                >
                  {product.title ?? product.product_id}
                </Link>
              </Table.Cell>
              <Table.Cell className="text-right">
                <Badge size="2xsmall" data-testid="wishlist-product-count">
                  {product.count}
                </Badge>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">{t("bozorWishlist.products.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("bozorWishlist.products.subtitle")}
        </Text>
      </div>
      {body}
    </Container>
  )
}

export const Message = ({
  children,
  error,
  testId,
}: {
  children: string
  error?: boolean
  testId?: string
}) => (
  <div className="px-6 py-8" data-testid={testId}>
    <Text
      size="small"
      className={error ? "text-ui-fg-error" : "text-ui-fg-subtle"}
    >
      {children}
    </Text>
  </div>
)
