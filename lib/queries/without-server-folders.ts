/**
 * An absolute or dot-relative file path: its folders, up to the file's own name. A URL's path
 * follows "//host" and is left alone; the character class stops at quotes and backslashes, so
 * the text may be JSON.
 */
const FOLDERS = /(?<=^|[\s"'([=,])(?:~|\.{1,2})?\/(?:[^\s"'()[\],\\/]+\/)+/g;

/**
 * A value as the public API shows it: every file path in its text cut to the file's name. Run
 * records name the files an operator gave (`/srv/feeds/cs.CL.xml`), which must not tell readers
 * how the server's disk is laid out; the name alone still says which input failed.
 */
export function withoutServerFolders<T>(value: T): T {
  if (value === null || value === undefined) return value;
  return JSON.parse(JSON.stringify(value).replace(FOLDERS, "")) as T;
}
