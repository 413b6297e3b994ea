import type { ReactNode } from "react"
import { getSellerContext } from "@/lib/data/seller/context"
import PortalShell from "@/modules/seller/templates/portal-shell"

// Seller pages depend on the person's cookies: rendered per request, never cached across people.
export const dynamic = "force-dynamic"

// Every page below needs a session: getSellerContext sends anyone without one to the login page.
export default async function SellerPortalLayout({ children }: { children: ReactNode }) {
  const context = await getSellerContext()
  return <PortalShell context={context}>{children}</PortalShell>
}
