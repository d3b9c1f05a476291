package dev.rehearsal.cli.page;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The page's files, from the classpath ({@code cli/src/main/resources/page}): plain HTML, CSS and
 * JavaScript, no build step, nothing fetched from elsewhere. Read once; a name not listed is 404.
 */
final class Assets {
  private static final Map<String, String> PATHS =
      Map.of(
          "/", "index.html",
          "/page.css", "page.css",
          "/page.js", "page.js",
          "/favicon.svg", "favicon.svg");

  private final Map<String, byte[]> files;

  Assets() {
    this.files =
        Map.of(
            "index.html", read("index.html"),
            "page.css", read("page.css"),
            "page.js", read("page.js"),
            "favicon.svg", read("favicon.svg"));
  }

  private static byte[] read(String name) {
    try (InputStream in = Assets.class.getResourceAsStream("/page/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the page's " + name + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void serve(HttpExchange exchange) throws IOException {
    String name = PATHS.get(exchange.getRequestURI().getPath());
    byte[] body = name == null ? "not found\n".getBytes() : files.get(name);
    exchange.getResponseHeaders().set("Content-Type", name == null ? "text/plain" : type(name));
    // A strict policy: nothing but the page's own files, no inline script.
    exchange
        .getResponseHeaders()
        .set(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.sendResponseHeaders(name == null ? 404 : 200, body.length);
    try (var out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static String type(String name) {
    if (name.endsWith(".html")) {
      return "text/html; charset=utf-8";
    }
    if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    if (name.endsWith(".svg")) {
      return "image/svg+xml";
    }
    return "text/javascript; charset=utf-8";
  }
}
