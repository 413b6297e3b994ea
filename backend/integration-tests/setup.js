// Metadata storage must be clean per file so each test database gets the full model set.
const { MetadataStorage } = require("@mikro-orm/core")

MetadataStorage.clear()

// A failed request rejects with a plain error: "POST /x → 400: message", with `response` (status, data, headers).
// Axios's own error holds the request and socket, which jest cannot turn into its JSON report.
function plainErrors(axios) {
  if (!axios || axios.create.plainErrors) return
  const create = axios.create.bind(axios)
  axios.create = (...args) => {
    const instance = create(...args)
    instance.interceptors.response.use(undefined, (error) => {
      if (!error || !error.response) return Promise.reject(error)
      const { status, data, headers } = error.response
      const method = (error.config?.method ?? "").toUpperCase()
      const plain = new Error(`${method} ${error.config?.url ?? ""} → ${status}: ${data?.message ?? JSON.stringify(data)}`)
      plain.response = { status, data, headers: { ...headers } }
      return Promise.reject(plain)
    })
    return instance
  }
  axios.create.plainErrors = true
}
plainErrors(require("axios"))
// The test runner imports axios as an ES module, a separate copy from the one require() returns.
void import("axios").then((module) => plainErrors(module.default))
