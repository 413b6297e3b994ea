import type { ReactNode } from "react"

/** The seller portal brings its own header (see its shells); this is only the page's main area. */
export default function SellerLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1}>
      {children}
    </main>
  )
}
