import type { HttpTypes } from "@medusajs/types"
import type { AppLocale } from "../../../i18n/routing"
import type { CategoryView } from "../../../types/views"
import { localizedField } from "./localize"

/** Maps a store category, taking English from `metadata.name_en` / `description_en`. */
export function toCategoryView(category: HttpTypes.StoreProductCategory, locale: AppLocale): CategoryView {
  return {
    id: category.id,
    handle: category.handle,
    name: localizedField(locale, category.name, category.metadata, "name_en") ?? category.name,
    description: localizedField(locale, category.description, category.metadata, "description_en"),
  }
}
