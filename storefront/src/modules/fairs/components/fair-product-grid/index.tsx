import type { FairProductView } from "@/lib/data/fair-views"
import FairProductCard from "../fair-product-card"
import styles from "./styles.module.css"

type Props = {
  products: FairProductView[]
  fairSlug: string
  canBuy: boolean
  emptyText: string
  showBooth?: boolean
}

/** The featured products in a grid: two across on phones, up to four on wide screens. */
export default function FairProductGrid({ products, fairSlug, canBuy, emptyText, showBooth = true }: Props) {
  if (products.length === 0) return <p className={styles.empty} data-testid="fair-products-empty">{emptyText}</p>
  return (
    <ul className={styles.grid} data-testid="fair-products">
      {products.map((product, index) => (
        <li key={`${product.boothCode}-${product.variantId}`}>
          <FairProductCard product={product} fairSlug={fairSlug} canBuy={canBuy} showBooth={showBooth} eager={index < 4} />
        </li>
      ))}
    </ul>
  )
}
