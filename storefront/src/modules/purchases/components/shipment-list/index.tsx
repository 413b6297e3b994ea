import { getTranslations } from "next-intl/server"
import type { PurchaseShipmentView } from "@/lib/data/purchase-views"
import styles from "./styles.module.css"

type Props = { shipments: PurchaseShipmentView[] }

/** An order's parcels: carrier, tracking code and date sent; "not shipped yet" when there are none. */
export default async function ShipmentList({ shipments }: Props) {
  const t = await getTranslations("Purchase")
  if (shipments.length === 0) {
    return (
      <p className={styles.none} data-testid="purchase-not-shipped">
        {t("notShipped")}
      </p>
    )
  }
  return (
    <ul className={styles.list}>
      {shipments.map((shipment, index) => (
        <li key={index} className={styles.shipment} data-testid="purchase-shipment">
          <span className={styles.carrier} data-testid="purchase-shipment-carrier">
            {shipment.carrier ?? t("carrierUnknown")}
          </span>
          <span>
            {t("tracking")}:{" "}
            <span className={styles.code} data-testid="purchase-shipment-tracking">
              {shipment.trackingCode ?? t("noTracking")}
            </span>
          </span>
          {shipment.shippedLabel && <span className={styles.date}>{t("shippedOn", { date: shipment.shippedLabel })}</span>}
        </li>
      ))}
    </ul>
  )
}
