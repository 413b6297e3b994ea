// digital-link.js ships without type declarations; these cover the parts the tests use.
declare module "digital-link.js" {
  export function DigitalLink(input: string | Record<string, unknown>): { isValid(): boolean; toWebUriString(): string }
  export const Utils: { Rules: Record<string, string>; testRule(rule: string, value: string): boolean }
}
