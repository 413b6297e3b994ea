import { Button, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { PAGE_SIZE } from "../../lib/cooperatives"

type Props = { count: number; offset: number; disabled: boolean; onOffset: (offset: number) => void }

/** Previous / next page of the list, with the range shown. */
export const CooperativesPagination = ({ count, offset, disabled, onOffset }: Props) => {
  const { t } = useTranslation()
  if (count <= PAGE_SIZE && offset === 0) return null
  const from = count ? offset + 1 : 0
  const to = Math.min(offset + PAGE_SIZE, count)

  return (
    <div className="flex items-center justify-between gap-x-3 px-6 py-4" data-testid="cooperatives-pagination">
      <Text size="small" className="text-ui-fg-subtle">
        {t("htx.cooperatives.pagination.range", { from, to, count })}
      </Text>
      <div className="flex gap-x-2">
        <Button
          size="small"
          variant="secondary"
          data-testid="cooperatives-prev-page"
          disabled={disabled || offset === 0}
          onClick={() => onOffset(Math.max(0, offset - PAGE_SIZE))}
        >
          {t("htx.cooperatives.pagination.prev")}
        </Button>
        <Button
          size="small"
          variant="secondary"
          data-testid="cooperatives-next-page"
          disabled={disabled || offset + PAGE_SIZE >= count}
          onClick={() => onOffset(offset + PAGE_SIZE)}
        >
          {t("htx.cooperatives.pagination.next")}
        </Button>
      </div>
    </div>
  )
}
