package dev.rehearsal.cli.page;

import com.sun.net.httpserver.HttpExchange;
import java.util.Set;

/**
 * Who may use the page: this machine's browser, on the page's own address. A site open in the same
 * browser can make it send requests to 127.0.0.1; it cannot make them carry the page's {@code Host}
 * (unless through DNS rebinding, which the {@code Host} check stops), nor send a JSON {@code POST}
 * with the page's {@code Origin} (Fetch standard, "CORS protocol": such a request needs a preflight
 * the page never answers).
 */
final class Guard {
  private Guard() {}

  /** Why the request is refused, or null when it may proceed. */
  static String refusal(HttpExchange exchange, int port, String method) {
    Set<String> hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) {
      return "the page answers only at http://127.0.0.1:" + port + "/";
    }
    if (!exchange.getRequestMethod().equals(method)) {
      return exchange.getRequestMethod() + " is not allowed here: " + method + " only";
    }
    if (method.equals("POST")) {
      String type = exchange.getRequestHeaders().getFirst("Content-Type");
      if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
        return "a POST must be JSON (Content-Type: application/json)";
      }
      String origin = exchange.getRequestHeaders().getFirst("Origin");
      if (origin != null && !origin.equals("http://" + host)) {
        return "requests from " + origin + " are not taken";
      }
    }
    return null;
  }
}
