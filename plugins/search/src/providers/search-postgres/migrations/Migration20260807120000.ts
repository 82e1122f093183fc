// Medusa's migration for its PostgreSQL provider (extensions, catalog table).
// Medusa runs a provider's migrations from the provider's own folder; the same
// name means a store that already ran it under Medusa's provider skips it.
export { Migration20260807120000 } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"
