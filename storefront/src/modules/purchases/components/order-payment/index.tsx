import { getTranslations } from "next-intl/server"
import type { PurchasePaymentView } from "@/lib/data/purchase-views"
import BankTransfer from "../bank-transfer"
import styles from "./styles.module.css"

type Props = { payment: PurchasePaymentView; cooperativeName: string }

/** How one cooperative's order is paid and whether it is; while a VietQR order awaits its money, the transfer to make. */
export default async function OrderPayment({ payment, cooperativeName }: Props) {
  const t = await getTranslations("Purchase")
  return (
    <section className={styles.payment} aria-label={t("paymentHeading")} data-testid="purchase-order-payment" data-method={payment.method}>
      <h4 className={styles.heading}>{t("paymentHeading")}</h4>
      <p className={styles.line}>
        <span data-testid="purchase-order-payment-method">{t(`paymentMethod.${payment.method}`)}</span>
        {" · "}
        <strong className={styles.status} data-status={payment.status} data-testid="purchase-order-payment-status">
          {payment.paidLabel ? t("paidOn", { date: payment.paidLabel }) : t(`paymentStatus.${payment.status}`)}
        </strong>
      </p>
      {payment.transfer && <BankTransfer transfer={payment.transfer} cooperativeName={cooperativeName} />}
    </section>
  )
}
