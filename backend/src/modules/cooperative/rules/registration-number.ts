// An enterprise / cooperative code is the 10-digit tax code; a branch or unit adds a 3-digit suffix.
const REGISTRATION_NUMBER = /^\d{10}(-\d{3})?$/

/** Whether a string is a cooperative registration (tax) number: 10 digits, or 10 digits, a dash and 3 digits. */
export function isRegistrationNumber(value: string): boolean {
  return REGISTRATION_NUMBER.test(value.trim())
}
