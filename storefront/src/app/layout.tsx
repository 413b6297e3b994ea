import type { ReactNode } from "react"

// <html> is rendered by [locale]/layout.tsx so that its lang attribute follows the URL's locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children
}
