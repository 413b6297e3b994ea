import { Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { SearchEngine as Engine } from "./reindex-api"

type Props = { provider: Engine }

/** Which engine answers the storefront's searches, and where that is configured. */
export const SearchEngine = ({ provider }: Props) => {
  const { t } = useTranslation()
  return (
    <section className="flex flex-col gap-y-1 px-6 py-4" data-testid="search-engine" data-provider={provider}>
      <Text size="small" className="text-ui-fg-subtle">
        {t("htx.search.engine.label")}
      </Text>
      <Heading level="h2">{t(`htx.search.engine.name.${provider}`, { defaultValue: provider })}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t(`htx.search.engine.about.${provider}`, { defaultValue: "" })}
      </Text>
    </section>
  )
}
