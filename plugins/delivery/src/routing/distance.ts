import { haversineKm } from "../modules/delivery/utils/geo"
import type { LatLng } from "../modules/delivery/types"

/**
 * Distances between points for route planning. The default needs no
 * external service (great-circle); a maps API (road distances, traffic)
 * implements the same interface.
 */
export interface DistanceProvider {
  /** A matrix of km: `result[i][j]` from `points[i]` to `points[j]`. */
  matrix(points: LatLng[]): Promise<number[][]>
}

/** Great-circle distances × a detour factor (streets are not straight). */
export class HaversineDistanceProvider implements DistanceProvider {
  constructor(private readonly detourFactor = 1) {}

  async matrix(points: LatLng[]): Promise<number[][]> {
    return points.map((a) =>
      points.map((b) => haversineKm(a, b) * this.detourFactor)
    )
  }
}
