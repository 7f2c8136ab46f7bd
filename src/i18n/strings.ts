/** The shape every language must fill: the same keys as English, any strings. */
export type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
