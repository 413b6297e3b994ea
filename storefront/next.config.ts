import { dirname } from "node:path"
import type { NextConfig } from "next"
import createNextIntlPlugin from "next-intl/plugin"

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts")

// npm hoists `next` to the monorepo root, beside the backend's React 18, so Next's pages runtime (used only
// for the built-in /_error, /404 and /500 pages) renders with that React. Code on the pages layers must import
// the same copy, or React rejects its elements (error #31). App Router layers use Next's bundled React 19.
const nextDir = dirname(require.resolve("next/package.json"))
const REACT_REQUEST = /^(react|react-dom)(\/|$)/
const APP_LAYERS = new Set(["rsc", "ssr", "action-browser", "app-pages-browser", "shared", "instrument", "middleware"])

type ExternalRequest = { request?: string; contextInfo?: { issuerLayer?: string | null } }
type ExternalCallback = (error?: Error | null, result?: string) => void

function reactFromNextsRuntime({ request, contextInfo }: ExternalRequest, callback: ExternalCallback) {
  const layer = contextInfo?.issuerLayer ?? ""
  if (!request || !REACT_REQUEST.test(request) || APP_LAYERS.has(layer)) return callback()
  callback(null, `commonjs ${require.resolve(request, { paths: [nextDir] })}`)
}

const nextConfig: NextConfig = {
  // Product images live on the Medusa backend at whatever host it runs on, so skip the optimiser.
  images: { unoptimized: true },
  // Lint and typecheck run as their own steps (npm run lint / typecheck), not inside next build.
  eslint: { ignoreDuringBuilds: true },
  typescript: { ignoreBuildErrors: true },
  // Certificate scans and lot documents (up to 15 MB) reach their route handlers through the middleware, which
  // would otherwise pass on only the first 10 MB of a request body.
  experimental: { middlewareClientMaxBodySize: "16mb" },
  webpack(config: { externals?: unknown }, { isServer, nextRuntime }: { isServer: boolean; nextRuntime?: string }) {
    if (isServer && nextRuntime === "nodejs") {
      const existing = Array.isArray(config.externals) ? config.externals : config.externals ? [config.externals] : []
      config.externals = [reactFromNextsRuntime, ...existing]
    }
    return config
  },
}

export default withNextIntl(nextConfig)
