export * from "./phone"
export * from "./sms-segments"
export * from "./transliteration"
export * from "./money"
