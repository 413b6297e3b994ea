import { defineMiddlewares } from "@medusajs/framework/http"
import { marketplaceErrorHandler } from "./error-handler"
import { adminCooperativeMiddlewares } from "./admin/cooperatives/middlewares"
import { adminFairMiddlewares } from "./admin/fairs/middlewares"
import { adminOcopCertificateMiddlewares } from "./admin/ocop-certificates/middlewares"
import { adminSearchMiddlewares } from "./admin/search/middlewares"
import { adminSettlementMiddlewares } from "./admin/settlements/middlewares"
import { cooperativeDocumentMiddlewares } from "./cooperative/documents/middlewares"
import { cooperativeFairMiddlewares } from "./cooperative/fairs/middlewares"
import { cooperativeTradeLeadMiddlewares } from "./cooperative/trade-leads/middlewares"
import { cooperativeLotMiddlewares } from "./cooperative/lots/middlewares"
import { cooperativeMiddlewares } from "./cooperative/middlewares"
import { cooperativeOcopCertificateMiddlewares } from "./cooperative/ocop-certificates/middlewares"
import { cooperativeOrderMiddlewares } from "./cooperative/orders/middlewares"
import { cooperativeTraceabilityMiddlewares } from "./cooperative/traceability/middlewares"
import { cooperativeUploadMiddlewares } from "./cooperative/uploads/middlewares"
import { paymentHookMiddlewares } from "./hooks/middlewares"
import { storeCartCompletionMiddlewares, storeCartShippingGroupMiddlewares } from "./store/carts/middlewares"
import { storeCooperativeMiddlewares } from "./store/cooperatives/middlewares"
import { storeCustomerMiddlewares } from "./store/customers/middlewares"
import { storeFairMiddlewares } from "./store/fairs/middlewares"
import { storeOcopMiddlewares } from "./store/ocop/middlewares"
import { storeProductMiddlewares } from "./store/products/middlewares"
import { storePurchaseMiddlewares } from "./store/purchases/middlewares"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { storeTradeLeadMiddlewares } from "./store/trade-leads/middlewares"
import { storeTraceabilityMiddlewares } from "./store/traceability/middlewares"

/** Every resource's middlewares, collected once. */
export default defineMiddlewares({
  errorHandler: marketplaceErrorHandler,
  routes: [
    ...storeProductMiddlewares,
    ...storeCooperativeMiddlewares,
    ...storeCartShippingGroupMiddlewares,
    ...storeCartCompletionMiddlewares,
    ...storePurchaseMiddlewares,
    ...storeCustomerMiddlewares,
    ...storeOcopMiddlewares,
    ...storeTraceabilityMiddlewares,
    ...storeSearchMiddlewares,
    ...storeFairMiddlewares,
    ...storeTradeLeadMiddlewares,
    ...adminCooperativeMiddlewares,
    ...adminOcopCertificateMiddlewares,
    ...adminSearchMiddlewares,
    ...adminFairMiddlewares,
    ...adminSettlementMiddlewares,
    ...cooperativeMiddlewares,
    ...cooperativeUploadMiddlewares,
    ...cooperativeOrderMiddlewares,
    ...cooperativeOcopCertificateMiddlewares,
    ...cooperativeDocumentMiddlewares,
    ...cooperativeLotMiddlewares,
    ...cooperativeTraceabilityMiddlewares,
    ...cooperativeFairMiddlewares,
    ...cooperativeTradeLeadMiddlewares,
    ...paymentHookMiddlewares,
  ],
})
