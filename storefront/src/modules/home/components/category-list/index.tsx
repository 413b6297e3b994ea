import { Link } from "@/i18n/navigation"
import type { CategoryView } from "@/types/views"
import styles from "./styles.module.css"

type Props = { categories: CategoryView[] }

/** Category chips that lead to each category's listing. */
export default function CategoryList({ categories }: Props) {
  return (
    <ul className={styles.list}>
      {categories.map((category) => (
        <li key={category.id}>
          <Link href={`/categories/${category.handle}`} className={styles.link} data-testid="category-link">
            {category.name}
          </Link>
        </li>
      ))}
    </ul>
  )
}
