// `medusa exec` target of module-options.spec.ts: booting is the whole test.
export default async function noop() {}
