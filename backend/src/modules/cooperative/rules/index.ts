export { PROVINCES, isProvince, type Province } from "./provinces"
export { communesOf, findCommune } from "./communes"
export { normalizeVietnamesePhone, formatVietnamesePhone } from "./phone"
export { isRegistrationNumber } from "./registration-number"
