package dev.rehearsal.cli.demo;

/**
 * What every phase after the world's works with: the transcript it writes to, the world, the seed's
 * files, the workflow runner and core's explanation of STS's decisions.
 */
record Stage(
    Transcript transcript, DemoWorld world, Seed seed, SeedRuns runs, TrustExplanation trust) {}
