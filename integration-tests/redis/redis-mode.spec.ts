import { execFileSync } from "node:child_process"
import Redis from "ioredis"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"

jest.setTimeout(180 * 1000)

// Database 15 of the Redis found, emptied first: BullMQ's queues and
// repeatable jobs outlive a run, and another run's leftovers must not reach
// this suite's workers.
const REDIS_URL = (() => {
  const url = new URL(process.env.REDIS_URL || "redis://127.0.0.1:6379")
  url.pathname = "/15"
  return url.toString()
})()

/** PING Redis synchronously: jest must know before it declares the suite. */
function redisAnswers(url: string) {
  const { hostname, port } = new URL(url)
  const probe = `
    const s = require("node:net").connect(${Number(port) || 6379}, ${JSON.stringify(hostname)});
    s.setTimeout(1500, () => process.exit(1));
    s.on("error", () => process.exit(1));
    s.on("connect", () => s.write("PING\\r\\n"));
    s.on("data", (d) => process.exit(d.toString().startsWith("+PONG") ? 0 : 1));`
  try {
    execFileSync(process.execPath, ["-e", probe], {
      stdio: "ignore",
      timeout: 5000,
    })
    return true
  } catch {
    return false
  }
}

async function until<T>(read: () => Promise<T | undefined>, what: string) {
  for (let i = 0; i < 100; i++) {
    const value = await read()
    if (value !== undefined) {
      return value
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

// A step that fails on its first attempt: its retry is scheduled by the
// workflow engine, on the Redis queue in Redis mode.
let attempts = 0
const flakyStep = createStep(
  { name: "bozor-redis-check-flaky-step", maxRetries: 2, retryInterval: 1 },
  async (input: { value: number }) => {
    attempts += 1
    if (attempts === 1) {
      throw new Error("first attempt fails on purpose")
    }
    return new StepResponse(input.value * 2)
  }
)
const redisCheckWorkflow = createWorkflow(
  { name: "bozor-redis-check", store: true, retentionTime: 600 },
  (input: { value: number }) => new WorkflowResponse(flakyStep(input))
)

const available = redisAnswers(REDIS_URL)

if (!available) {
  console.warn(
    `[redis-mode] Redis does not answer on ${REDIS_URL}: Redis mode not tested.`
  )
}

if (available) {
  const previous = process.env.REDIS_URL
  process.env.REDIS_URL = REDIS_URL
  afterAll(() => {
    if (previous === undefined) {
      delete process.env.REDIS_URL
    } else {
      process.env.REDIS_URL = previous
    }
  })

  medusaIntegrationTestRunner({
    hooks: {
      beforeServerStart: async () => {
        const redis = new Redis(REDIS_URL)
        await redis.flushdb()
        await redis.quit()
      },
    },
    testSuite: ({ getContainer }) => {
      let redis: Redis

      beforeAll(() => {
        redis = new Redis(REDIS_URL)
      })
      afterAll(async () => {
        await redis?.quit()
      })

      it("uses Medusa's Redis event bus and Redis locking", async () => {
        const container = getContainer()
        expect(container.resolve(Modules.EVENT_BUS).constructor.name).toBe(
          "RedisEventBusService"
        )
        // While a lock is held, its key lives in Redis.
        const locking = container.resolve(Modules.LOCKING)
        const keysWhileLocked = await locking.execute(
          "bozor-redis-check",
          async () => redis.keys("*bozor-redis-check*")
        )
        expect(keysWhileLocked.length).toBe(1)
        expect(await redis.keys("*bozor-redis-check*")).toEqual([])
      })

      it("delivers an event to a subscriber through the Redis queue", async () => {
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        const before = Number(
          (await redis.get("RedisEventBusService:events-queue:id")) ?? 0
        )
        const received: unknown[] = []
        eventBus.subscribe(
          "bozor.redis_checked",
          async ({ data }: { data: unknown }) => {
            received.push(data)
          },
          { subscriberId: "bozor-redis-check" }
        )
        await eventBus.emit({ name: "bozor.redis_checked", data: { n: 42 } })
        const data = await until(
          async () => (received.length ? received[0] : undefined),
          "the subscriber"
        )
        expect(data).toEqual({ n: 42 })
        // The event went through BullMQ in Redis: its job counter moved.
        const after = Number(
          await redis.get("RedisEventBusService:events-queue:id")
        )
        expect(after).toBeGreaterThan(before)
      })

      it("runs a workflow whose retry is scheduled through Redis", async () => {
        const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE)
        const queueIdBefore = Number(
          (await redis.get("bull:medusa-workflows:id")) ?? 0
        )
        attempts = 0
        const transactionId = `redis-check-${Date.now()}`
        await engine.run("bozor-redis-check", {
          input: { value: 21 },
          transactionId,
          throwOnError: false,
        })
        const execution = await until(async () => {
          const [e] = await engine.listWorkflowExecutions({
            transaction_id: transactionId,
          })
          return e?.state === "done" ? e : undefined
        }, "the workflow to finish")
        expect(attempts).toBe(2)
        expect((execution.execution as any)?.hasFailedSteps ?? false).toBe(
          false
        )
        const queueIdAfter = Number(await redis.get("bull:medusa-workflows:id"))
        expect(queueIdAfter).toBeGreaterThan(queueIdBefore)
        expect(redisCheckWorkflow.getName()).toBe("bozor-redis-check")
      })
    },
  })
} else {
  describe("Redis mode", () => {
    it.skip(`needs Redis on ${REDIS_URL}`, () => {})
  })
}
