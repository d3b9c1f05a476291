package dev.rehearsal.cli.world;

import dev.rehearsal.cli.UserError;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Port choices for the emulators, checked before anything starts so that errors are clear. */
final class Ports {
  private Ports() {}

  /**
   * {@code 0} becomes a free port chosen now, so that both emulators can be told each other's
   * address before either starts; any other port must be free on 127.0.0.1.
   */
  static int choose(int requested, String flag) {
    if (requested < 0 || requested > 65535) {
      throw new UserError(flag + " must be between 0 and 65535, got " + requested);
    }
    try (ServerSocket socket = new ServerSocket(requested, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UserError(
          "port "
              + requested
              + " on 127.0.0.1 is already in use: stop what uses it, or pass "
              + flag
              + " with another port (0 picks a free one)");
    }
  }
}
