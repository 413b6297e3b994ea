import { Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { formatVnd } from "../../lib/fair-format"
import type { Booth } from "../../lib/fairs"

/** The products a booth features, each with its fair price beside its regular price, so an application can be judged. */
export const BoothProducts = ({ booth }: { booth: Booth }) => {
  const { t, i18n } = useTranslation()
  if (!booth.products.length) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        {t("htx.fairs.booths.noProducts")}
      </Text>
    )
  }
  return (
    <ul className="flex flex-col gap-y-1 py-1" aria-label={t("htx.fairs.booths.products")}>
      {booth.products.map((p) => (
        <li key={p.variant_id} data-testid="fair-booth-product" data-fair-price={p.fair_price}>
          <Text size="small" className="txt-compact-small-plus">
            {p.variant_title && p.variant_title !== p.title ? `${p.title} · ${p.variant_title}` : p.title}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {p.regular_price === null
              ? formatVnd(p.fair_price, i18n.language)
              : t("htx.fairs.booths.productPrice", { fair: formatVnd(p.fair_price, i18n.language), regular: formatVnd(p.regular_price, i18n.language) })}
          </Text>
        </li>
      ))}
    </ul>
  )
}
