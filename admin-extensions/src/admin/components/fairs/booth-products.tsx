import { Button, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { errorMessage } from "../../lib/cooperatives"
import { formatVnd } from "../../lib/fair-format"
import { type Booth, withdrawBoothProduct } from "../../lib/fairs"

type Props = { fairId: string; booth: Booth; canCurate: boolean; onChanged: () => Promise<void> }

/**
 * The products a booth features, each with its fair price beside its regular price, so an application can be judged;
 * while the fair is not over, an operator can take one out (a booth keeps at least one).
 */
export const BoothProducts = ({ fairId, booth, canCurate, onChanged }: Props) => {
  const { t, i18n } = useTranslation()
  const prompt = usePrompt()
  const [busy, setBusy] = useState<string | null>(null)

  const withdraw = async (product: Booth["products"][number]) => {
    const confirmed = await prompt({
      title: t("htx.fairs.booths.withdraw.title"),
      description: t("htx.fairs.booths.withdraw.description", { product: product.title }),
      confirmText: t("htx.fairs.booths.withdraw.confirm"),
      cancelText: t("htx.fairs.booths.withdraw.cancel"),
    })
    if (!confirmed) return
    setBusy(product.id)
    try {
      await withdrawBoothProduct(fairId, booth.id, product.id)
      toast.success(t("htx.fairs.booths.withdraw.done"))
    } catch (e) {
      toast.error(errorMessage(e, t("htx.fairs.actions.failed")))
    } finally {
      setBusy(null)
      await onChanged()
    }
  }

  if (!booth.products.length) {
    return (
      <Text size="small" className="text-ui-fg-muted">
        {t("htx.fairs.booths.noProducts")}
      </Text>
    )
  }
  return (
    <ul className="flex flex-col gap-y-2 py-1" aria-label={t("htx.fairs.booths.products")}>
      {booth.products.map((p) => (
        <li key={p.id} className="flex items-start justify-between gap-x-3" data-testid="fair-booth-product" data-fair-price={p.fair_price}>
          <div>
            <Text size="small" className="txt-compact-small-plus">
              {p.variant_title && p.variant_title !== p.title ? `${p.title} · ${p.variant_title}` : p.title}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {p.regular_price === null
                ? formatVnd(p.fair_price, i18n.language)
                : t("htx.fairs.booths.productPrice", { fair: formatVnd(p.fair_price, i18n.language), regular: formatVnd(p.regular_price, i18n.language) })}
            </Text>
          </div>
          {canCurate && booth.products.length > 1 && (
            <Button size="small" variant="transparent" data-testid="fair-booth-product-withdraw" isLoading={busy === p.id} onClick={() => void withdraw(p)}>
              {t("htx.fairs.booths.withdraw.action")}
            </Button>
          )}
        </li>
      ))}
    </ul>
  )
}
