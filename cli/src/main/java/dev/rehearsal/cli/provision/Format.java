package dev.rehearsal.cli.provision;

/** How a provision command reports: as text while it runs, or one JSON document at the end. */
enum Format {
  text,
  json
}
