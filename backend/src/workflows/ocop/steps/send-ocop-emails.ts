import type { CreateNotificationDTO, INotificationModuleService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const SEND_OCOP_EMAILS_STEP = "send-ocop-emails"

/**
 * Sends each e-mail on its own and answers with the idempotency keys of those that went out: one cooperative's
 * unreachable address must not hold back the others' expiry. Sent e-mail cannot be taken back, so there is no compensation.
 */
export const sendOcopEmailsStep = createStep(SEND_OCOP_EMAILS_STEP, async (notifications: CreateNotificationDTO[], { container }) => {
  const service = container.resolve<INotificationModuleService>(Modules.NOTIFICATION)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const sent: string[] = []
  for (const notification of notifications) {
    try {
      await service.createNotifications([notification])
      if (notification.idempotency_key) sent.push(notification.idempotency_key)
    } catch (error) {
      logger.warn(`OCOP e-mail "${notification.template}" to ${notification.to} failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  return new StepResponse(sent)
})
