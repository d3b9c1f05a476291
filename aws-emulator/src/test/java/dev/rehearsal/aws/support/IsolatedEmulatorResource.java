package dev.rehearsal.aws.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * {@link EmulatorResource} under another name: a test class that names it gets an emulator of its
 * own, with a data directory no other class shares (Quarkus restarts the application for a
 * different set of test resources). For tests that own account-wide names, such as the seed's role
 * and GitHub's provider created by a stack.
 */
public final class IsolatedEmulatorResource implements QuarkusTestResourceLifecycleManager {
  private final EmulatorResource delegate = new EmulatorResource();

  @Override
  public Map<String, String> start() {
    return delegate.start();
  }

  @Override
  public void stop() {
    delegate.stop();
  }
}
