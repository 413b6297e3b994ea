import assert from "node:assert/strict"
import { describe, it } from "node:test"
import type { HttpTypes } from "@medusajs/types"
import { toCheckoutView } from "../checkout"
import { STRIPE_PROVIDER } from "../checkout-payment"
import {
  normalizeForeignPhone,
  readForeignAddressValues,
  toCountryOptions,
  toForeignAddressValues,
  toForeignCartAddress,
  validateForeignAddress,
} from "../foreign-address"

const COUNTRIES = ["us", "gb", "jp", "de", "sg"]
const form = {
  email: " Anna@Example.com ",
  fullName: " Anna   Maria Smith ",
  phone: "(415) 555-0132",
  country: "US",
  street: "1 Market Street",
  city: "San Francisco",
  state: "CA",
  postalCode: "94105",
}

void describe("an address abroad", () => {
  void it("is read tidied: e-mail in lower case, single spaces, country code in lower case", () => {
    const values = readForeignAddressValues(form)
    assert.equal(values.email, "anna@example.com")
    assert.equal(values.fullName, "Anna Maria Smith")
    assert.equal(values.country, "us")
  })

  void it("keeps a phone number valid in its country, in international form", () => {
    assert.equal(normalizeForeignPhone("(415) 555-0132", "us"), "+14155550132")
    assert.equal(normalizeForeignPhone("020 7946 0018", "gb"), "+442079460018")
    assert.equal(normalizeForeignPhone("+81 3-1234-5678", "jp"), "+81312345678")
    assert.equal(normalizeForeignPhone("12345", "us"), null)
    assert.equal(normalizeForeignPhone("0912 345 678", "us"), null)
  })

  void it("passes with every field right, the phone saved in international form", () => {
    const checked = validateForeignAddress(readForeignAddressValues(form), COUNTRIES)
    assert.equal(checked.fields, null)
    assert.equal(checked.values?.phone, "+14155550132")
  })

  void it("names each refused field: a country the region does not ship to, no city, a bad postal code, a bad e-mail", () => {
    const checked = validateForeignAddress(
      readForeignAddressValues({ ...form, email: "anna@", country: "vn", city: " ", postalCode: "#", state: "x".repeat(101) }),
      COUNTRIES
    )
    assert.equal(checked.values, null)
    assert.deepEqual(checked.fields, {
      email: "email_invalid",
      country: "country_invalid",
      city: "city_required",
      state: "state_invalid",
      postalCode: "postal_code_invalid",
    })
    const phone = validateForeignAddress(readForeignAddressValues({ ...form, phone: "555" }), COUNTRIES)
    assert.deepEqual(phone.fields, { phone: "phone_invalid_abroad" })
  })

  void it("goes to Medusa given name first, with postal code and state; and comes back the same", () => {
    const values = validateForeignAddress(readForeignAddressValues(form), COUNTRIES).values!
    const saved = toForeignCartAddress(values)
    assert.deepEqual(saved, {
      first_name: "Anna",
      last_name: "Maria Smith",
      phone: "+14155550132",
      address_1: "1 Market Street",
      city: "San Francisco",
      province: "CA",
      postal_code: "94105",
      country_code: "us",
    })
    assert.deepEqual(toForeignAddressValues("anna@example.com", saved as HttpTypes.StoreCartAddress), values)
  })

  void it("starts empty from a Vietnamese address, keeping the e-mail", () => {
    const fromVietnam = toForeignAddressValues("lan@example.vn", { country_code: "vn", city: "Xã Hàm Yên", address_1: "Thôn Cầu" } as HttpTypes.StoreCartAddress)
    assert.equal(fromVietnam.email, "lan@example.vn")
    assert.equal(fromVietnam.city, "")
    assert.equal(fromVietnam.country, "")
  })

  void it("lists the region's countries by their name in the shop's language", () => {
    assert.deepEqual(toCountryOptions(["us", "de", "gb"], "en").map((c) => c.name), ["Germany", "United Kingdom", "United States"])
    assert.deepEqual(toCountryOptions(["us", "de"], "vi").map((c) => c.name), ["Đức", "Hoa Kỳ"])
  })
})

void describe("the checkout abroad", () => {
  const usAddress = { first_name: "Anna", last_name: "Smith", phone: "+14155550132", address_1: "1 Market Street", city: "San Francisco", postal_code: "94105", country_code: "us" }
  const cart = (overrides: Record<string, unknown> = {}) =>
    ({
      id: "cart_abroad",
      currency_code: "usd",
      email: "anna@example.com",
      shipping_address: usAddress,
      items: [{ id: "item_tea", title: "Shan tuyết tea", product_title: "Shan tuyết tea", quantity: 1, unit_price: 12.5, total: 12.5, created_at: "2026-11-23T01:00:00Z" }],
      shipping_methods: [],
      item_total: 12.5,
      shipping_total: 0,
      total: 12.5,
      ...overrides,
    }) as unknown as HttpTypes.StoreCart
  const groups = [{ cooperative: { id: "coop_tea", handle: "htx-che", name: "HTX Chè" }, item_ids: ["item_tea"], options: [], selected_option_id: null }]

  void it("asks for a foreign address among the region's countries, counted done when complete, in dollars", () => {
    const view = toCheckoutView(cart(), groups, ["card"], "en", { abroadCountries: COUNTRIES })
    assert.equal(view.destination, "abroad")
    assert.equal(view.hasAddress, true)
    assert.equal(view.foreignAddress.city, "San Francisco")
    assert.deepEqual(view.countries.map((c) => c.code).sort(), [...COUNTRIES].sort())
    assert.equal(view.totalLabel, "$12.50")
    assert.equal(view.firstOpenStep, "shipping")
    assert.equal(view.card, null)
  })

  void it("gives the card form Stripe's client secret and the publishable key once a card payment is set up", () => {
    const payment_collection = { payment_sessions: [{ provider_id: STRIPE_PROVIDER, data: { client_secret: "pi_1_secret_2" } }] }
    const withCard = cart({ payment_collection })
    const view = toCheckoutView(withCard, groups, ["card"], "en", { abroadCountries: COUNTRIES, stripePublishableKey: "pk_test_abc" })
    assert.equal(view.paymentMethod, "card")
    assert.deepEqual(view.card, { clientSecret: "pi_1_secret_2", publishableKey: "pk_test_abc" })
    assert.equal(view.paymentChosen, true)
    // Without the publishable key there is no card form, so the payment step is still to do.
    assert.equal(toCheckoutView(withCard, groups, ["card"], "en", { abroadCountries: COUNTRIES }).paymentChosen, false)
  })
})
