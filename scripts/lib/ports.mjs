// Port checks, so a busy port stops start-up with a sentence instead of a stack trace.
import net from "node:net"

/** Resolves true when nothing listens on the port (on any local address). */
export function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.once("listening", () => server.close(() => resolve(true)))
    server.listen(port, "0.0.0.0")
  })
}

/** Parses a port number from the environment or a default, or returns an error sentence. */
export function parsePort(name, fallback) {
  const raw = process.env[name]
  if (raw === undefined || raw === "") return { port: fallback }
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { error: `${name} must be a port number between 1 and 65535, not "${raw}".` }
  return { port }
}
