import {
  createApiKeysWorkflow,
  createCustomerAccountWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  updateRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type {
  CreateProductWorkflowInputDTO,
  MedusaContainer,
} from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import { DEMO_CATEGORIES, DEMO_PRODUCTS, DemoProduct } from "./catalog"

/** Names the seed looks things up by, so that a second run creates nothing. */
export const DEMO = {
  salesChannel: "Bozor Webshop",
  publishableKey: "Bozor Storefront",
  stockLocation: "Toshkent ombori",
  fulfillmentSet: "Toshkent ombori yetkazib berish",
  shippingProfile: "Default Shipping Profile",
  regionUz: "O'zbekiston",
  regionIntl: "International",
  customerEmail: "mijoz@bozor.uz",
  customerPassword: "bozor-demo",
}

export const INTERNATIONAL_COUNTRIES = [
  "us",
  "gb",
  "de",
  "fr",
  "it",
  "es",
  "nl",
  "tr",
  "ae",
  "kz",
  "kg",
  "tj",
  "tm",
  "ru",
]

export type SeedOptions = {
  adminEmail?: string
  /** Admin password; when absent and the admin does not exist, one is generated. */
  adminPassword?: string
  /**
   * Extra payment providers for the Uzbekistan region. Payme and Click are
   * enabled without asking whenever they are configured.
   */
  uzPaymentProviders?: string[]
  /** Extra payment providers for the International region (Stripe and PayPal are enabled when configured). */
  intlPaymentProviders?: string[]
  /** Stock per variant at the Tashkent location. */
  stock?: number
  logger?: { info: (msg: string) => void }
}

export type SeedResult = {
  publishableKey: string
  salesChannelId: string
  regionUzId: string
  regionIntlId: string
  stockLocationId: string
  adminEmail: string
  /** Set only when this run created the admin with a generated password. */
  generatedAdminPassword?: string
  productsCreated: number
}

type Logger = NonNullable<SeedOptions["logger"]>

/**
 * Seeds the demo store: regions, taxes, sales channel, publishable key, the
 * Tashkent stock location, shipping options, the catalog with inventory, a
 * demo customer and an admin user. Idempotent: everything is looked up by a
 * natural key first and only what is missing is created.
 */
export async function seedDemoStore(
  container: MedusaContainer,
  options: SeedOptions = {}
): Promise<SeedResult> {
  const logger: Logger =
    options.logger ?? container.resolve(ContainerRegistrationKeys.LOGGER)

  const salesChannelId = await ensureSalesChannel(container)
  await ensureStore(container, salesChannelId)
  const regions = await ensureRegions(container, options)
  await ensureTaxRegions(container)
  const stockLocationId = await ensureStockLocation(container, salesChannelId)
  const shippingProfileId = await ensureShippingProfile(container)
  await ensureShipping(container, stockLocationId, shippingProfileId, regions)
  const publishableKey = await ensurePublishableKey(container, salesChannelId)
  const productsCreated = await ensureProducts(
    container,
    salesChannelId,
    shippingProfileId,
    stockLocationId,
    options.stock ?? 100
  )
  await ensureCustomer(container)
  const admin = await ensureAdmin(container, options)

  logger.info(
    `[seed] demo store ready: ${productsCreated} products created, publishable key ${publishableKey}`
  )
  return {
    publishableKey,
    salesChannelId,
    regionUzId: regions.uz,
    regionIntlId: regions.intl,
    stockLocationId,
    adminEmail: admin.email,
    generatedAdminPassword: admin.generatedPassword,
    productsCreated,
  }
}

async function ensureSalesChannel(container: MedusaContainer) {
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const [existing] = await salesChannels.listSalesChannels({
    name: DEMO.salesChannel,
  })
  if (existing) {
    return existing.id
  }
  const { result } = await createSalesChannelsWorkflow(container).run({
    input: {
      salesChannelsData: [
        { name: DEMO.salesChannel, description: "Bozor onlayn do'koni" },
      ],
    },
  })
  return result[0].id
}

async function ensureStore(container: MedusaContainer, salesChannelId: string) {
  const stores = container.resolve(Modules.STORE)
  const [store] = await stores.listStores(
    {},
    { relations: ["supported_currencies"] }
  )
  const codes = (store.supported_currencies ?? []).map((c) => c.currency_code)
  if (
    store.default_sales_channel_id === salesChannelId &&
    codes.includes("uzs") &&
    codes.includes("usd") &&
    store.name === "Bozor"
  ) {
    return
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Bozor",
        supported_currencies: [
          // Uzbek shelf prices include QQS (VAT).
          { currency_code: "uzs", is_default: true, is_tax_inclusive: true },
          { currency_code: "usd" },
        ],
        default_sales_channel_id: salesChannelId,
      },
    },
  })
}

