import { authenticate, type MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreGetCustomerOpenCart, StoreListCustomerPurchases, StoreMergeCustomerCarts } from "./validators"

const signedInCustomer = authenticate("customer", ["session", "bearer"])

// Medusa's own /store/customers/me* routes sit beside these; the publishable key is required on all of them.
export const storeCustomerMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/customers/me/purchases",
    methods: ["GET"],
    middlewares: [signedInCustomer, validateAndTransformQuery(StoreListCustomerPurchases, {})],
  },
  { matcher: "/store/customers/me/open-cart", methods: ["GET"], middlewares: [signedInCustomer, validateAndTransformQuery(StoreGetCustomerOpenCart, {})] },
  { matcher: "/store/customers/me/carts/merge", methods: ["POST"], middlewares: [signedInCustomer, validateAndTransformBody(StoreMergeCustomerCarts)] },
]
