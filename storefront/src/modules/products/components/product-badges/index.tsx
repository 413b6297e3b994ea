import type { ProductView } from "@/types/views"

type Props = { product: Pick<ProductView, "id"> }

/**
 * Slot for trust badges (OCOP stars, traceability) next to the product title.
 * Renders nothing until the OCOP work provides certificate data.
 */
export default function ProductBadges(_props: Props) {
  return null
}