// Providers enabled for a region whenever they are configured (registered).
const UZ_PROVIDERS = ["pp_payme_payme", "pp_click_click"]
const INTL_PROVIDERS = ["pp_stripe_stripe", "pp_paypal_paypal"]

async function ensureRegions(container: MedusaContainer, options: SeedOptions) {
  const regionModule = container.resolve(Modules.REGION)
  const configured = new Set(
    (
      await container
        .resolve(Modules.PAYMENT)
        .listPaymentProviders({ is_enabled: true })
    ).map((p) => p.id)
  )
  const available = (ids: string[]) => ids.filter((id) => configured.has(id))
  const wanted = [
    {
      name: DEMO.regionUz,
      currency_code: "uzs",
      countries: ["uz"],
      is_tax_inclusive: true,
      payment_providers: [
        ...new Set([
          "pp_system_default",
          ...available(UZ_PROVIDERS),
          ...(options.uzPaymentProviders ?? []),
        ]),
      ],
      metadata: { locales: ["uz", "ru"], default_locale: "uz" },
    },
    {
      name: DEMO.regionIntl,
      currency_code: "usd",
      countries: INTERNATIONAL_COUNTRIES,
      is_tax_inclusive: false,
      payment_providers: [
        ...new Set([
          "pp_system_default",
          ...available(INTL_PROVIDERS),
          ...(options.intlPaymentProviders ?? []),
        ]),
      ],
      metadata: { locales: ["en", "ru"], default_locale: "en" },
    },
  ]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ids: Record<string, string> = {}
  const missing = []
  for (const region of wanted) {
    const [existing] = await regionModule.listRegions({ name: region.name })
    if (!existing) {
      missing.push(region)
      continue
    }
    ids[region.name] = existing.id
    // A provider configured since the last run is enabled for the region too.
    const { data } = await query.graph({
      entity: "region",
      fields: ["payment_providers.id"],
      filters: { id: existing.id },
    })
    const providers = (data[0]?.payment_providers ?? []) as ({
      id: string
    } | null)[]
    const enabled = providers.flatMap((p) => (p ? [p.id] : []))
    if (region.payment_providers.some((id) => !enabled.includes(id))) {
      await updateRegionsWorkflow(container).run({
        input: {
          selector: { id: existing.id },
          update: {
            payment_providers: [
              ...new Set([...enabled, ...region.payment_providers]),
            ],
          },
        },
      })
    }
  }
  if (missing.length) {
    const { result } = await createRegionsWorkflow(container).run({
      input: { regions: missing },
    })
    result.forEach((r) => (ids[r.name] = r.id))
  }
  return { uz: ids[DEMO.regionUz], intl: ids[DEMO.regionIntl] }
}

async function ensureTaxRegions(container: MedusaContainer) {
  const tax = container.resolve(Modules.TAX)
  const existing = await tax.listTaxRegions({
    country_code: ["uz", ...INTERNATIONAL_COUNTRIES],
  })
  const have = new Set(existing.map((t) => t.country_code))
  const input = [
    {
      country_code: "uz",
      provider_id: "tp_system",
      // QQS: Uzbekistan's VAT, 12 %. UZS prices are tax inclusive.
      default_tax_rate: { rate: 12, code: "QQS", name: "QQS 12%" },
    },
    ...INTERNATIONAL_COUNTRIES.map((country_code) => ({
      country_code,
      provider_id: "tp_system",
    })),
  ].filter((t) => !have.has(t.country_code))
  if (input.length) {
    await createTaxRegionsWorkflow(container).run({ input })
  }
}

async function ensureStockLocation(
  container: MedusaContainer,
  salesChannelId: string
) {
  const locations = container.resolve(Modules.STOCK_LOCATION)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const [existing] = await locations.listStockLocations({
    name: DEMO.stockLocation,
  })
  if (existing) {
    return existing.id
  }
  const { result } = await createStockLocationsWorkflow(container).run({
    input: {
      locations: [
        {
          name: DEMO.stockLocation,
          address: {
            address_1: "Amir Temur ko'chasi, 1",
            city: "Toshkent",
            country_code: "UZ",
            province: "uz-tk",
            postal_code: "100000",
          },
        },
      ],
    },
  })
  const location = result[0]
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })
  return location.id
}

