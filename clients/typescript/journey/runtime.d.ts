// The two Node globals the journey uses. Declared here rather than taken from @types/node, which the repository
// does not pin (it is only a transitive dependency), so the client's build depends on pinned packages alone.
declare const process: {
  readonly env: Readonly<Record<string, string | undefined>>;
  exitCode?: number;
};
