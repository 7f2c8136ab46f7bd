/** Types of cjk-chars.mjs, for the tests that import it. */
export declare const cjkPattern: RegExp;
export declare const classesDir: string;
/** Every CJK character in the .ts/.tsx files under `root` (default: src) → the first file using it. */
export declare function collectCjk(root?: string): Map<string, string>;
/** The characters outside the class names (`app`) and those only the class names use (`classes`). */
export declare function cjkSets(root?: string): { app: Map<string, string>; classes: Map<string, string> };
/** Code points as a CSS unicode-range: "U+4E01, U+4E07-4E08". */
export declare function unicodeRange(chars: Iterable<string>): string;
