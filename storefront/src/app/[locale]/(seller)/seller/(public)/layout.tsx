import type { ReactNode } from "react"
import PublicShell from "@/modules/seller/templates/public-shell"

// Seller pages depend on the person's cookies: rendered per request, never cached across people.
export const dynamic = "force-dynamic"

// Log in, register and invitations: reachable without a session.
export default function SellerPublicLayout({ children }: { children: ReactNode }) {
  return <PublicShell>{children}</PublicShell>
}
