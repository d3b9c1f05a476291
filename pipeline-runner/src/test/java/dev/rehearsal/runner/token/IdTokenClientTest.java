package dev.rehearsal.runner.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * @actions/core's {@code getIDToken}, its request and its failures word for word ({@code
 *     packages/core/src/oidc-utils.ts}), against a token service on 127.0.0.1 that answers as told.
 */
class IdTokenClientTest {
  private HttpServer server;
  private final AtomicReference<String> requested = new AtomicReference<>();
  private final AtomicReference<String> authorization = new AtomicReference<>();
  private volatile int status = 200;
  private volatile String body = "{\"count\":3,\"value\":\"a.b.c\"}";
  private final List<String> secrets = new ArrayList<>();

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requested.set(exchange.getRequestURI().toString());
          authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private IdTokenClient client() {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/idtoken?api-version=2.0";
    return new IdTokenClient(
        Map.of("ACTIONS_ID_TOKEN_REQUEST_URL", url, "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "req-token"),
        secrets::add);
  }

  @Test
  void getIdToken_asksWithTheEncodedAudienceAndTheBearer_andMasksTheToken() {
    String token = client().getIdToken("sts.amazonaws.com/x y");

    assertThat(token).isEqualTo("a.b.c");
    assertThat(requested.get())
        .isEqualTo("/idtoken?api-version=2.0&audience=sts.amazonaws.com%2Fx%20y");
    assertThat(authorization.get()).isEqualTo("Bearer req-token");
    assertThat(secrets).containsExactly("a.b.c");
  }

  @Test
  void getIdToken_withoutAudience_asksForTheDefaultOne() {
    client().getIdToken("");

    assertThat(requested.get()).isEqualTo("/idtoken?api-version=2.0");
  }

  @Test
  void getIdToken_refused_givesTheToolkitsText() {
    status = 401;
    body = "{\"message\":\"Bad credentials\"}";

    assertThatThrownBy(() -> client().getIdToken("sts.amazonaws.com"))
        .isInstanceOf(IdTokenException.class)
        .hasMessage(
            "Error message: Failed to get ID Token. \n \n        Error Code : 401\n \n        Error"
                + " Message: Bad credentials");
  }

  @Test
  void getIdToken_notFound_isAResponseWithoutToken() {
    status = 404;
    body = "{\"message\":\"Not Found\"}";

    assertThatThrownBy(() -> client().getIdToken("sts.amazonaws.com"))
        .hasMessage("Error message: Response json body do not have ID Token field");
  }

  @Test
  void getIdToken_withoutTheVariables_saysWhichIsMissing() {
    assertThatThrownBy(() -> new IdTokenClient(Map.of(), secrets::add).getIdToken("x"))
        .hasMessage("Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
    assertThatThrownBy(
            () ->
                new IdTokenClient(
                        Map.of("ACTIONS_ID_TOKEN_REQUEST_URL", "http://x/?a=b"), secrets::add)
                    .getIdToken("x"))
        .hasMessage("Error message: Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable");
  }

  @Test
  void encodeUriComponent_keepsWhatJavaScriptKeeps() {
    assertThat(IdTokenClient.encodeUriComponent("aZ09-_.!~*'() /:é"))
        .isEqualTo("aZ09-_.!~*'()%20%2F%3A%C3%A9");
  }
}
