/**
 * The language of a run. Every message, error and human-readable line of `dti` is in Vietnamese or
 * English: `--lang vi|en` anywhere on the command line, else the environment variable DTI_LANG, else
 * Vietnamese (as the web app). Codes ("error CODE:"), JSON keys and exit codes are the same in both.
 */
export type Lang = "vi" | "en";

export const LANGS: readonly Lang[] = ["vi", "en"];

export function isLang(value: unknown): value is Lang {
  return value === "vi" || value === "en";
}

/** DTI_LANG as people set it: vi, en, or a locale such as vi_VN.UTF-8 or en-GB. */
export function langOfEnv(value: string | undefined): Lang | undefined {
  const match = /^(vi|en)(?:[-_.].*)?$/i.exec(value?.trim() ?? "");
  return match ? (match[1]!.toLowerCase() as Lang) : undefined;
}

/**
 * The language asked for: `--lang en` or `--lang=en` before any `--`, else DTI_LANG, else Vietnamese.
 * A value that is neither vi nor en is left to the option's parser (a usage error, worded in the
 * language this returns).
 */
export function langOf(argv: readonly string[], env: NodeJS.ProcessEnv = {}): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") break;
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (isLang(value)) return value;
  }
  return langOfEnv(env.DTI_LANG) ?? "vi";
}
