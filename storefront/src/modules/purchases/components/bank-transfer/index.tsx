import { getTranslations } from "next-intl/server"
import type { PurchaseTransferView } from "@/lib/data/purchase-views"
import { qrSvgDataUri } from "@/lib/util/qr-code"
import styles from "./styles.module.css"

type Props = { transfer: PurchaseTransferView; cooperativeName: string }

/** The VietQR code to scan for one cooperative's order, beside the same transfer written out for typing it by hand. */
export default async function BankTransfer({ transfer, cooperativeName }: Props) {
  const t = await getTranslations("Purchase")
  const qr = await qrSvgDataUri(transfer.payload)
  return (
    <div className={styles.transfer} data-testid="purchase-transfer">
      {/* A data URI: the code is drawn on the server, so it shows even before any script runs. */}
      <img
        src={qr}
        alt={t("transfer.qrAlt", { name: cooperativeName })}
        width={220}
        height={220}
        className={styles.qr}
        data-testid="purchase-transfer-qr"
        data-payload={transfer.payload}
      />
      <div className={styles.details}>
        <p className={styles.instructions}>{t("transfer.instructions")}</p>
        <dl className={styles.facts}>
          <dt>{t("transfer.bank")}</dt>
          <dd data-testid="purchase-transfer-bank">{transfer.bankName ?? t("transfer.bankBin", { bin: transfer.bankBin })}</dd>
          <dt>{t("transfer.account")}</dt>
          <dd className={styles.code} data-testid="purchase-transfer-account">
            {transfer.accountNumber}
          </dd>
          {transfer.accountHolder && (
            <>
              <dt>{t("transfer.holder")}</dt>
              <dd data-testid="purchase-transfer-holder">{transfer.accountHolder}</dd>
            </>
          )}
          <dt>{t("transfer.amount")}</dt>
          <dd className={styles.strong} data-testid="purchase-transfer-amount">
            {transfer.amountLabel}
          </dd>
          <dt>{t("transfer.purpose")}</dt>
          <dd className={`${styles.code} ${styles.strong}`} data-testid="purchase-transfer-purpose">
            {transfer.purpose}
          </dd>
        </dl>
      </div>
    </div>
  )
}
