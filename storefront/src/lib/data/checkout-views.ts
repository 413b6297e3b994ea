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

/** The contact and address form for a delivery abroad, as strings; `country` is an ISO 3166 code in lower case. */
export type ForeignAddressValues = {
  email: string
  fullName: string
  phone: string
  country: string
  street: string
  city: string
  /** State, province or region, where the country uses one; may be empty. */
  state: string
  postalCode: string
}

/** A field of the foreign address form. */
export type ForeignAddressField = keyof ForeignAddressValues

/** Why one foreign address field was refused; the form shows `CheckoutErrors.<code>` under it. */
export type ForeignAddressFieldError =
  | "email_invalid"
  | "name_required"
  | "phone_invalid_abroad"
  | "country_invalid"
  | "street_required"
  | "city_required"
  | "state_invalid"
  | "postal_code_invalid"

/** The refused fields of one foreign address submission and why. */
export type ForeignAddressFieldErrors = Partial<Record<ForeignAddressField, ForeignAddressFieldError>>

/** A country the cart's region ships to, named in the shop's language. */
export type CountryOption = { code: string; name: string }

/** Where the cart is delivered: within Việt Nam (province, commune) or abroad (country, city, postal code). */
export type CheckoutDestination = "vietnam" | "abroad"

/** What the card step needs: the payment's client secret from Stripe and the storefront's publishable key. */
export type CardPaymentView = { clientSecret: string; publishableKey: string }

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
  /** Which address form the cart's region asks for. */
  destination: CheckoutDestination
  /** The Vietnamese address (used when `destination` is vietnam). */
  address: CheckoutAddressValues
  /** The address abroad (used when `destination` is abroad). */
  foreignAddress: ForeignAddressValues
  /** Countries the cart's region ships to (abroad only; empty for Việt Nam). */
  countries: CountryOption[]
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
  /** For a card payment: what Stripe's card form needs; null otherwise, or when card payments are not set up here. */
  card: CardPaymentView | null
  /** The choice the payment step starts with: the shopper's last one, else the first offered; null when none is offered. */
  preferredPaymentMethod: PaymentMethod | null
  itemTotalLabel: string
  shippingTotalLabel: string
  totalLabel: string
  /** The first step still to do; the review when everything is done. */
  firstOpenStep: CheckoutStep
}
