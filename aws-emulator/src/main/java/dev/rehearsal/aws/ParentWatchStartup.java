package dev.rehearsal.aws;

import dev.rehearsal.core.lifecycle.ParentWatch;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** Exits when the {@code rehearse up} that started this emulator is gone (see ParentWatch). */
@Singleton
public class ParentWatchStartup {
  void onStart(@Observes StartupEvent event) {
    ParentWatch.parentPid().ifPresent(pid -> ParentWatch.watch(pid, Quarkus::asyncExit));
  }
}
