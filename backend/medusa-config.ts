import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { isBuildCommand, parseEnv } from "./src/lib/env"
import { fileModule } from "./src/lib/file-module"
import { notificationModule } from "./src/lib/notification-module"
import { paymentModule } from "./src/lib/payment-module"
import { redisModules } from "./src/lib/redis-modules"
import { searchModuleOptions } from "./src/lib/search-module"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

const env = parseEnv(process.env, { building: isBuildCommand() })
const localOrigins = `${env.STOREFRONT_URL},${env.MEDUSA_BACKEND_URL}`
// The admin's session cookie is Secure when the backend is served over HTTPS, as in production;
// a plain-HTTP address (a local `npm start`) could never carry a Secure cookie.
const servedOverHttp = new URL(env.MEDUSA_BACKEND_URL).protocol === "http:"

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    databaseDriverOptions: env.DATABASE_SSL === "true" ? { connection: { ssl: { rejectUnauthorized: false } } } : {},
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    cookieOptions: servedOverHttp ? { secure: false } : {},
    http: {
      storeCors: env.STORE_CORS ?? env.STOREFRONT_URL,
      adminCors: env.ADMIN_CORS ?? env.MEDUSA_BACKEND_URL,
      authCors: env.AUTH_CORS ?? localOrigins,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
  },
  admin: {
    disable: env.DISABLE_MEDUSA_ADMIN === "true" || env.MEDUSA_WORKER_MODE === "worker",
    // Same origin as the server that serves it, so one build runs on any port or host.
    backendUrl: "/",
  },
  featureFlags: env.REDIS_URL ? { caching: true } : {},
  plugins: [{ resolve: "@htx/admin-extensions", options: {} }],
  modules: [
    { resolve: "./src/modules/cooperative" },
    { resolve: "./src/modules/purchase" },
    { resolve: "./src/modules/ocop" },
    { resolve: "./src/modules/traceability" },
    { resolve: "./src/modules/fair" },
    { resolve: "./src/modules/search", options: searchModuleOptions(env) },
    fileModule(env),
    notificationModule(env.SMTP_URL, env.SMTP_FROM),
    paymentModule({ apiKey: env.STRIPE_API_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET }),
    ...redisModules(env.REDIS_URL),
  ],
})
