import { salesOfOrders } from "../product-sales"

describe("the units an order sells", () => {
  it("adds up the lines of one product and keeps orders apart", () => {
    const rows = salesOfOrders([
      { id: "order_1", items: [{ product_id: "prod_a", quantity: 2 }, { product_id: "prod_a", quantity: 1 }, { product_id: "prod_b", quantity: 4 }] },
      { id: "order_2", items: [{ product_id: "prod_a", quantity: 5 }] },
    ])
    expect(rows).toEqual([
      { order_id: "order_1", product_id: "prod_a", units: 3 },
      { order_id: "order_1", product_id: "prod_b", units: 4 },
      { order_id: "order_2", product_id: "prod_a", units: 5 },
    ])
  })

  it("ignores empty lines", () => {
    expect(salesOfOrders([{ id: "order_1", items: [{ product_id: "prod_a", quantity: 0 }] }])).toEqual([])
  })
})
