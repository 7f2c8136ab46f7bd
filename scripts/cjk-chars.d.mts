/** Types of cjk-chars.mjs, for the tests that import it. */
export declare const cjkPattern: RegExp;
/** Every CJK character in the .ts/.tsx files under `root` (default: src) → the first file using it. */
export declare function collectCjk(root?: string): Map<string, string>;
