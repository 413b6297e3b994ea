// Every address of the seller portal, without the locale prefix (the locale-aware Link and redirect add it).

/** Fixed seller portal paths. */
export const SELLER_PATHS = {
  home: "/seller",
  login: "/seller/login",
  register: "/seller/register",
  products: "/seller/products",
  newProduct: "/seller/products/new",
  orders: "/seller/orders",
  profile: "/seller/profile",
  members: "/seller/members",
  lots: "/seller/lots",
  newLot: "/seller/lots/new",
  ocop: "/seller/ocop",
  newOcopCertificate: "/seller/ocop/new",
  sessionExpired: "/seller/session-expired",
} as const

/** The editor of one product. */
export function sellerProductPath(id: string): string {
  return `${SELLER_PATHS.products}/${encodeURIComponent(id)}`
}

/** The detail page of one order. */
export function sellerOrderPath(id: string): string {
  return `${SELLER_PATHS.orders}/${encodeURIComponent(id)}`
}

/** The page that shows and accepts an invitation (the link in the invitation e-mail). */
export function sellerInvitationPath(token: string): string {
  return `/seller/invitations/${encodeURIComponent(token)}`
}

/** Whether a `next` target is an invitation page: registering for one creates the person only. */
export function isInvitationPath(path: string | null): path is string {
  return !!path && /^\/seller\/invitations\/[^/?]+$/.test(path)
}

/** The invitation token inside an invitation path. */
export function invitationTokenOf(path: string): string {
  return decodeURIComponent(path.slice("/seller/invitations/".length))
}

/** A link to a portal page that carries `?next=` only when there is somewhere to come back to. */
export function withNext(pathname: string, next: string | null): string | { pathname: string; query: { next: string } } {
  return next ? { pathname, query: { next } } : pathname
}

/** The portal's fair pages: the fairs a cooperative can join, and its trade inquiries. */
export const SELLER_FAIR_PATHS = {
  fairs: "/seller/fairs",
  leads: "/seller/leads",
} as const

/** The page of one fair: the cooperative's booth, its application or its figures. */
export function sellerFairPath(id: string): string {
  return `${SELLER_FAIR_PATHS.fairs}/${encodeURIComponent(id)}`
}
