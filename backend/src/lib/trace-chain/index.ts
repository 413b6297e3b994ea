export { canonicalJson } from "./canonical-json"
export { chainHash, verifyChain, type ChainHead, type ChainLink, type ChainVerification } from "./hash-chain"
export { recordedContent, toChainLink, type RecordedTraceEvent } from "./event-content"
