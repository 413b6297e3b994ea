import { SELLER_PATHS } from "./paths"

// Addresses of one lot's pages and files in the seller portal, without the locale prefix.

/** The page of one lot. */
export function sellerLotPath(id: string): string {
  return `${SELLER_PATHS.lots}/${encodeURIComponent(id)}`
}

/** The lot's QR code image (served with the seller's session). */
export function sellerLotQrPath(id: string, format: "png" | "svg"): string {
  return `${sellerLotPath(id)}/qr?format=${format}`
}

/** The lot's label sheet as PDF; `?count=` is added by the page. */
export function sellerLotLabelsPath(id: string): string {
  return `${sellerLotPath(id)}/labels`
}

/** Where the lot form uploads a certification's scan. */
export const SELLER_DOCUMENT_UPLOAD_PATH = `${SELLER_PATHS.lots}/documents`

/** The lot list filtered to one product (linked from the product editor). */
export function sellerProductLotsPath(productId: string): { pathname: string; query: { product_id: string } } {
  return { pathname: SELLER_PATHS.lots, query: { product_id: productId } }
}
