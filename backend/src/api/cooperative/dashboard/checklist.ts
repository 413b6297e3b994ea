type CooperativeFacts = {
  status: string
  description_vi: string | null
  phone: string | null
  street: string | null
  logo_url: string | null
  bank_bin: string | null
  bank_account_number: string | null
  bank_account_holder: string | null
}

/** The steps that get a new cooperative selling, each done or not. */
export function newCooperativeChecklist(cooperative: CooperativeFacts, productCount: number) {
  return [
    { key: "profile", done: Boolean(cooperative.description_vi?.trim() && cooperative.phone && cooperative.street && cooperative.logo_url) },
    { key: "bank_account", done: Boolean(cooperative.bank_bin && cooperative.bank_account_number && cooperative.bank_account_holder) },
    { key: "first_product", done: productCount > 0 },
    { key: "approved", done: cooperative.status === "approved" },
  ] as const
}
