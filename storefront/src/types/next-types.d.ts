// Next.js ambient types (CSS modules, images, fetch `next` options) for a typecheck that runs before any
// build: the generated next-env.d.ts also points into .next/, which a fresh checkout does not have.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
