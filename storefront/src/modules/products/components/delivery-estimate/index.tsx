import { getTranslations } from "next-intl/server"
import type { DeliveryOptionView } from "@/types/views"
import styles from "./styles.module.css"

type Props = { options: DeliveryOptionView[] }

const NAMED_CODES = ["standard", "pickup", "international"] as const
type NamedCode = (typeof NAMED_CODES)[number]
const isNamed = (code: string | null): code is NamedCode => NAMED_CODES.some((named) => named === code)

/** How the product reaches the shopper of the current region: each of its cooperative's options, its price and expected days or pickup address. */
export default async function DeliveryEstimate({ options }: Props) {
  const t = await getTranslations("Delivery")
  return (
    <section className={styles.delivery} aria-labelledby="delivery-estimate-title" data-testid="delivery-estimate">
      <h2 id="delivery-estimate-title" className={styles.title}>
        {t("title")}
      </h2>
      {options.length === 0 ? (
        <p className={styles.none} data-testid="delivery-none">
          {t("none")}
        </p>
      ) : (
        <ul className={styles.options}>
          {options.map((option) => (
            <li key={option.id} className={styles.option} data-testid="delivery-option" data-code={option.code ?? ""}>
              <p className={styles.head}>
                <span className={styles.name} data-testid="delivery-option-name">
                  {isNamed(option.code) ? t(`option.${option.code}`) : option.name}
                </span>
                <span className={styles.price} data-testid="delivery-option-price">
                  {option.priceLabel ?? t("free")}
                </span>
              </p>
              {option.window && (
                <p className={styles.detail} data-testid="delivery-option-estimate">
                  {option.window.from === option.window.to
                    ? t("estimateOn", { day: option.window.from })
                    : t("estimate", { from: option.window.from, to: option.window.to })}
                </p>
              )}
              {option.pickupAddress && (
                <p className={styles.detail} data-testid="delivery-option-pickup">
                  {t("pickupAt", { address: option.pickupAddress })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
