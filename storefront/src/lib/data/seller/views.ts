// View types of the seller portal: the only shapes its components receive. Built in ./mappers.

export type SellerRole = "owner" | "staff"
export type CooperativeStatus = "pending" | "approved" | "rejected" | "suspended"
export type CooperativeKind = "cooperative" | "cooperative_group" | "cooperative_union"

/** One cooperative the signed-in person belongs to. */
export type MembershipView = {
  id: string
  role: SellerRole
  cooperativeId: string
  handle: string | null
  name: string
  shortName: string | null
  status: CooperativeStatus
  statusReason: string | null
}

/** The signed-in person, their cooperatives and the one the portal acts on (null when they have none). */
export type SellerContextView = {
  person: { id: string; email: string; fullName: string; phone: string | null }
  memberships: MembershipView[]
  active: MembershipView | null
}

export type ChecklistKey = "profile" | "bank_account" | "first_product" | "approved"

export type LowStockView = {
  productId: string
  variantId: string
  productTitle: string
  variantTitle: string | null
  sku: string | null
  quantity: number
}

export type DashboardView = {
  ordersToHandle: number
  lowStock: LowStockView[]
  checklist: { key: ChecklistKey; done: boolean }[]
}

/** A cooperative's editable fields as form strings; `registrationNumber` is shown, never sent back. */
export type CooperativeFormValues = {
  name: string
  shortName: string
  kind: CooperativeKind
  registrationNumber: string
  foundedOn: string
  legalRepresentative: string
  phone: string
  email: string
  street: string
  commune: string
  province: string
  memberCount: string
  sectors: string
  descriptionVi: string
  descriptionEn: string
  bankBin: string
  bankAccountNumber: string
  bankAccountHolder: string
  /** Uploaded image addresses; "" when there is none. */
  logoUrl: string
  bannerUrl: string
}

export type CooperativeProfileView = {
  id: string
  handle: string | null
  status: CooperativeStatus
  statusReason: string | null
  values: CooperativeFormValues
}

export type MemberStatus = "invited" | "active"

export type MemberView = {
  id: string
  email: string
  fullName: string | null
  role: SellerRole
  status: MemberStatus
  sinceLabel: string | null
  isSelf: boolean
  /** False for the last active owner, whom the backend refuses to remove. */
  removable: boolean
}

export type InvitationView = {
  email: string
  role: SellerRole
  cooperativeName: string
  cooperativeShortName: string | null
  expiresLabel: string | null
}

/** One page of a seller listing. */
export type SellerPage<T> = { items: T[]; count: number; page: number; totalPages: number }
