import { Modules } from "@medusajs/framework/utils"

/** E-mail goes through SMTP when SMTP_URL is set; otherwise the local provider writes each message to the log. */
export function notificationModule(smtpUrl: string | undefined, from: string) {
  const provider = smtpUrl
    ? { resolve: "./src/modules/notification-smtp", id: "smtp", options: { channels: ["email"], url: smtpUrl, from } }
    : { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }
  return { key: Modules.NOTIFICATION, resolve: "@medusajs/medusa/notification", options: { providers: [provider] } }
}
