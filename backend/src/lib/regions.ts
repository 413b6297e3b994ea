/** Countries of the International region: where export buyers of Vietnamese specialties are. */
export const INTERNATIONAL_COUNTRIES = ["us", "ca", "gb", "fr", "de", "nl", "au", "jp", "kr", "sg", "tw", "cz", "pl", "ru"]
