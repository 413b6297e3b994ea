// View types of the checkout page: the only shapes its components receive. Built in ./mappers/checkout.ts.

import type { CartLineView } from "../../types/views"
import type { CommuneList } from "./commune-views"
import type { PaymentMethod } from "./payment-views"

/** The checkout's steps in the order a shopper goes through them. */
export const CHECKOUT_STEPS = ["address", "shipping", "payment", "review"] as const
/** One of the checkout's steps. */
export type CheckoutStep = (typeof CHECKOUT_STEPS)[number]

/** The contact and address form as strings, ready to show again in its inputs. */
export type CheckoutAddressValues = {
  email: string
  fullName: string
  phone: string
  province: string
  commune: string
  street: string
}

/** An address from a signed-in shopper's address book, offered at checkout; `label` is the address on one line. */
export type SavedAddressView = { id: string; label: string; isDefault: boolean; values: CheckoutAddressValues }

/** A field of the address form. */
export type AddressField = keyof CheckoutAddressValues

/** Why one address field was refused; the form shows `CheckoutErrors.<code>` under it. */
export type AddressFieldError =
  | "email_invalid"
  | "name_required"
  | "phone_invalid"
  | "province_invalid"
  | "commune_required"
  | "commune_not_in_province"
  | "street_required"

/** The refused fields of one address submission and why. */
export type AddressFieldErrors = Partial<Record<AddressField, AddressFieldError>>

/** One shipping choice of a cooperative, priced for the cart's address. */
export type ShippingOptionView = { id: string; name: string; priceLabel: string }

/** One cooperative's share of the cart: its lines, its shipping choices and what it costs. */
export type CheckoutGroupView = {
  cooperativeId: string
  cooperativeHandle: string
  cooperativeName: string
  lines: CartLineView[]
  options: ShippingOptionView[]
  selectedOptionId: string | null
  /** The cooperative's lines added up. */
  subtotalLabel: string
  /** Price of the chosen shipping; null until one is chosen. */
  shippingLabel: string | null
  /** Lines plus chosen shipping. */
  totalLabel: string
}

/** Everything the checkout page shows, and which step comes first. */
export type CheckoutView = {
  cartId: string
  address: CheckoutAddressValues
  /** The signed-in shopper's address book, default first; empty for a guest. */
  savedAddresses: SavedAddressView[]
  /** The communes of the address's province, offered in the form; null until a province is known. */
  communes: CommuneList | null
  /** Contact and address are complete on the cart. */
  hasAddress: boolean
  groups: CheckoutGroupView[]
  /** Lines whose product no cooperative sells right now; the order cannot be placed with them. */
  orphanLines: CartLineView[]
  /** Every cooperative has a shipping option chosen. */
  shippingChosen: boolean
  /** A way to pay the region offers is set up as the cart's payment. */
  paymentChosen: boolean
  /** The ways to pay the cart's region offers, cash on delivery first. */
  paymentMethods: PaymentMethod[]
  /** The way to pay set up on the cart; null until one is chosen. */
  paymentMethod: PaymentMethod | null
  /** The choice the payment step starts with: the shopper's last one, else the first offered; null when none is offered. */
  preferredPaymentMethod: PaymentMethod | null
  itemTotalLabel: string
  shippingTotalLabel: string
  totalLabel: string
  /** The first step still to do; the review when everything is done. */
  firstOpenStep: CheckoutStep
}
