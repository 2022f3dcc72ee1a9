// A file of a package being built (its path in the package folder, and its bytes). Packages are
// written as a whole by export/package-writer.ts.
export interface OutFile { path: string; data: string | Uint8Array }
