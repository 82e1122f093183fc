import type { Scenario } from "../lib/scenario"
import { click } from "./click"
import { disputes } from "./disputes"
import { eskizScenario } from "./eskiz"
import { loyalty } from "./loyalty"
import { payme } from "./payme"
import { reviews } from "./reviews"
import { search } from "./search"
import { wishlist } from "./wishlist"

/**
 * One scenario per plugin. Add a plugin here with its `scenarios/<name>.ts`
 * once it has a build; the all-plugins run installs every plugin listed.
 * `INSTALL_TEST_SCENARIOS=payme,click` runs only those (and them together).
 */
const all: Scenario[] = [
  payme,
  click,
  wishlist,
  reviews,
  loyalty,
  disputes,
  eskizScenario,
  search,
]

const only = process.env.INSTALL_TEST_SCENARIOS?.split(",").map((s) => s.trim())
export const scenarios = only ? all.filter((s) => only.includes(s.name)) : all
