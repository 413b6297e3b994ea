import { notFound } from "next/navigation"

// Unknown paths under a locale render (shop)/not-found.tsx inside the shop's header and footer.
export default function CatchAllPage() {
  notFound()
}
