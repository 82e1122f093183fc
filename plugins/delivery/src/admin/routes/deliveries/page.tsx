import { defineRouteConfig } from "@medusajs/admin-sdk"
import { RocketLaunch } from "@medusajs/icons"
import { Container, Heading } from "@medusajs/ui"

const DeliveriesPage = () => (
  <Container className="px-6 py-4" data-testid="delivery-board">
    <Heading>Deliveries</Heading>
  </Container>
)

export const config = defineRouteConfig({
  label: "Deliveries",
  icon: RocketLaunch,
})

export default DeliveriesPage
