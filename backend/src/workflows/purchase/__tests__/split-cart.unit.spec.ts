import type { ProductCooperative, PurchaseCart, PurchaseCartItem } from "../purchase-cart"
import { splitCartByCooperative } from "../split-cart"


/** What a share says of a cooperative that has not entered its bank account. */
const NO_BANK = { bank_bin: null, bank_account_number: null, bank_account_holder: null }
const coop = (id: string, status = "approved") => ({ id, handle: `htx-${id}`, name: `Hợp tác xã ${id}`, status, stock_location: { id: `sloc_${id}` } })

const line = (id: string, product: string, profile: string, quantity: number, stock: { location: string; stocked: number; reserved?: number }): PurchaseCartItem => ({
  id,
  title: `Sản phẩm ${product}`,
  product_title: `Sản phẩm ${product}`,
  variant_title: "500 g",
  quantity,
  unit_price: 100000,
  product_id: product,
  variant_id: `variant_${product}`,
  requires_shipping: true,
  variant: {
    id: `variant_${product}`,
    manage_inventory: true,
    allow_backorder: false,
    product: { id: product, shipping_profile: { id: profile } },
    inventory_items: [
      {
        inventory_item_id: `iitem_${product}`,
        required_quantity: 1,
        inventory: { location_levels: [{ location_id: stock.location, stocked_quantity: stock.stocked, reserved_quantity: stock.reserved ?? 0 }] },
      },
    ],
  },
})

const products: ProductCooperative[] = [
  { id: "tea", cooperative: coop("a") },
  { id: "honey", cooperative: coop("a") },
  { id: "orange", cooperative: coop("b") },
]
const options = [
  { id: "so_a", shipping_profile_id: "sp_a" },
  { id: "so_b", shipping_profile_id: "sp_b" },
]
const cart = (overrides: Partial<PurchaseCart> = {}): PurchaseCart => ({
  id: "cart_1",
  email: "nguoimua@thunghiem.test",
  currency_code: "vnd",
  items: [
    line("li_tea", "tea", "sp_a", 2, { location: "sloc_a", stocked: 10 }),
    line("li_honey", "honey", "sp_a", 1, { location: "sloc_a", stocked: 5 }),
    line("li_orange", "orange", "sp_b", 3, { location: "sloc_b", stocked: 3 }),
  ],
  shipping_methods: [
    { id: "sm_a", name: "Giao hàng tiêu chuẩn", amount: 30000, shipping_option_id: "so_a" },
    { id: "sm_b", name: "Nhận tại hợp tác xã", amount: 0, shipping_option_id: "so_b" },
  ],
  ...overrides,
})

describe("splitCartByCooperative", () => {
  it("gives each cooperative its own lines, shipping method and location", () => {
    expect(splitCartByCooperative(cart(), products, options)).toEqual([
      { cooperative: { id: "a", handle: "htx-a", name: "Hợp tác xã a", ...NO_BANK }, location_id: "sloc_a", item_ids: ["li_tea", "li_honey"], shipping_method_ids: ["sm_a"] },
      { cooperative: { id: "b", handle: "htx-b", name: "Hợp tác xã b", ...NO_BANK }, location_id: "sloc_b", item_ids: ["li_orange"], shipping_method_ids: ["sm_b"] },
    ])
  })

  it("names the cooperative that has no shipping method", () => {
    const c = cart({ shipping_methods: [{ id: "sm_a", name: "Giao hàng tiêu chuẩn", amount: 30000, shipping_option_id: "so_a" }] })
    expect(() => splitCartByCooperative(c, products, options)).toThrow("Hợp tác xã b")
  })

  it("refuses a product whose cooperative is not approved, naming the product", () => {
    const suspended = products.map((p) => (p.id === "orange" ? { ...p, cooperative: coop("b", "suspended") } : p))
    expect(() => splitCartByCooperative(cart(), suspended, options)).toThrow('"Sản phẩm orange (500 g)" is sold by a cooperative that is not selling at the moment')
  })

  it("counts stock at the cooperative's location only, net of reservations", () => {
    const c = cart()
    c.items![2] = line("li_orange", "orange", "sp_b", 3, { location: "sloc_b", stocked: 4, reserved: 2 })
    expect(() => splitCartByCooperative(c, products, options)).toThrow('Only 2 of "Sản phẩm orange (500 g)" are left in stock')
    c.items![2] = line("li_orange", "orange", "sp_b", 1, { location: "sloc_elsewhere", stocked: 100 })
    expect(() => splitCartByCooperative(c, products, options)).toThrow("out of stock")
  })

  it("refuses a cart that was already checked out, or that has no e-mail address", () => {
    expect(() => splitCartByCooperative(cart({ completed_at: new Date() }), products, options)).toThrow("already been checked out")
    expect(() => splitCartByCooperative(cart({ email: null }), products, options)).toThrow("e-mail address")
  })
})
