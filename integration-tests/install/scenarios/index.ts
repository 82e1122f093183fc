import type { Scenario } from "../lib/scenario"
import { payme } from "./payme"

/**
 * One scenario per plugin. Add a plugin here with its `scenarios/<name>.ts`
 * once it has a build; the all-plugins run installs every plugin listed.
 */
export const scenarios: Scenario[] = [payme]
