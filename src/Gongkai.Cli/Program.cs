// Placeholder entry point: the CLI (issue 2, item 6) replaces it.
return 0;
