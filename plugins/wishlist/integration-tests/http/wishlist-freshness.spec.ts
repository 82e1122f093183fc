import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { wishlistFreshnessSuite } from "../helpers/freshness-suite"

jest.setTimeout(180 * 1000)

// The wishlist view's cached reads, with the store's in-memory cache: each
// change shows in the very next view (suite in ../helpers/freshness-suite.ts).
medusaIntegrationTestRunner({
  testSuite: wishlistFreshnessSuite,
})
