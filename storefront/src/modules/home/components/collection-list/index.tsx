import { Link } from "@/i18n/navigation"
import type { CollectionView } from "@/types/views"
import styles from "./styles.module.css"

type Props = { collections: CollectionView[] }

/** Collection cards (title and a line of story) that lead to each collection's page. */
export default function CollectionList({ collections }: Props) {
  return (
    <ul className={styles.list}>
      {collections.map((collection) => (
        <li key={collection.id}>
          <Link href={`/collections/${collection.handle}`} className={styles.card} data-testid="collection-link">
            <span className={styles.title} data-testid="collection-link-title">
              {collection.title}
            </span>
            {collection.description && <span className={styles.description}>{collection.description}</span>}
          </Link>
        </li>
      ))}
    </ul>
  )
}
