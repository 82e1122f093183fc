export * from "./click"
