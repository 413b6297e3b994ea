import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"

type Options = { url: string; from: string }

/** Sends e-mail notifications through any SMTP server (SMTP_URL), so a province can use its own mail system. */
export default class SmtpNotificationProviderService extends AbstractNotificationProviderService {
  static override identifier = "smtp"
  private readonly transporter: Transporter
  private readonly from: string
  private readonly logger: Logger

  constructor({ logger }: { logger: Logger }, options: Options) {
    super()
    this.transporter = nodemailer.createTransport(options.url)
    this.from = options.from
    this.logger = logger
  }

  static override validateOptions(options: Record<string, unknown>) {
    if (typeof options.url !== "string" || !/^smtps?:\/\//.test(options.url)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs a url such as smtp://user:pass@mail.example.vn:587.")
    }
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const { to, content } = notification
    if (!content?.subject || !(content.text || content.html)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An e-mail notification needs a subject and a text or html body.")
    }
    const info = await this.transporter.sendMail({ from: notification.from || this.from, to, subject: content.subject, text: content.text, html: content.html })
    this.logger.info(`E-mail "${content.subject}" sent to ${to}`)
    return { id: info.messageId }
  }
}
