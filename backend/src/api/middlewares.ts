import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCooperativeMiddlewares } from "./admin/cooperatives/middlewares"
import { cooperativeMiddlewares } from "./cooperative/middlewares"
import { cooperativeOrderMiddlewares } from "./cooperative/orders/middlewares"
import { cooperativeUploadMiddlewares } from "./cooperative/uploads/middlewares"
import { storeCartCompletionMiddlewares, storeCartShippingGroupMiddlewares } from "./store/carts/middlewares"
import { storeCooperativeMiddlewares } from "./store/cooperatives/middlewares"
import { storeProductMiddlewares } from "./store/products/middlewares"
import { storePurchaseMiddlewares } from "./store/purchases/middlewares"

/** Every resource's middlewares, collected once. */
export default defineMiddlewares({
  routes: [
    ...storeProductMiddlewares,
    ...storeCooperativeMiddlewares,
    ...storeCartShippingGroupMiddlewares,
    ...storeCartCompletionMiddlewares,
    ...storePurchaseMiddlewares,
    ...adminCooperativeMiddlewares,
    ...cooperativeMiddlewares,
    ...cooperativeUploadMiddlewares,
    ...cooperativeOrderMiddlewares,
  ],
})
