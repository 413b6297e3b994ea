import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"
import { createSellerStep, type CreateSellerInput } from "./steps/create-seller"

export const CREATE_SELLER_WORKFLOW = "create-seller"

/** Creates a seller for a freshly registered e-mail + password identity and binds the identity to it. */
export const createSellerWorkflow = createWorkflow(
  CREATE_SELLER_WORKFLOW,
  (input: { auth_identity_id: string; seller: CreateSellerInput }) => {
    const seller = createSellerStep(input.seller)
    const metadata = transform({ input, seller }, ({ input, seller }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: "seller",
      value: seller.id,
    }))
    setAuthAppMetadataStep(metadata)
    return new WorkflowResponse(seller)
  }
)
