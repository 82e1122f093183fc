import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Heart } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { AlertsSection } from "../../components/alerts-section"
import { MostWishedSection } from "../../components/most-wished-section"

const WishlistsPage = () => {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-y-3" data-testid="wishlists-page">
      <Container className="px-6 py-4">
        <Heading>{t("bozorWishlist.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("bozorWishlist.subtitle")}
        </Text>
      </Container>
      <MostWishedSection />
      <AlertsSection />
    </div>
  )
}

export const config = defineRouteConfig({
  label: "bozorWishlist.menuLabel",
  translationNs: "translation",
  icon: Heart,
})

export default WishlistsPage
