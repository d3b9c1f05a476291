package dev.rehearsal.cli.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearsal.cli.explain.DecisionFiles;
import dev.rehearsal.cli.world.DataDirectory;
import dev.rehearsal.cli.world.Emulator;
import dev.rehearsal.cli.world.WorldRecord;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's server without emulators: its files, who it answers, and the live feed of the decision
 * log. (What it shows of a running world: {@code PageBrowserIntegrationTest}.)
 */
class PageServerTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path folder;
  private DataDirectory data;
  private PageServer page;

  @BeforeEach
  void start() {
    data = new DataDirectory(folder);
    WorldRecord world =
        new WorldRecord(
            ProcessHandle.current().pid(),
            new WorldRecord.Endpoint(0, 9, "https://127.0.0.1:9"),
            new WorldRecord.Endpoint(0, 9, "http://127.0.0.1:9"),
            folder.resolve("ca.pem").toString(),
            Instant.now().toString());
    page = PageServer.start(world, data);
  }

  @AfterEach
  void stop() {
    page.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(page.url()).resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String type, String origin, String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(page.url()).resolve(path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void url_isOnLoopback() {
    assertThat(page.url()).startsWith("http://127.0.0.1:").endsWith("/");
  }

  @Test
  void index_servedWithItsOwnFilesOnly() throws Exception {
    HttpResponse<String> index = get("/");

    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(index.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'"));
    assertThat(index.body()).contains("src=\"/page.js\"", "href=\"/page.css\"");
    assertThat(index.body()).doesNotContain("http://", "https://");
    assertThat(get("/page.js").statusCode()).isEqualTo(200);
    assertThat(get("/page.css").body()).contains(":focus-visible");
    assertThat(get("/elsewhere").statusCode()).isEqualTo(404);
  }

  @Test
  void request_forAnotherHost_isRefused() throws Exception {
    // DNS rebinding: a name that resolves to 127.0.0.1 carries its own Host.
    int port = URI.create(page.url()).getPort();
    try (Socket socket = new Socket("127.0.0.1", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /api/world HTTP/1.1\r\nHost: rebound.example:"
                  + port
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith("HTTP/1.1 403");
    }
  }

  @Test
  void post_notJson_orFromAnotherOrigin_isRefused() throws Exception {
    assertThat(post("/api/token", "text/plain", null, "{}").statusCode()).isEqualTo(403);
    assertThat(post("/api/token", "application/json", "https://evil.example", "{}").statusCode())
        .isEqualTo(403);
    assertThat(get("/api/token").statusCode()).isEqualTo(403);
  }

  @Test
  void attempt_withoutToken_saysWhatToDo() throws Exception {
    HttpResponse<String> answer =
        post("/api/try", "application/json", page.url().replaceAll("/$", ""), "{}");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("no token: mint one first");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void feed_sendsEachDecisionOfTheLog_asAServerSentEvent() throws Exception {
    Path log = DecisionFiles.of(data).current();
    assertThat(log.startsWith(data.emulatorHome(Emulator.AWS))).isTrue();
    Files.createDirectories(log.getParent());
    Files.writeString(log, "{\"requestId\":\"r-1\",\"service\":\"sts\",\"outcome\":\"denied\"}\n");

    HttpResponse<java.util.stream.Stream<String>> stream =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(page.url()).resolve("/api/decisions")).build(),
            HttpResponse.BodyHandlers.ofLines());

    assertThat(stream.headers().firstValue("Content-Type"))
        .hasValue("text/event-stream; charset=utf-8");
    Iterator<String> lines = stream.body().iterator();
    String line;
    do {
      line = lines.next();
    } while (!line.startsWith("id: "));
    assertThat(line).isEqualTo("id: r-1");
    assertThat(lines.next()).isEqualTo("event: decision");
    assertThat(lines.next())
        .isEqualTo("data: {\"requestId\":\"r-1\",\"service\":\"sts\",\"outcome\":\"denied\"}");
  }
}
