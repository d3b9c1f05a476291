package dev.rehearsal.cli.world;

/**
 * Something {@code rehearse up} serves beside a running world, in its own process — the page
 * ({@code dev.rehearsal.cli.page}). Given to {@link UpCommand} by whoever builds it, so that this
 * package does not depend on what it starts.
 */
@FunctionalInterface
public interface Companion {
  /** Starts serving {@code world}, running on {@code data}; the caller closes what it returns. */
  Running start(WorldRecord world, DataDirectory data);

  /** A companion serving: its address, recorded with the world and printed. */
  interface Running extends AutoCloseable {
    String url();

    @Override
    void close();
  }
}
