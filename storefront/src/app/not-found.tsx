import NextLink from "next/link"
import { getTranslations } from "next-intl/server"
import { routing } from "@/i18n/routing"
import NotFoundTemplate from "@/modules/common/templates/not-found-template"
import "@/styles/globals.css"

// Only reached for paths the locale middleware skips (e.g. a missing file), so it speaks the default locale.
export default async function RootNotFound() {
  const locale = routing.defaultLocale
  const t = await getTranslations({ locale, namespace: "NotFound" })
  return (
    <html lang={locale} data-locale={locale}>
      <body>
        <main id="main">
          <NotFoundTemplate
            title={t("title")}
            text={t("text")}
            action={
              <NextLink className="button button-primary" href="/">
                {t("home")}
              </NextLink>
            }
          />
        </main>
      </body>
    </html>
  )
}
