return 0; // Placeholder: benchmarks come with the check command (issue 2).
