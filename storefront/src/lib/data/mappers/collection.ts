import type { HttpTypes } from "@medusajs/types"
import type { AppLocale } from "../../../i18n/routing"
import type { CollectionView } from "../../../types/views"
import { localizedField, metadataString } from "./localize"

/** Maps a store collection: Vietnamese title, English from `metadata.title_en`, descriptions from metadata. */
export function toCollectionView(collection: HttpTypes.StoreCollection, locale: AppLocale): CollectionView {
  return {
    id: collection.id,
    handle: collection.handle,
    title: localizedField(locale, collection.title, collection.metadata, "title_en") ?? collection.title,
    description: localizedField(locale, metadataString(collection.metadata, "description_vi"), collection.metadata, "description_en"),
  }
}
