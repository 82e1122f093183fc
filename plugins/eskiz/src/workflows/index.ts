export * from "./eskiz"
