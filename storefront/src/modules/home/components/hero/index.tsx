import { getTranslations } from "next-intl/server"
import styles from "./styles.module.css"

/** Opening banner: what the shop sells and from whom. */
export default async function Hero() {
  const t = await getTranslations("Home")
  return (
    <section className={styles.hero}>
      <div className="container">
        <h1 className={styles.title}>{t("heroTitle")}</h1>
        <p className={styles.text}>{t("heroText")}</p>
      </div>
    </section>
  )
}
