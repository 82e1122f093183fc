// Moved to @bozor/uz-utils; this re-export goes when its users become plugins.
export * from "@bozor/uz-utils"
