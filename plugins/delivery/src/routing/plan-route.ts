import type { LatLng } from "../modules/delivery/types"
import type { DistanceProvider } from "./distance"

export type RouteStop<T> = { point: LatLng; item: T }

export type PlannedRoute<T> = {
  stops: (RouteStop<T> & { leg_km: number; eta_minutes: number })[]
  total_km: number
  total_minutes: number
}

const length = (order: number[], d: number[][]) => {
  let total = 0
  for (let i = 1; i < order.length; i++) total += d[order[i - 1]][order[i]]
  return total
}

/**
 * Visiting order from `start` through every stop (an open path, no return):
 * nearest neighbour, then 2-opt until no reversal shortens it. Index 0 of
 * the matrix is the start and stays first.
 */
export function orderStops(d: number[][]): number[] {
  const n = d.length
  const order = [0]
  const left = new Set(Array.from({ length: n - 1 }, (_, i) => i + 1))
  while (left.size) {
    const last = order[order.length - 1]
    let best = -1
    for (const j of left) {
      if (best === -1 || d[last][j] < d[last][best]) best = j
    }
    order.push(best)
    left.delete(best)
  }
  let improved = true
  while (improved) {
    improved = false
    for (let i = 1; i < order.length - 1; i++) {
      for (let k = i + 1; k < order.length; k++) {
        const a = order[i - 1]
        const b = order[i]
        const c = order[k]
        const e = k + 1 < order.length ? order[k + 1] : null
        const before = d[a][b] + (e === null ? 0 : d[c][e])
        const after = d[a][c] + (e === null ? 0 : d[b][e])
        if (after < before - 1e-9) {
          const middle = order.slice(i, k + 1).reverse()
          order.splice(i, middle.length, ...middle)
          improved = true
        }
      }
    }
  }
  return order
}

/** A driver's stops in a good order with leg and total distances and times. */
export async function planRoute<T>(
  start: LatLng,
  stops: RouteStop<T>[],
  provider: DistanceProvider,
  speedKmh: number
): Promise<PlannedRoute<T>> {
  if (!stops.length) {
    return { stops: [], total_km: 0, total_minutes: 0 }
  }
  const d = await provider.matrix([start, ...stops.map((s) => s.point)])
  const order = orderStops(d)
  let km = 0
  const planned = order.slice(1).map((idx, i) => {
    const leg = d[order[i]][idx]
    km += leg
    return {
      ...stops[idx - 1],
      leg_km: round(leg),
      eta_minutes: Math.round((km / speedKmh) * 60),
    }
  })
  return {
    stops: planned,
    total_km: round(length(order, d)),
    total_minutes: Math.round((km / speedKmh) * 60),
  }
}

const round = (km: number) => Math.round(km * 1000) / 1000
