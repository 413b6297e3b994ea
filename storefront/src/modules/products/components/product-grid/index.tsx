import ProductCard from "../product-card"
import type { ProductCardView } from "@/types/views"
import styles from "./styles.module.css"

type Props = {
  products: ProductCardView[]
  emptyText: string
  /** On a cooperative's own page its name on every card is noise. */
  hideCooperative?: boolean
}

/** Responsive grid of product cards: two across on phones, up to four on wide screens. */
export default function ProductGrid({ products, emptyText, hideCooperative = false }: Props) {
  if (products.length === 0) return <p className={styles.empty}>{emptyText}</p>
  return (
    <ul className={styles.grid}>
      {products.map((product, index) => (
        <li key={product.id}>
          <ProductCard product={product} eager={index < 4} hideCooperative={hideCooperative} />
        </li>
      ))}
    </ul>
  )
}
