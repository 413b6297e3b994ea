import { defineMiddlewares } from "@medusajs/framework/http"
import { adminCooperativeMiddlewares } from "./admin/cooperatives/middlewares"
import { cooperativeMiddlewares } from "./cooperative/middlewares"
import { cooperativeUploadMiddlewares } from "./cooperative/uploads/middlewares"
import { storeProductMiddlewares } from "./store/products/middlewares"

/** Every resource's middlewares, collected once. */
export default defineMiddlewares({
  routes: [...storeProductMiddlewares, ...adminCooperativeMiddlewares, ...cooperativeMiddlewares, ...cooperativeUploadMiddlewares],
})
