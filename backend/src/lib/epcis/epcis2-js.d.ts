// epcis2.js keeps its declarations outside the path TypeScript looks in; this covers the validator the tests use.
declare module "epcis2.js" {
  export function validateEpcisDocument(epcisDocument: object, throwError?: boolean): { success: boolean; errors: string[] }
}
