import { getTranslations } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import NotFoundTemplate from "@/modules/common/templates/not-found-template"

// Unknown products, categories and paths: inside the shop's header and footer.
export default async function ShopNotFound() {
  const t = await getTranslations("NotFound")
  return (
    <NotFoundTemplate
      title={t("title")}
      text={t("text")}
      action={
        <Link className="button button-primary" href="/">
          {t("home")}
        </Link>
      }
    />
  )
}
