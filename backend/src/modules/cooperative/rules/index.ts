export { PROVINCES, isProvince, type Province } from "./provinces"
export { normalizeVietnamesePhone, formatVietnamesePhone } from "./phone"
export { isRegistrationNumber } from "./registration-number"
