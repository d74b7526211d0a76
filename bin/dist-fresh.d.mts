export declare const projectRoot: URL;
/** The URL of a built entry point when dist/ is up to date with every source it was built from, else null. */
export declare function freshBuilt(entry: string, root?: URL): URL | null;
