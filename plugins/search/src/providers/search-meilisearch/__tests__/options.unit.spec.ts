import { MeilisearchSearchService } from "../service"

describe("MeilisearchSearchService.validateOptions", () => {
  it("accepts a host with the optional key and timeouts", () => {
    expect(() =>
      MeilisearchSearchService.validateOptions({
        host: "http://127.0.0.1:7700",
        apiKey: "meili-master-key",
        timeoutMs: 10000,
        taskTimeoutMs: 60000,
      })
    ).not.toThrow()
  })

  it.each([
    [{}, "Option `host` is required"],
    [{ host: "" }, "Option `host` is required"],
    [{ host: "127.0.0.1:7700/x y" }, "Option `host` must be an absolute URL"],
    [{ host: "http://m:7700", apiKey: 42 }, "Option `apiKey` must be a string"],
    [
      { host: "http://m:7700", timeoutMs: "10000" },
      "Option `timeoutMs` must be a positive integer (milliseconds)",
    ],
    [
      { host: "http://m:7700", taskTimeoutMs: 0 },
      "Option `taskTimeoutMs` must be a positive integer (milliseconds)",
    ],
  ])("refuses %j", (options, message) => {
    expect(() => MeilisearchSearchService.validateOptions(options)).toThrow(
      message
    )
  })
})
