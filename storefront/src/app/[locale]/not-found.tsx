import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import NotFoundTemplate from "@/modules/common/templates/not-found-template"

// Reached for pages outside the shop (the shop has its own, inside its header and footer).
export default async function LocaleNotFound() {
  const t = await getTranslations("NotFound")
  return (
    <main id="main">
      <NotFoundTemplate
        title={t("title")}
        text={t("text")}
        action={
          <Link className="button button-primary" href="/">
            {t("home")}
          </Link>
        }
      />
    </main>
  )
}
