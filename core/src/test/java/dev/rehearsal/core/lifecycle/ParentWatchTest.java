package dev.rehearsal.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParentWatchTest {
  @Test
  void watch_whenParentEnds_runsTheAction() throws Exception {
    Process parent = new ProcessBuilder("sleep", "30").start();
    CountDownLatch gone = new CountDownLatch(1);
    ParentWatch.watch(parent.pid(), gone::countDown);

    assertThat(gone.await(200, TimeUnit.MILLISECONDS)).as("parent still alive").isFalse();
    parent.destroyForcibly().waitFor();

    assertThat(gone.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void watch_whileParentLives_doesNothing() throws Exception {
    CountDownLatch gone = new CountDownLatch(1);
    Thread watch = ParentWatch.watch(ProcessHandle.current().pid(), gone::countDown);

    assertThat(gone.await(1200, TimeUnit.MILLISECONDS)).isFalse();
    assertThat(watch.isDaemon()).isTrue();
    watch.interrupt();
  }

  @Test
  void parentPid_readsTheProperty() {
    System.setProperty(ParentWatch.PROPERTY, " 42 ");
    try {
      assertThat(ParentWatch.parentPid()).contains(42L);
    } finally {
      System.clearProperty(ParentWatch.PROPERTY);
    }
    assertThat(ParentWatch.parentPid()).isEmpty();
  }
}
