/**
 * RFC 8785 (JSON Canonicalization Scheme) text of a JSON value: object keys sorted by UTF-16 code units, no
 * whitespace, strings and numbers serialised as ECMAScript's JSON does. Same output as the `canonicalize`
 * package, which ships only as an ES module that the test runner's CommonJS loader cannot load.
 */
export function canonicalJson(value: unknown): string {
  const text = serialize(value)
  if (text === undefined) throw new Error("Only JSON values can be canonicalised.")
  return text
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

function serialize(value: unknown): string | undefined {
  if (value === null) return "null"
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false"
    case "number":
      if (!Number.isFinite(value)) throw new Error(`${value} is not a JSON number.`)
      return JSON.stringify(value)
    case "string":
      if (LONE_SURROGATE.test(value)) throw new Error("A string with a lone surrogate is not valid JSON text.")
      return JSON.stringify(value)
    case "object": {
      const json = (value as { toJSON?: () => unknown }).toJSON
      if (typeof json === "function") return serialize(json.call(value))
      if (Array.isArray(value)) return `[${value.map((item) => serialize(item) ?? "null").join(",")}]`
      const entries = Object.keys(value)
        .sort()
        .flatMap((key) => {
          const text = serialize((value as Record<string, unknown>)[key])
          return text === undefined ? [] : [`${JSON.stringify(key)}:${text}`]
        })
      return `{${entries.join(",")}}`
    }
    default:
      return undefined
  }
}