async function ensureShippingProfile(container: MedusaContainer) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingProfiles({ type: "default" })
  if (existing) {
    return existing.id
  }
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: DEMO.shippingProfile, type: "default" }] },
  })
  return result[0].id
}

async function ensureShipping(
  container: MedusaContainer,
  stockLocationId: string,
  shippingProfileId: string,
  regions: { uz: string; intl: string }
) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  let [set] = await fulfillment.listFulfillmentSets(
    { name: DEMO.fulfillmentSet },
    { relations: ["service_zones"] }
  )
  if (!set) {
    set = await fulfillment.createFulfillmentSets({
      name: DEMO.fulfillmentSet,
      type: "shipping",
      service_zones: [
        {
          name: "Toshkent shahri",
          geo_zones: [
            { type: "province", country_code: "uz", province_code: "uz-tk" },
          ],
        },
        {
          name: "O'zbekiston",
          geo_zones: [{ type: "country", country_code: "uz" }],
        },
        {
          name: "International",
          geo_zones: INTERNATIONAL_COUNTRIES.map((country_code) => ({
            type: "country" as const,
            country_code,
          })),
        },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: stockLocationId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    })
  }
  const zone = (name: string) =>
    set.service_zones.find((z) => z.name === name)!.id
  const existing = await fulfillment.listShippingOptions({
    service_zone: { fulfillment_set: { id: set.id } },
  })
  const have = new Set(existing.map((o) => o.name))
  const storeRules = [
    { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
    { attribute: "is_return", value: "false", operator: "eq" as const },
  ]
  const options = [
    {
      name: "Toshkent bo'ylab kuryer",
      service_zone_id: zone("Toshkent shahri"),
      type: {
        label: "Kuryer",
        description: "Toshkent bo'ylab 1 kunda.",
        code: "tashkent-courier",
      },
      prices: [
        { region_id: regions.uz, amount: 25000 },
        { currency_code: "uzs", amount: 25000 },
      ],
    },
    {
      name: "O'zbekiston pochtasi",
      service_zone_id: zone("O'zbekiston"),
      type: {
        label: "Pochta",
        description: "Viloyatlarga 3–5 kunda.",
        code: "uzpost",
      },
      prices: [
        { region_id: regions.uz, amount: 35000 },
        { currency_code: "uzs", amount: 35000 },
      ],
    },
    {
      name: "International shipping",
      service_zone_id: zone("International"),
      type: {
        label: "International",
        description: "7–14 days.",
        code: "international",
      },
      prices: [
        { region_id: regions.intl, amount: 15 },
        { currency_code: "usd", amount: 15 },
      ],
    },
  ]
    .filter((o) => !have.has(o.name))
    .map((o) => ({
      ...o,
      price_type: "flat" as const,
      provider_id: "manual_manual",
      shipping_profile_id: shippingProfileId,
      rules: storeRules,
    }))
  if (options.length) {
    await createShippingOptionsWorkflow(container).run({ input: options })
  }
}

async function ensurePublishableKey(
  container: MedusaContainer,
  salesChannelId: string
) {
  const apiKeys = container.resolve(Modules.API_KEY)
  const [existing] = await apiKeys.listApiKeys({
    title: DEMO.publishableKey,
    type: "publishable",
  })
  if (existing) {
    return existing.token
  }
  const { result } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        { title: DEMO.publishableKey, type: "publishable", created_by: "" },
      ],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: result[0].id, add: [salesChannelId] },
  })
  return result[0].token
}

async function ensureCategories(container: MedusaContainer) {
  const products = container.resolve(Modules.PRODUCT)
  const existing = await products.listProductCategories({
    handle: DEMO_CATEGORIES.map((c) => c.handle),
  })
  const ids: Record<string, string> = {}
  existing.forEach((c) => (ids[c.handle] = c.id))
  const missing = DEMO_CATEGORIES.filter((c) => !ids[c.handle])
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({
          name: c.name,
          handle: c.handle,
          is_active: true,
          metadata: { name_ru: c.name_ru },
        })),
      },
    })
    result.forEach((c) => (ids[c.handle] = c.id))
  }
  return ids
}

