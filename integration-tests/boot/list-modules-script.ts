import { MedusaModule } from "@medusajs/framework/modules-sdk"

// `medusa exec` target of plugin-removal.spec.ts: prints the module keys the
// app loaded, so the test sees which plugins are in.
export default async function listModules() {
  const keys = MedusaModule.getLoadedModules().flatMap((entry) =>
    Object.keys(entry)
  )
  process.stdout.write(`BOZOR_MODULES=${JSON.stringify(keys.sort())}\n`)
}
