/** Bumped whenever the stored body tree's shape or the allow-list changes: old trees are rebuilt. */
export const BODY_TREE_VERSION = 1;
