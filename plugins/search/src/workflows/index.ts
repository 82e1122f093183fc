export * from "./reindex-product-search"
