/** A province's communes, wards and special zones as the address forms offer them, official spelling, in Vietnamese order. */
export type CommuneList = { province: string; communes: string[] }
