export * from "../modules/delivery/types"
export * from "../modules/delivery/events"
export type { BozorCourierOptions } from "../providers/bozor-courier/types"
export type { DistanceProvider } from "../routing/distance"
