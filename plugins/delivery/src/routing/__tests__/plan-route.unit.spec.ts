import { HaversineDistanceProvider } from "../distance"
import { orderStops, planRoute } from "../plan-route"

describe("route planning", () => {
  it("orders points on a line by distance from the start, whatever the input order", async () => {
    const start = { lat: 41.3, lng: 69.2 }
    const stops = [0.04, 0.01, 0.03, 0.02].map((dLng, i) => ({
      point: { lat: 41.3, lng: 69.2 + dLng },
      item: `s${i}`,
    }))
    const route = await planRoute(
      start,
      stops,
      new HaversineDistanceProvider(),
      30
    )
    expect(route.stops.map((s) => s.item)).toEqual(["s1", "s3", "s2", "s0"])
    // 0.04° of longitude at 41.3° N is about 3.34 km.
    expect(route.total_km).toBeCloseTo(3.34, 1)
    expect(route.total_minutes).toBe(Math.round((route.total_km / 30) * 60))
  })

  it("2-opt shortens the path nearest neighbour finds", () => {
    // Nearest neighbour from (0,0): 0 → 1 → 3 → 2 → 4, about 15.56 long;
    // 2-opt reverses 1..3 into 0 → 3 → 1 → 2 → 4, about 13.46.
    const pts = [
      [0, 0],
      [3, 4],
      [7, 3],
      [1, 5],
      [7, 1],
    ]
    const d = pts.map((a) =>
      pts.map((b) => Math.hypot(a[0] - b[0], a[1] - b[1]))
    )
    const len = (o: number[]) =>
      o.slice(1).reduce((s, j, i) => s + d[o[i]][j], 0)
    const order = orderStops(d)
    expect(order).toEqual([0, 3, 1, 2, 4])
    expect(len(order)).toBeCloseTo(13.458, 2)
    expect(len([0, 1, 3, 2, 4])).toBeCloseTo(15.561, 2)
  })

  it("an empty route is zero", async () => {
    const route = await planRoute(
      { lat: 0, lng: 0 },
      [],
      new HaversineDistanceProvider(),
      25
    )
    expect(route).toEqual({ stops: [], total_km: 0, total_minutes: 0 })
  })
})
