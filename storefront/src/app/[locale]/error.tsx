"use client"

import { useTranslations } from "next-intl"
import { useEffect } from "react"

// Shown when a page outside the shop fails (the shop has its own, inside its header and footer).
export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("ErrorPage")
  useEffect(() => {
    console.error(error)
  }, [error])

  return (
    <main id="main">
      <section className="container page-message" role="alert">
        <h1>{t("title")}</h1>
        <p>{t("text")}</p>
        <button type="button" className="button button-primary" onClick={reset}>
          {t("retry")}
        </button>
      </section>
    </main>
  )
}