export function toProductInput(
  p: DemoProduct,
  categoryId: string,
  salesChannelId: string,
  shippingProfileId: string
): CreateProductWorkflowInputDTO {
  const sizes = p.sizes ?? ["Standart"]
  const optionTitle = p.sizes ? "O'lcham" : "Turi"
  return {
    title: p.title,
    handle: p.handle,
    description: p.description,
    status: ProductStatus.PUBLISHED,
    weight: p.weight,
    category_ids: [categoryId],
    shipping_profile_id: shippingProfileId,
    sales_channels: [{ id: salesChannelId }],
    metadata: {
      title_ru: p.title_ru,
      description_ru: p.description_ru,
      mxik: p.mxik,
      package_code: p.package_code,
    },
    options: [{ title: optionTitle, values: sizes }],
    variants: sizes.map((size) => ({
      title: size,
      sku: `${p.handle}-${size}`.toUpperCase(),
      options: { [optionTitle]: size },
      manage_inventory: true,
      metadata: { mxik: p.mxik, package_code: p.package_code },
      prices: [
        { currency_code: "uzs", amount: p.uzs },
        { currency_code: "usd", amount: p.usd },
      ],
    })),
  }
}

async function ensureProducts(
  container: MedusaContainer,
  salesChannelId: string,
  shippingProfileId: string,
  stockLocationId: string,
  stock: number
) {
  const productModule = container.resolve(Modules.PRODUCT)
  const categories = await ensureCategories(container)
  const existing = await productModule.listProducts(
    { handle: DEMO_PRODUCTS.map((p) => p.handle) },
    { select: ["handle"] }
  )
  const have = new Set(existing.map((p) => p.handle))
  const missing = DEMO_PRODUCTS.filter((p) => !have.has(p.handle))
  if (missing.length) {
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: missing.map((p) =>
          toProductInput(
            p,
            categories[p.category],
            salesChannelId,
            shippingProfileId
          )
        ),
      },
    })
    await stockNewProducts(
      container,
      result.map((p) => p.id),
      stockLocationId,
      stock
    )
  }
  return missing.length
}

/** Puts `stock` units of every variant of `productIds` at the location. */
export async function stockNewProducts(
  container: MedusaContainer,
  productIds: string[],
  stockLocationId: string,
  stock: number
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "inventory_items.inventory_item_id"],
    filters: { product_id: productIds },
  })
  const levels = variants.flatMap((v) =>
    (
      (v.inventory_items ?? []) as ({ inventory_item_id: string } | null)[]
    ).flatMap((i) =>
      i
        ? [
            {
              inventory_item_id: i.inventory_item_id,
              location_id: stockLocationId,
              stocked_quantity: stock,
            },
          ]
        : []
    )
  )
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({
      input: { inventory_levels: levels },
    })
  }
}

async function ensureCustomer(container: MedusaContainer) {
  const customers = container.resolve(Modules.CUSTOMER)
  const [existing] = await customers.listCustomers({
    email: DEMO.customerEmail,
  })
  if (existing) {
    return existing.id
  }
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email: DEMO.customerEmail, password: DEMO.customerPassword },
  })
  if (error || !authIdentity) {
    throw new Error(`Could not register the demo customer: ${error}`)
  }
  const { result } = await createCustomerAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      customerData: {
        email: DEMO.customerEmail,
        first_name: "Dilnoza",
        last_name: "Karimova",
        phone: "+998901234567",
        metadata: { locale: "uz" },
        addresses: [
          {
            first_name: "Dilnoza",
            last_name: "Karimova",
            address_1: "Mustaqillik maydoni, 5",
            city: "Toshkent",
            province: "uz-tk",
            country_code: "uz",
            postal_code: "100000",
            phone: "+998901234567",
            is_default_shipping: true,
            is_default_billing: true,
          },
        ],
      },
    },
  })
  return result.id
}

async function ensureAdmin(container: MedusaContainer, options: SeedOptions) {
  const email = options.adminEmail ?? "admin@bozor.uz"
  const users = container.resolve(Modules.USER)
  const [existing] = await users.listUsers({ email })
  if (existing) {
    return { email, generatedPassword: undefined }
  }
  const { randomBytes } = await import("node:crypto")
  const generatedPassword = options.adminPassword
    ? undefined
    : randomBytes(9).toString("base64url")
  const password = options.adminPassword ?? generatedPassword!
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email, password },
  })
  if (error || !authIdentity) {
    throw new Error(`Could not register the admin user: ${error}`)
  }
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      userData: { email, first_name: "Bozor", last_name: "Admin" },
    },
  })
  return { email, generatedPassword }
}
